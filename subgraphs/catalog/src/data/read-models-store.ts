import type { Sql } from '../db.ts';

/**
 * Reads of catalog's read models of other domains: `variant_availability` (inventory's stock, rolled up
 * per product in `product_rollups` by migration 0043's triggers) and `customer_pricing_groups` (orders'
 * companies), each kept by its consumer in `events/in/`.
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

/** The customer group each of these buyers is priced at (absent: none). */
export async function pricingGroupsOf(sql: Sql, customerIds: readonly string[]): Promise<Map<string, string | null>> {
  const { rows } = await sql.query<{ customerId: string; group: string | null }>(
    `select customer_id as "customerId", customer_group as "group" from customer_pricing_groups
      where customer_id = any($1::uuid[])`,
    [customerIds],
  );
  return new Map(rows.map((row) => [row.customerId, row.group]));
}
