import type { Plugin } from '@envelop/core';
import { type ExecutionResult, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import type pg from 'pg';
import type { KitContext } from './context.ts';
import { withTenantClient } from './db/pg-tenant.ts';
import type { Logger } from './logger.ts';

export interface AuditEntry {
  actorKind: string;
  actorId: string | null;
  operation: string;
  targetType: string | null;
  targetId: string | null;
  outcome: 'success' | 'failure';
  errorCode: string | null;
  requestId: string;
}

export type AuditWriter = (tenantId: string, entries: AuditEntry[]) => Promise<void>;

/** Writes audit entries into `<schema>.audit_log` as the tenant, in their own transaction. */
export function auditLogWriter(pool: pg.Pool, schema: string): AuditWriter {
  return (tenantId, entries) =>
    withTenantClient(pool, tenantId, async (client) => {
      for (const entry of entries) {
        await client.query(
          `insert into ${schema}.audit_log
             (tenant_id, actor_kind, actor_id, operation, target_type, target_id, outcome, error_code, request_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            tenantId,
            entry.actorKind,
            entry.actorId,
            entry.operation,
            entry.targetType,
            entry.targetId,
            entry.outcome,
            entry.errorCode,
            entry.requestId,
          ],
        );
      }
    });
}

/**
 * Records every root mutation field once execution is done, success or failure: a business error
 * in the payload (`errors: [...]`) or a GraphQL error on the field counts as a failure with its code.
 * The write happens after the mutation's own transaction, so a failed mutation is recorded too.
 */
export function useAuditTrail(write: AuditWriter, log: Logger): Plugin<KitContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const context = args.contextValue;
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) && !('errors' in result)) return;
          const entries = auditEntries(operation, result as ExecutionResult, context);
          const tenantId = context.auth.tenantId ?? context.auditTenantId;
          if (!tenantId || entries.length === 0) {
            if (entries.length) log.info({ audit: entries }, 'tenant-less mutation (not stored in a tenant audit log)');
            return;
          }
          return write(tenantId, entries).catch((error: unknown) => {
            log.error({ err: error, audit: entries }, 'audit write failed');
          });
        },
      };
    },
  };
}

function auditEntries(operation: OperationDefinitionNode, result: ExecutionResult, context: KitContext): AuditEntry[] {
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) return [];
    const responseKey = selection.alias?.value ?? selection.name.value;
    const fieldError = result.errors?.find((error) => error.path?.[0] === responseKey);
    const payload = (result.data?.[responseKey] ?? null) as Record<string, unknown> | null;
    const payloadErrors = Array.isArray(payload?.errors) ? (payload.errors as { code?: string }[]) : [];
    const target = context.auditTargets.get(responseKey) ?? findTarget(payload);
    const failed = Boolean(fieldError) || payloadErrors.length > 0 || payload === null;
    return [
      {
        actorKind: context.auth.kind,
        actorId: context.auth.subject,
        operation: selection.name.value,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        outcome: failed ? 'failure' : 'success',
        errorCode: failed
          ? String(fieldError?.extensions?.code ?? payloadErrors[0]?.code ?? 'INTERNAL_SERVER_ERROR')
          : null,
        requestId: context.requestId,
      },
    ];
  });
}

function findTarget(payload: Record<string, unknown> | null): { type: string; id: string } | null {
  if (!payload) return null;
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'errors' || !value || typeof value !== 'object') continue;
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') return { type: key, id };
  }
  return null;
}
