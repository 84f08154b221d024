import { keysetAfter, keysetCursor, keysetInstant, type Page, toConnection } from '@ucos/kit';
import type { IdentityDatabase } from '../db.ts';

export interface AuditFilter {
  operation?: string | null;
  outcome?: 'success' | 'failure' | null;
  actorId?: string | null;
}

export interface AuditEventRow {
  tenantId: string;
  id: string;
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  operation: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  errorCode: string | null;
  requestId: string | null;
}

const COLUMNS = `tenant_id as "tenantId", id, occurred_at as "occurredAt", actor_kind as "actorKind",
  actor_id as "actorId", operation, target_type as "targetType", target_id as "targetId", outcome,
  error_code as "errorCode", request_id as "requestId"`;

/**
 * The tenant's audit trail, newest first, keyset-paged on (occurred_at, id) to the microsecond (one
 * request's several events share a millisecond). SQL rather than Prisma here: Prisma's DateTime is a
 * JavaScript Date, which would drop the microseconds the cursor needs.
 */
export async function listAuditEvents(db: IdentityDatabase, page: Page, filter: AuditFilter) {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    values.push(value);
    conditions.push(clause.replace('?', `$${values.length}`));
  };
  if (filter.operation) add('operation = ?', filter.operation);
  if (filter.outcome) add('outcome = ?', filter.outcome);
  if (filter.actorId) add('actor_id = ?', filter.actorId);
  const filtered = conditions.length ? `where ${conditions.join(' and ')}` : '';
  const after = keysetAfter(page);
  const pageValues = [...values];
  let keyset = '';
  if (after) {
    pageValues.push(after.createdAt, after.id);
    keyset = `${filtered ? ' and' : 'where'} (occurred_at, id) < ($${pageValues.length - 1}::timestamptz, $${pageValues.length}::uuid)`;
  }
  pageValues.push(page.limit + 1);
  return db.run(async (tx) => {
    const rows = await tx.$queryRawUnsafe<(AuditEventRow & { keysetAt: string })[]>(
      `select ${COLUMNS}, ${keysetInstant('occurred_at')} from identity.audit_log ${filtered}${keyset}
       order by occurred_at desc, id desc limit $${pageValues.length}`,
      ...pageValues,
    );
    const [count] = await tx.$queryRawUnsafe<{ n: number }[]>(
      `select count(*)::int as n from identity.audit_log ${filtered}`,
      ...values,
    );
    return toConnection(rows, page, count?.n ?? 0, keysetCursor);
  });
}
