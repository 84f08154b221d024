import { one, type Sql } from '../db.ts';
import { type OrdersResult, ordersFail } from './errors.ts';

/**
 * The currencies the shop sells in, as identity last announced them; null while orders has heard
 * nothing of the shop (it is then refused no currency: see migration 0035).
 */
export async function soldCurrencies(sql: Sql): Promise<string[] | null> {
  const row = await one<{ currencies: string[] }>(sql, `select currencies from orders.shop_currencies`, []);
  return row?.currencies ?? null;
}

/** CURRENCY_NOT_SOLD, naming what the shop does sell, when `currency` is not one of them. */
export function currencyNotSold(
  sold: readonly string[] | null,
  currency: string,
  field: string[],
): OrdersResult<never> | null {
  if (!sold || sold.includes(currency)) return null;
  return ordersFail(
    'CURRENCY_NOT_SOLD',
    `This shop does not sell in ${currency}; it sells in ${sold.join(', ')}`,
    field,
  );
}

/** Keeps identity's announcement unless a newer one is already kept (events may arrive out of order). */
export async function recordSoldCurrencies(
  sql: Sql,
  tenantId: string,
  currencies: readonly string[],
  announcedAt: string,
): Promise<void> {
  await sql.query(
    `insert into orders.shop_currencies (tenant_id, currencies, announced_at) values ($1, $2::text[], $3)
     on conflict (tenant_id) do update set currencies = excluded.currencies, announced_at = excluded.announced_at,
       updated_at = now()
      where shop_currencies.announced_at <= excluded.announced_at`,
    [tenantId, currencies, announcedAt],
  );
}
