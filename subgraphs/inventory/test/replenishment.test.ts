import { describe, expect, it } from 'vitest';
import {
  inventorySuite,
  STOCK_ADJUST,
  staff,
  tenantWithStock,
  uuidOf,
  variantId,
  WAREHOUSE_CREATE,
} from './harness.ts';

const inventory = inventorySuite();

const POLICY_SET = /* GraphQL */ `
  mutation ($input: StockLevelReorderPolicySetInput!) {
    stockLevelReorderPolicySet(input: $input) {
      stockLevel { onHand reorderPoint reorderQuantity lowStockThreshold }
      errors { code field message }
    }
  }`;

const BULK_SET = /* GraphQL */ `
  mutation ($input: StockLevelReorderPolicyBulkSetInput!) {
    stockLevelReorderPolicyBulkSet(input: $input) {
      stockLevels { variant { id } reorderPoint reorderQuantity }
      errors { code field message }
    }
  }`;

const NEEDS = /* GraphQL */ `
  query ($warehouseIds: [ID!], $first: Int, $after: String) {
    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        variantId warehouseId variant { id } warehouse { code }
        onHand reserved available incoming reorderPoint reorderQuantity shortfall
      } }
    }
  }`;

const procurementService = (tenantId: string) => ({
  kind: 'service' as const,
  subject: 'procurement',
  tenantId,
  scopes: ['inventory:read'],
});

