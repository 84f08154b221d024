import { seededAvailability, seededVariantId, seededWarehouseId } from '@ucos/inventory/seed';
import { encodeGlobalId } from '@ucos/kit';
import { demoOwnerSession } from '../demo.ts';

/** The demo's reorder policies: variant 0 of the first products, in every warehouse. */
const PRODUCTS_WITH_POLICY = 40;

/** A policy per product, varied so the suggestions differ: the point 10–20, the quantity 24–60. */
export const demoReorderPolicy = (product: number) => ({
  reorderPoint: 10 + (product % 3) * 5,
  reorderQuantity: 24 + (product % 4) * 12,
});

/**
 * How many of the demo's policy levels start at or below their reorder point (from the seed's
 * deterministic stock; nothing is incoming before procurement orders).
 */
export function demoReplenishmentNeeds(tenantId: string, warehouses: number): number {
  let needs = 0;
  for (let product = 0; product < PRODUCTS_WITH_POLICY; product++) {
    const stock = seededAvailability(tenantId, product, 0, warehouses);
    const { reorderPoint } = demoReorderPolicy(product);
    needs += stock.perWarehouse.filter((units) => units <= reorderPoint).length;
  }
  return needs;
}

async function gateway<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Reorder policies for the demo tenant, through the public API as its owner, so procurement's
 * suggestions screen and `replenishmentNeeds` have a realistic set of levels at or below their point
 * (about a third of 120). Set once: a restart keeps whatever the tenant changed since. Returns what it did.
 */
export async function setDemoReorderPolicies(gatewayUrl: string, warehouses: number): Promise<string[]> {
  const { tenantId, accessToken } = await demoOwnerSession(gatewayUrl);
  const variantId = (product: number) => encodeGlobalId('ProductVariant', seededVariantId(tenantId, product, 0));
  const existing = await gateway<{ stockLevels: { edges: { node: { reorderPoint: number | null } }[] } }>(
    gatewayUrl,
    accessToken,
    'query($v: ID) { stockLevels(first: 10, filter: { variantId: $v }) { edges { node { reorderPoint } } } }',
    { v: variantId(0) },
  );
  if (existing.stockLevels.edges.some((edge) => edge.node.reorderPoint !== null)) return [];
  const policies = Array.from({ length: PRODUCTS_WITH_POLICY }, (_, product) =>
    Array.from({ length: warehouses }, (_, warehouse) => ({
      variantId: variantId(product),
      warehouseId: encodeGlobalId('Warehouse', seededWarehouseId(tenantId, warehouse)),
      ...demoReorderPolicy(product),
    })),
  ).flat();
  const result = await gateway<{ stockLevelReorderPolicyBulkSet: { errors: { message: string }[] } }>(
    gatewayUrl,
    accessToken,
    `mutation($input: StockLevelReorderPolicyBulkSetInput!) {
      stockLevelReorderPolicyBulkSet(input: $input) { errors { code field message } } }`,
    { input: { policies } },
  );
  const errors = result.stockLevelReorderPolicyBulkSet.errors;
  if (errors.length) throw new Error(`reorder policies: ${errors.map((error) => error.message).join('; ')}`);
  return [
    `${policies.length} reorder policies (${demoReplenishmentNeeds(tenantId, warehouses)} levels at or below their point)`,
  ];
}

/** `npm start`'s step: the policies, reported on the console; a failure is reported, not fatal. */
export async function seedDemoReplenishment(gatewayUrl: string, warehouses: number): Promise<void> {
  try {
    for (const line of await setDemoReorderPolicies(gatewayUrl, warehouses)) console.log(`demo replenishment: ${line}`);
  } catch (error) {
    console.error(`the demo reorder policies could not be seeded: ${(error as Error).message}`);
  }
}
