import { ok } from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import { type OrdersResult, ordersFail } from './errors.ts';

/** What a prefix may hold: short, and safe in a URL, a file name and a search box. */
export const ORDER_NUMBER_PREFIX = /^[A-Za-z0-9#/_-]{0,12}$/;

/** The number as shoppers and staff see it: the prefix the order was placed with, then its number (AC-1001). */
export const displayNumberOf = (order: { numberPrefix: string; number: number }) =>
  `${order.numberPrefix}${order.number}`;

export interface OrderNumbering {
  /** '' for none */
  prefix: string;
  /** what the next order placed will be numbered */
  nextNumber: number;
}

// The counter row holds the prefix too (migration 0025): a shop with no row yet has placed no order.
const NUMBERING = `select prefix, last_number::int + 1 as "nextNumber" from orders.order_number_counters`;

export function orderNumbering(db: TenantDb): Promise<OrderNumbering> {
  return db.run(async (sql) => (await one<OrderNumbering>(sql, NUMBERING, [])) ?? { prefix: '', nextNumber: 1001 });
}

/** Sets the prefix of the orders placed from now on; orders already placed keep theirs. */
export function setOrderNumberPrefix(db: TenantDb, prefix: string): Promise<OrdersResult<OrderNumbering>> {
  const value = prefix.trim();
  if (!ORDER_NUMBER_PREFIX.test(value)) {
    return Promise.resolve(
      ordersFail('INVALID_INPUT', 'A prefix is up to 12 letters, digits, #, /, _ or -', ['input', 'prefix']),
    );
  }
  return db.tx(async (sql, tx) => {
    // 1000: the first order placed after this is still 1001, as for a shop without the row
    const row = await one<OrderNumbering>(
      sql,
      `insert into orders.order_number_counters as c (tenant_id, last_number, prefix) values ($1, 1000, $2)
       on conflict (tenant_id) do update set prefix = excluded.prefix
       returning c.prefix, c.last_number::int + 1 as "nextNumber"`,
      [tx.tenantId, value],
    );
    return ok(row as OrderNumbering);
  });
}
