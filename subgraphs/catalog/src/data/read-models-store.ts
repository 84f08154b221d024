import type { Sql } from '../db.ts';
import type { CustomerPricingGroup } from '../generated/prisma/client.ts';

/**
 * Reads and writes of catalog's read models of other domains: `variant_availability` (inventory's
 * stock) and `customer_pricing_groups` (orders' companies), each kept by its consumer in `events/in/`.
 */

/** The products among these with a variant in stock. Hand SQL: a join and distinct per page of products. */
export async function productsInStock(sql: Sql, productIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await sql.query<{ productId: string }>(
    `select distinct v.product_id as "productId" from variants v
     join variant_availability va on va.tenant_id = v.tenant_id and va.variant_id = v.id
     where v.product_id = any($1::uuid[]) and va.available > 0`,
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

/**
 * Records a variant's availability as of `at`; an older report never overwrites a newer one.
 * Hand SQL: an upsert whose update is conditional on the stored row, which Prisma cannot express.
 */
export async function recordAvailability(
  sql: Sql,
  tenantId: string,
  report: { variantId: string; available: number; at: string },
): Promise<void> {
  await sql.query(
    `insert into variant_availability (tenant_id, variant_id, available, updated_at) values ($1, $2, $3, $4)
     on conflict (tenant_id, variant_id) do update set available = excluded.available,
       updated_at = excluded.updated_at
     where variant_availability.updated_at <= excluded.updated_at`,
    [tenantId, report.variantId, report.available, report.at],
  );
}

/**
 * Records a buyer's customer group as of `at`; an older report never overwrites a newer one.
 * Hand SQL: an upsert whose update is conditional on the stored row, which Prisma cannot express.
 */
export async function recordPricingGroup(
  sql: Sql,
  tenantId: string,
  report: { customerId: string; customerGroup: string | null; at: string },
): Promise<void> {
  await sql.query(
    `insert into customer_pricing_groups (tenant_id, customer_id, customer_group, updated_at) values ($1, $2, $3, $4)
     on conflict (tenant_id, customer_id) do update set customer_group = excluded.customer_group,
       updated_at = excluded.updated_at
     where customer_pricing_groups.updated_at <= excluded.updated_at`,
    [tenantId, report.customerId, report.customerGroup, report.at],
  );
}
