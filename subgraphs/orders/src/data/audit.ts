import type { TenantDb } from '../db.ts';

/** One event from the outbox, as the audit view shows it. */
export interface EventRow {
  eventId: string;
  type: string;
  version: number;
  occurredAt: Date;
  publishedAt: Date | null;
  payload: unknown;
}

/** The order's events from the outbox (the tenant's rows only), oldest first, at most 500. */
export async function orderEvents(db: TenantDb, orderId: string): Promise<EventRow[]> {
  const { rows } = await db.run((sql) =>
    sql.query<EventRow>(
      `select event_id as "eventId", type, version, created_at as "occurredAt", published_at as "publishedAt", payload
         from orders.outbox where aggregate_type = 'Order' and aggregate_id = $1 order by id limit 500`,
      [orderId],
    ),
  );
  return rows;
}
