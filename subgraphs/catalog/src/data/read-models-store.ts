import type { Sql } from '../db.ts';

/**
 * Reads of catalog's read models of other domains: `variant_availability` (inventory's stock) and
 * `customer_pricing_groups` (orders' companies), each kept by its consumer in `events/in/`.
 */

/** The products among these with a variant in stock. */
export async function productsInStock(sql: Sql, productIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await sql.query<{ productId: string }>(
    `select distinct v.product_id as "productId" from variants v
     join variant_availability va on va.tenant_id = v.tenant_id and va.variant_id = v.id
     where v.product_id = any($1::uuid[]) and va.available > 0`,
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
