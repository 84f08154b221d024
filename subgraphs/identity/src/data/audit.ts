import { type Page, toConnection } from '@ucos/kit';
import type { IdentityDatabase } from '../db.ts';

export interface AuditFilter {
  operation?: string | null;
  outcome?: 'success' | 'failure' | null;
  actorId?: string | null;
}

/** The tenant's audit trail, newest first; cursors are `<occurredAt ISO>|<id>` keysets. */
export async function listAuditEvents(db: IdentityDatabase, page: Page, filter: AuditFilter) {
  const where = {
    ...(filter.operation ? { operation: filter.operation } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
  };
  const cursor = page.after ? parseCursor(page.after) : null;
  return db.run(async (tx) => {
    const [rows, totalCount] = await Promise.all([
      tx.auditLog.findMany({
        where: cursor
          ? {
              ...where,
              OR: [{ occurredAt: { lt: cursor.at } }, { occurredAt: cursor.at, id: { lt: cursor.id } }],
            }
          : where,
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        take: page.limit + 1,
      }),
      tx.auditLog.count({ where }),
    ]);
    return toConnection(rows, page, totalCount, (row) => `${row.occurredAt.toISOString()}|${row.id}`);
  });
}

function parseCursor(value: string): { at: Date; id: string } | null {
  const [at, id] = value.split('|');
  const date = at ? new Date(at) : null;
  return date && id && !Number.isNaN(date.getTime()) ? { at: date, id } : null;
}
