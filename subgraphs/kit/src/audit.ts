import type { Plugin } from '@envelop/core';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isListType,
  isObjectType,
} from 'graphql';
import type pg from 'pg';
import type { KitContext } from './context.ts';
import { withTenantClient } from './db/pg-tenant.ts';
import { ErrorCode, isClientSafe } from './errors.ts';
import { decodeGlobalId, encodeGlobalId } from './graphql/global-id.ts';
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

/** What one root mutation field's resolver produced: its payload object, or the error it threw. */
interface ResolvedMutation {
  fieldName: string;
  payloadType: GraphQLNamedType;
  args: Record<string, unknown>;
  outcome: { payload: unknown } | { error: unknown };
}

// by request context: the resolvers of a schema shared by several servers report to whichever
// server's execution the context belongs to
const resolvedMutations = new WeakMap<object, Map<string, ResolvedMutation>>();
const instrumentedSchemas = new WeakSet<GraphQLSchema>();
const instrumentedFields = new WeakSet<object>();

/**
 * Wraps every root mutation field's resolver once per schema so the audit trail sees what the
 * resolver returned (the payload object and its `errors` list) or threw, whatever the client selected.
 */
function instrumentMutationFields(schema: GraphQLSchema): void {
  if (instrumentedSchemas.has(schema)) return;
  instrumentedSchemas.add(schema);
  const mutationType = schema.getMutationType();
  if (!mutationType) return;
  for (const field of Object.values(mutationType.getFields())) {
    if (instrumentedFields.has(field)) continue;
    instrumentedFields.add(field);
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    const payloadType = getNamedType(field.type);
    field.resolve = async (source, args, context, info) => {
      const record = (outcome: ResolvedMutation['outcome']) =>
        resolvedMutations.get(context as object)?.set(info.path.key as string, {
          fieldName: info.fieldName,
          payloadType,
          args: args as Record<string, unknown>,
          outcome,
        });
      try {
        const payload = await resolve(source, args, context, info);
        record({ payload });
        return payload;
      } catch (error) {
        record({ error });
        throw error;
      }
    };
  }
}

/**
 * Records every root mutation field once execution is done, success or failure. The outcome is
 * taken from what the resolver returned, never from the response the client selected: a payload
 * whose `errors` list is not empty is a failure with the first error's code, a thrown error is a
 * failure with its client-safe code (INTERNAL_SERVER_ERROR otherwise), a null payload is a failure.
 * The write happens after the mutation's own transaction, so a failed mutation is recorded too.
 */
export function useAuditTrail(write: AuditWriter, log: Logger): Plugin<KitContext> {
  return {
    onSchemaChange({ schema }) {
      instrumentMutationFields(schema);
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      instrumentMutationFields(args.schema);
      const context = args.contextValue;
      const resolved = new Map<string, ResolvedMutation>();
      resolvedMutations.set(context, resolved);
      return {
        onExecuteDone() {
          resolvedMutations.delete(context);
          const entries = [...resolved].map(([responseKey, mutation]) => auditEntry(responseKey, mutation, context));
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

function auditEntry(responseKey: string, mutation: ResolvedMutation, context: KitContext): AuditEntry {
  const errorCode = failureCode(mutation.outcome);
  const payload = 'payload' in mutation.outcome ? mutation.outcome.payload : null;
  const target =
    context.auditTargets.get(responseKey) ??
    context.auditTargets.get(mutation.fieldName) ??
    targetOf(payload, mutation.payloadType) ??
    targetOfArguments(mutation.args, mutation.payloadType);
  return {
    actorKind: context.auth.kind,
    actorId: context.auth.subject,
    operation: mutation.fieldName,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    outcome: errorCode ? 'failure' : 'success',
    errorCode,
    requestId: context.requestId,
  };
}

function failureCode(outcome: ResolvedMutation['outcome']): string | null {
  if ('error' in outcome) {
    return isClientSafe(outcome.error) ? String(outcome.error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
  }
  const { payload } = outcome;
  if (payload === null || payload === undefined) return ErrorCode.INTERNAL_SERVER_ERROR;
  const errors = (payload as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const code = (errors[0] as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
  }
  return null;
}

/**
 * What a payload acted on: its first field holding an object with an `id`, named by that field's
 * GraphQL type, with the global id clients see (`Product`, `encodeGlobalId('Product', id)`).
 */
function targetOf(payload: unknown, payloadType: GraphQLNamedType): { type: string; id: string } | null {
  if (!payload || typeof payload !== 'object' || !isObjectType(payloadType)) return null;
  const fields = payloadType.getFields();
  for (const [key, value] of Object.entries(payload)) {
    const field = fields[key];
    if (key === 'errors' || !field || !value || typeof value !== 'object') continue;
    const id = (value as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    const type = getNamedType(field.type).name;
    return { type, id: encodeGlobalId(type, id) };
  }
  return null;
}

/**
 * What a mutation was asked to act on when its payload does not say (a delete or revoke answering
 * only an id, or a failure answering no object): a global id among its arguments — `id`, `input.id`,
 * or an input field named after the id's type (`input.userId` holding a `User` id). When the payload
 * names a single object type (`apiKey: ApiKey`), only an id of that type counts, so a reference the
 * input merely carries (`productCreate`'s `categoryId`) is never taken for the target.
 */
function targetOfArguments(
  args: Record<string, unknown>,
  payloadType: GraphQLNamedType,
): { type: string; id: string } | null {
  const input = args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : {};
  const candidates: [string, unknown][] = [['id', args.id], ['id', input.id], ...Object.entries(input)];
  const acted = actedOnTypes(payloadType);
  for (const [key, value] of candidates) {
    if (typeof value !== 'string') continue;
    const decoded = decodeGlobalId(value);
    if (!decoded) continue;
    const named = key === 'id' || key === `${decoded.type[0]?.toLowerCase()}${decoded.type.slice(1)}Id`;
    if (named && (acted.size === 0 || acted.has(decoded.type))) return { type: decoded.type, id: value };
  }
  return null;
}

/** The object types a payload returns one of (`apiKey: ApiKey`), lists excluded. */
function actedOnTypes(payloadType: GraphQLNamedType): Set<string> {
  const types = new Set<string>();
  if (!isObjectType(payloadType)) return types;
  for (const [key, field] of Object.entries(payloadType.getFields())) {
    if (key === 'errors' || isListType(getNullableType(field.type))) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named) && named.getFields().id) types.add(named.name);
  }
  return types;
}