describe('reorder policy', () => {
  it('sets, shows and removes a policy per level; a half policy or a bad number is a payload error', async () => {
    const { auth, warehouses, variant } = await tenantWithStock(inventory, [5]);
    const warehouseId = warehouses[0]!;
    const set = await inventory.call(
      POLICY_SET,
      { input: { variantId: variant, warehouseId, reorderPoint: 10, reorderQuantity: 25 } },
      auth,
    );
    expect(set.data?.stockLevelReorderPolicySet).toEqual({
      stockLevel: { onHand: 5, reorderPoint: 10, reorderQuantity: 25, lowStockThreshold: null },
      errors: [],
    });
    const half = await inventory.call(
      POLICY_SET,
      { input: { variantId: variant, warehouseId, reorderPoint: 3 } },
      auth,
    );
    expect(half.data?.stockLevelReorderPolicySet.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'reorderQuantity'], message: expect.any(String) },
    ]);
    const zero = await inventory.call(
      POLICY_SET,
      { input: { variantId: variant, warehouseId, reorderPoint: -1, reorderQuantity: 0 } },
      auth,
    );
    expect(zero.data?.stockLevelReorderPolicySet.errors.map((e: any) => [e.code, e.field])).toEqual([
      ['INVALID_QUANTITY', ['input', 'reorderPoint']],
      ['INVALID_QUANTITY', ['input', 'reorderQuantity']],
    ]);
    const unknown = await inventory.call(
      POLICY_SET,
      {
        input: {
          variantId: variant,
          warehouseId: Buffer.from(`Warehouse:${crypto.randomUUID()}`).toString('base64url'),
          reorderPoint: 1,
          reorderQuantity: 1,
        },
      },
      auth,
    );
    expect(unknown.data?.stockLevelReorderPolicySet.errors).toEqual([
      { code: 'UNKNOWN_WAREHOUSE', field: ['input', 'warehouseId'], message: expect.any(String) },
    ]);
    // the failed attempts left the stored policy alone
    const [row] = await inventory.admin(
      'select reorder_point, reorder_quantity from inventory.stock_levels where variant_id = $1',
      [uuidOf(variant)],
    );
    expect(row).toEqual({ reorder_point: 10, reorder_quantity: 25 });
    const cleared = await inventory.call(POLICY_SET, { input: { variantId: variant, warehouseId } }, auth);
    expect(cleared.data?.stockLevelReorderPolicySet.stockLevel).toMatchObject({
      reorderPoint: null,
      reorderQuantity: null,
    });
  });

  it('bulk-sets up to 500 levels all or nothing, naming the row at fault', async () => {
    const { auth, warehouses } = await tenantWithStock(inventory, [0, 0]);
    const variants = Array.from({ length: 250 }, () => variantId());
    const policies = variants.flatMap((variant) =>
      warehouses.map((warehouseId) => ({ variantId: variant, warehouseId, reorderPoint: 4, reorderQuantity: 12 })),
    );
    const ok = await inventory.call(BULK_SET, { input: { policies } }, auth);
    expect(ok.data?.stockLevelReorderPolicyBulkSet.errors).toEqual([]);
    expect(ok.data?.stockLevelReorderPolicyBulkSet.stockLevels).toHaveLength(500);
    expect(ok.data?.stockLevelReorderPolicyBulkSet.stockLevels[3]).toEqual({
      variant: { id: variants[1] },
      reorderPoint: 4,
      reorderQuantity: 12,
    });
    const tooMany = await inventory.call(BULK_SET, { input: { policies: [...policies, policies[0]] } }, auth);
    expect(tooMany.data?.stockLevelReorderPolicyBulkSet.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'policies'], message: 'Give 1 to 500 policies' },
    ]);
    const changed = policies.slice(0, 3).map((policy) => ({ ...policy, reorderPoint: 9 }));
    const duplicate = await inventory.call(
      BULK_SET,
      { input: { policies: [...changed, { ...changed[0]!, reorderQuantity: 1 }] } },
      auth,
    );
    expect(duplicate.data?.stockLevelReorderPolicyBulkSet.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'policies', '3'], message: expect.any(String) },
    ]);
    const rows = await inventory.admin<{ n: number }>(
      'select count(*)::int as n from inventory.stock_levels where reorder_point = 9',
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('replenishmentNeeds', () => {
  it('lists levels at or below the reorder point counting incoming, with the shortfall, to staff and to procurement', async () => {
    const { tenantId, auth, warehouses, variant } = await tenantWithStock(inventory, [3, 30]);
    const [near, far] = warehouses as [string, string];
    const other = variantId();
    await inventory.call(
      STOCK_ADJUST,
      { input: { variantId: other, warehouseId: near, delta: 8, idempotencyKey: crypto.randomUUID() } },
      auth,
    );
    const policies = [
      { variantId: variant, warehouseId: near, reorderPoint: 5, reorderQuantity: 10 }, // 3 <= 5: a need
      { variantId: variant, warehouseId: far, reorderPoint: 5, reorderQuantity: 10 }, // 30 > 5
      { variantId: other, warehouseId: near, reorderPoint: 8, reorderQuantity: 2 }, // 8 <= 8: a need (at the point)
    ];
    await inventory.call(BULK_SET, { input: { policies } }, auth);
    // incoming counts: 3 on hand + 4 on the way is above 5, so no need
    const third = variantId();
    await inventory.call(
      BULK_SET,
      { input: { policies: [{ variantId: third, warehouseId: far, reorderPoint: 5, reorderQuantity: 3 }] } },
      auth,
    );
    await inventory.admin('update inventory.stock_levels set on_hand = 3, incoming = 4 where variant_id = $1', [
      uuidOf(third),
    ]);
    for (const caller of [auth, procurementService(tenantId)]) {
      const result = await inventory.call(NEEDS, {}, caller);
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.replenishmentNeeds.edges.map((edge: any) => edge.node);
      expect(result.data?.replenishmentNeeds.totalCount).toBe(2);
      const byVariant = new Map(nodes.map((node: any) => [node.variantId, node]));
      expect(byVariant.get(variant)).toEqual({
        variantId: variant,
        warehouseId: near,
        variant: { id: variant },
        warehouse: { code: 'WH1' },
        onHand: 3,
        reserved: 0,
        available: 3,
        incoming: 0,
        reorderPoint: 5,
        reorderQuantity: 10,
        // back to point + quantity: 5 - 3 + 10
        shortfall: 12,
      });
      expect(byVariant.get(other)).toMatchObject({ available: 8, shortfall: 2 });
    }
    const onlyFar = await inventory.call(NEEDS, { warehouseIds: [far] }, auth);
    expect(onlyFar.data?.replenishmentNeeds.totalCount).toBe(0);
    // an inactive warehouse takes no goods in: its levels are no need
    await inventory.admin('update inventory.warehouses set active = false where id = $1', [uuidOf(near)]);
    const inactive = await inventory.call(NEEDS, {}, auth);
    expect(inactive.data?.replenishmentNeeds.totalCount).toBe(0);
    await inventory.admin('update inventory.warehouses set active = true where id = $1', [uuidOf(near)]);
  });

  it('refuses callers without inventory:read and sees only its own tenant', async () => {
    const { tenantId, auth, warehouses, variant } = await tenantWithStock(inventory, [0]);
    await inventory.call(
      POLICY_SET,
      { input: { variantId: variant, warehouseId: warehouses[0], reorderPoint: 1, reorderQuantity: 1 } },
      auth,
    );
    const denied = await inventory.call(NEEDS, {}, { ...procurementService(tenantId), scopes: ['catalog:read'] });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await inventory.call(NEEDS, {}, staff(crypto.randomUUID()));
    expect(stranger.data?.replenishmentNeeds.totalCount).toBe(0);
    const mine = await inventory.call(NEEDS, {}, auth);
    expect(mine.data?.replenishmentNeeds.totalCount).toBe(1);
    // another tenant naming this tenant's warehouse finds no such warehouse, and changes nothing
    const probe = await inventory.call(
      BULK_SET,
      {
        input: {
          policies: [{ variantId: variant, warehouseId: warehouses[0], reorderPoint: 99, reorderQuantity: 1 }],
        },
      },
      staff(crypto.randomUUID()),
    );
    expect(probe.data?.stockLevelReorderPolicyBulkSet.errors).toEqual([
      { code: 'UNKNOWN_WAREHOUSE', field: ['input', 'policies', '0', 'warehouseId'], message: expect.any(String) },
    ]);
    const readOnly = await inventory.call(
      POLICY_SET,
      { input: { variantId: variant, warehouseId: warehouses[0], reorderPoint: 2, reorderQuantity: 2 } },
      staff(tenantId, ['inventory:read']),
    );
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await inventory.call(NEEDS, {}, auth)).data?.replenishmentNeeds.edges[0].node).toMatchObject({
      reorderPoint: 1,
      reorderQuantity: 1,
    });
    const badId = await inventory.call(NEEDS, { warehouseIds: ['nope'] }, auth);
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages in (variant, warehouse) order with the same statements for 5 and 100 rows', async () => {
    const tenantId = crypto.randomUUID();
    const auth = staff(tenantId);
    const warehouseIds: string[] = [];
    for (const code of ['A', 'B', 'C']) {
      const created = await inventory.call(WAREHOUSE_CREATE, { input: { code, name: code } }, auth);
      warehouseIds.push(created.data?.warehouseCreate.warehouse.id);
    }
    const policies = Array.from({ length: 70 }, () => variantId()).flatMap((variant) =>
      warehouseIds.map((warehouseId) => ({ variantId: variant, warehouseId, reorderPoint: 2, reorderQuantity: 5 })),
    );
    const bulk = await inventory.call(BULK_SET, { input: { policies } }, auth);
    expect(bulk.data?.stockLevelReorderPolicyBulkSet.errors).toEqual([]);
    const counts: number[] = [];
    for (const first of [5, 100]) {
      inventory.statements.reset();
      const page = await inventory.call(NEEDS, { first }, auth);
      counts.push(inventory.statements.count);
      expect(page.data?.replenishmentNeeds.edges).toHaveLength(first);
      expect(page.data?.replenishmentNeeds.totalCount).toBe(210);
    }
    expect(counts[0]).toBe(counts[1]);
    // a caller paging through every need without totalCount skips the count statement
    inventory.statements.reset();
    const uncounted = await inventory.call(NEEDS.replace('totalCount', ''), { first: 100 }, auth);
    expect(uncounted.data?.replenishmentNeeds.edges).toHaveLength(100);
    expect(inventory.statements.count).toBe(counts[0]! - 1);
    const throughFragment = await inventory.call(
      `{ replenishmentNeeds(first: 1) { ...Total } } fragment Total on ReplenishmentNeedConnection { totalCount }`,
      {},
      auth,
    );
    expect(throughFragment.data?.replenishmentNeeds.totalCount).toBe(210);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await inventory.call(NEEDS, { first: 100, after }, auth);
      for (const edge of page.data.replenishmentNeeds.edges) {
        seen.push(`${uuidOf(edge.node.variantId)}/${uuidOf(edge.node.warehouseId)}`);
      }
      after = page.data.replenishmentNeeds.pageInfo.hasNextPage
        ? page.data.replenishmentNeeds.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toHaveLength(210);
    expect(new Set(seen).size).toBe(210);
    expect(seen).toEqual([...seen].sort());
  });
});
