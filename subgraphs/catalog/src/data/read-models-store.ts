import type { Sql } from '../db.ts';
import type { CustomerPricingGroup } from '../generated/prisma/client.ts';

/**
 * Reads and writes of catalog's read models of other domains: `variant_availability` (inventory's
 * stock, rolled up per product in `product_rollups` by migration 0043's triggers) and
 * `customer_pricing_groups` (orders' companies), each kept by its consumer in `events/in/`.
 */

/** The products among these with a variant in stock (the product rollup kept from variant_availability). */
export async function productsInStock(sql: Sql, productIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await sql.query<{ productId: string }>(
    `select product_id as "productId" from product_rollups
     where product_id = any($1::uuid[]) and variants_in_stock > 0`,
    [productIds],
  );
  return new Set(rows.map((row) => row.productId));
}

/**
 * The customer group each of these buyers is priced at (absent: none). Hand SQL: a signed-in
 * shopper's product page reads it (a hot path), and through Prisma it cost about twice the CPU per
 * batch (infra/bench/results/issue-10-prisma-catalog-inventory.md).
 */
export async function pricingGroupsOf(sql: Sql, customerIds: readonly string[]): Promise<Map<string, string | null>> {
  const { rows } = await sql.query<Pick<CustomerPricingGroup, 'customerId' | 'customerGroup'>>(
    `select customer_id as "customerId", customer_group as "customerGroup" from customer_pricing_groups
      where customer_id = any($1::uuid[])`,
    [customerIds],
  );
  return new Map(rows.map((row) => [row.customerId, row.customerGroup]));
}

/** A read model's row as another domain reported it: its key, its one value, when it was so. */
interface Report<Value> {
  key: string;
  value: Value;
  /** the event's occurredAt */
  at: string;
}

/**
 * Upserts a read-model row unless the stored one is newer: an older report never overwrites a newer
 * one. Hand SQL: an upsert whose update is conditional on the stored row, which Prisma cannot express.
 */
async function recordIfNewer(
  sql: Sql,
  model: { table: string; key: string; value: string },
  tenantId: string,
  report: Report<unknown>,
): Promise<void> {
  const { table, key, value } = model;
  await sql.query(
    `insert into ${table} (tenant_id, ${key}, ${value}, updated_at) values ($1, $2, $3, $4)
     on conflict (tenant_id, ${key}) do update set ${value} = excluded.${value}, updated_at = excluded.updated_at
     where ${table}.updated_at <= excluded.updated_at`,
    [tenantId, report.key, report.value, report.at],
  );
}

/** Records a variant's availability (`key`: the variant id) as of `at`. */
export const recordAvailability = (sql: Sql, tenantId: string, report: Report<number>) =>
  recordIfNewer(sql, { table: 'variant_availability', key: 'variant_id', value: 'available' }, tenantId, report);

/** Records a buyer's customer group (`key`: the customer id; null: none) as of `at`. */
export const recordPricingGroup = (sql: Sql, tenantId: string, report: Report<string | null>) =>
  recordIfNewer(
    sql,
    { table: 'customer_pricing_groups', key: 'customer_id', value: 'customer_group' },
    tenantId,
    report,
  );
