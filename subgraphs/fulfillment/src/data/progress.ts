import type { Sql } from '../db.ts';
import { type FulfillmentLineProgress, LIVE_SHIPMENT_STATUSES, SHIPPED_STATUSES } from './machines.ts';
import { RETURN_WINDOW_ENDS_SQL } from './settings.ts';

/** Fulfillment's view of one order: its status here, its customer, and per line what is left to do. */
export interface OrderProgress {
  orderId: string;
  status: string;
  customerId: string | null;
  /** an open hold (orders' holds) refuses new shipments, packing and shipping */
  onHold: boolean;
  /** when its shopper can no longer request a return (the tenant's return window); null while nothing shipped */
  returnWindowEndsAt: Date | null;
  /** whether that moment has passed (by the database's clock, as returnRequest checks it) */
  returnWindowClosed: boolean;
  lines: FulfillmentLineProgress[];
}

/**
 * The progress of many orders in two statements: the read-model rows (with whether a hold is open and
 * when the return window closes), and per ordered variant the
 * quantity in live shipments, in shipped ones and in returns not rejected (the same sums
 * shipmentCreate and returnRequest check against). An order fulfillment has not heard of is absent.
 */
export async function loadOrderProgress(sql: Sql, orderIds: readonly string[]): Promise<OrderProgress[]> {
  const views = await sql.query<Omit<OrderProgress, 'lines'>>(
    `select w.*, coalesce(w."returnWindowEndsAt" <= now(), false) as "returnWindowClosed"
       from (select v.order_id as "orderId", v.status, v.customer_id as "customerId",
                    exists (select 1 from fulfillment.order_hold_views h
                             where h.tenant_id = v.tenant_id and h.order_id = v.order_id and h.open) as "onHold",
                    ${RETURN_WINDOW_ENDS_SQL('v.order_id')} as "returnWindowEndsAt"
               from fulfillment.order_views v
              where v.order_id = any($1::uuid[])) w`,
    [orderIds],
  );
  const lines = await sql.query<{
    orderId: string;
    variantId: string;
    ordered: number;
    live: number;
    shipped: number;
    returned: number;
  }>(
    `with shipped as (
       select s.order_id, l.variant_id,
              sum(l.quantity) filter (where s.status = any($2::text[]))::int as live,
              sum(l.quantity) filter (where s.status = any($3::text[]))::int as shipped
         from fulfillment.shipments s
         join fulfillment.shipment_lines l on l.tenant_id = s.tenant_id and l.shipment_id = s.id
        where s.order_id = any($1::uuid[]) group by s.order_id, l.variant_id),
     returned as (
       select r.order_id, l.variant_id, sum(l.quantity)::int as returned
         from fulfillment.returns r
         join fulfillment.return_lines l on l.tenant_id = r.tenant_id and l.return_id = r.id
        where r.order_id = any($1::uuid[]) and r.status <> 'rejected' group by r.order_id, l.variant_id)
     select v.order_id as "orderId", v.variant_id as "variantId", v.quantity as ordered,
            coalesce(s.live, 0) as live, coalesce(s.shipped, 0) as shipped, coalesce(r.returned, 0) as returned
       from fulfillment.order_line_views v
       left join shipped s on s.order_id = v.order_id and s.variant_id = v.variant_id
       left join returned r on r.order_id = v.order_id and r.variant_id = v.variant_id
      where v.order_id = any($1::uuid[])
      order by v.order_id, v.sku`,
    [orderIds, LIVE_SHIPMENT_STATUSES, SHIPPED_STATUSES],
  );
  const byOrder = new Map<string, FulfillmentLineProgress[]>();
  for (const row of lines.rows) {
    const list = byOrder.get(row.orderId) ?? [];
    list.push({
      variantId: row.variantId,
      ordered: row.ordered,
      toShip: Math.max(0, row.ordered - row.live),
      returnable: Math.max(0, row.shipped - row.returned),
    });
    byOrder.set(row.orderId, list);
  }
  return views.rows.map((view) => ({ ...view, lines: byOrder.get(view.orderId) ?? [] }));
}
