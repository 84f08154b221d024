import { type Connection, type CURSOR_KEYS, type Page, toConnection } from '@ucos/kit';
import type { Sql, TenantDb } from '../db.ts';

/** What a customer list shows of a buyer's orders. */
export interface OrderSummary {
  customerId: string;
  orderCount: number;
  lastOrderAt: Date;
  /** the name on the newest order's shipping address */
  lastShippingName: string | null;
}

/** One statement for a page of customers (the customer list's order counts and fallback names). */
export async function orderSummariesOfCustomers(sql: Sql, customerIds: readonly string[]): Promise<OrderSummary[]> {
  // hand SQL: a grouped aggregate with an ordered array_agg, which Prisma cannot express
  const { rows } = await sql.query<OrderSummary>(
    `select customer_id as "customerId", count(*)::int as "orderCount", max(created_at) as "lastOrderAt",
            (array_agg(shipping_address->>'name' order by created_at desc))[1] as "lastShippingName"
       from orders.orders where customer_id = any($1::uuid[]) group by customer_id`,
    [[...customerIds]],
  );
  return rows;
}

/** A shopper who checked out without an account, known by the email of their orders. */
export interface GuestCustomerRow {
  email: string;
  name: string | null;
  orderCount: number;
  lastOrderAt: Date;
}

/**
 * Guests, one per email (any case), most recent buyer first, paged by position: their orders are
 * their only record, so the list is grouped from them.
 */
export function listGuestCustomers(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.position>,
): Promise<Connection<GuestCustomerRow>> {
  const offset = page.after === null ? 0 : Number(page.after[0]);
  return db.run(async (sql) => {
    // hand SQL: grouped and ordered by an aggregate
    const { rows } = await sql.query<GuestCustomerRow>(
      `select min(email) as email, count(*)::int as "orderCount", max(created_at) as "lastOrderAt",
              (array_agg(shipping_address->>'name' order by created_at desc))[1] as name
         from orders.orders where customer_id is null
        group by lower(email) order by max(created_at) desc, lower(email) limit $1 offset $2`,
      [page.limit + 1, offset],
    );
    const counted = await sql.query<{ n: number }>(
      'select count(distinct lower(email))::int as n from orders.orders where customer_id is null',
    );
    const positions = new Map(rows.map((row, index) => [row, offset + index + 1]));
    return toConnection(rows, page, counted.rows[0]?.n ?? 0, (row) => [String(positions.get(row))]);
  });
}
