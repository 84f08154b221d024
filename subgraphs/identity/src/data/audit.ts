import { type CURSOR_KEYS, keysetCursor, keysetListStatements, type Page, toConnection } from '@ucos/kit';
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
export async function listAuditEvents(
  db: IdentityDatabase,
  page: Page<typeof CURSOR_KEYS.instant>,
  filter: AuditFilter,
) {
  const statements = keysetListStatements({
    table: 'identity.audit_log',
    columns: COLUMNS,
    conditions: [
      filter.operation ? ['operation = ?', filter.operation] : null,
      filter.outcome ? ['outcome = ?', filter.outcome] : null,
      filter.actorId ? ['actor_id = ?', filter.actorId] : null,
    ],
    page,
    instant: 'occurred_at',
  });
  return db.run(async (tx) => {
    const rows = await tx.$queryRawUnsafe<(AuditEventRow & { keysetAt: string })[]>(
      statements.page.text,
      ...statements.page.values,
    );
    const [total] = await tx.$queryRawUnsafe<{ count: number }[]>(statements.count.text, ...statements.count.values);
    return toConnection(rows, page, total?.count ?? 0, keysetCursor);
  });
}
