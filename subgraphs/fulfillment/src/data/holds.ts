import type { Sql } from '../db.ts';

/** What orders' hold events carry (a hold's id, its order, why and who asked). */
export interface HoldEvent {
  orderId: string;
  holdId: string;
  reason: string;
  source: string;
}

/**
 * Records a hold as placed or released. The order's read-model row is locked first, as shipment
 * creation, packing and shipping lock it before they check for holds: a hold that arrives while a
 * shipment is being created waits for it (and then blocks packing), or the shipment waits for the
 * hold (and is refused). A placement never reopens a released hold (events may come out of order).
 */
export async function recordHold(sql: Sql, tenantId: string, hold: HoldEvent, open: boolean): Promise<void> {
  await sql.query('select 1 from fulfillment.order_views where order_id = $1 for update', [hold.orderId]);
  await sql.query(
    `insert into fulfillment.order_hold_views (tenant_id, hold_id, order_id, reason, source, open)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (tenant_id, hold_id) do update set open = false, updated_at = now() where not excluded.open`,
    [tenantId, hold.holdId, hold.orderId, hold.reason, hold.source, open],
  );
}

/** The orders among these with an open hold. */
export async function heldOrders(sql: Sql, orderIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await sql.query<{ orderId: string }>(
    `select distinct order_id as "orderId" from fulfillment.order_hold_views where order_id = any($1::uuid[]) and open`,
    [orderIds],
  );
  return new Set(rows.map((row) => row.orderId));
}

/** Whether the order has an open hold (lock its order_views row first to rely on the answer). */
export const isOnHold = async (sql: Sql, orderId: string): Promise<boolean> =>
  (await heldOrders(sql, [orderId])).has(orderId);
