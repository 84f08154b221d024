import { describe, expect, it } from 'vitest';
import { inventorySuite, STOCK_ADJUST, tenantWithStock, variantId } from './harness.ts';

// The admin's inventory screen (issue 18 §6): catalog finds the variants a search names, inventory
// answers the stock of exactly those; the movements list shows an adjustment the moment it is made.
const inventory = inventorySuite();

const LEVELS = /* GraphQL */ `
  query ($filter: StockLevelFilter) {
    stockLevels(filter: $filter, first: 100) {
      totalCount
      edges { node { onHand variant { id } warehouse { code } } }
    }
  }`;

const MOVEMENTS = /* GraphQL */ `
  query ($filter: StockMovementFilter) {
    stockMovements(first: 20, filter: $filter) { edges { node { onHandDelta note reason variant { id } warehouse { code } } } }
  }`;

const adjust = (variant: string, warehouseId: string, delta: number, note: string) => ({
  input: { variantId: variant, warehouseId, delta, note, idempotencyKey: crypto.randomUUID() },
});

describe('stock levels of a set of variants', () => {
  it('answers the levels of exactly the variants named, in every warehouse, with a total', async () => {
    const shop = await tenantWithStock(inventory, [5, 7]);
    const other = variantId();
    const unnamed = variantId();
    for (const variant of [other, unnamed]) {
      const added = await inventory.call(STOCK_ADJUST, adjust(variant, shop.warehouses[0]!, 3, 'seed'), shop.auth);
      expect(added.data?.stockAdjust.errors).toEqual([]);
    }
    const result = await inventory.call(LEVELS, { filter: { variantIds: [shop.variant, other] } }, shop.auth);
    expect(result.errors).toBeUndefined();
    const levels = result.data?.stockLevels;
    expect(levels.totalCount).toBe(3);
    const seen = levels.edges.map(
      (edge: { node: { variant: { id: string }; warehouse: { code: string } } }) =>
        `${edge.node.variant.id === shop.variant ? 'shop' : 'other'}@${edge.node.warehouse.code}`,
    );
    expect(seen.sort()).toEqual(['other@WH1', 'shop@WH1', 'shop@WH2']);
    // with a warehouse too; an empty list matches nothing
    const inOne = await inventory.call(
      LEVELS,
      { filter: { variantIds: [shop.variant], warehouseId: shop.warehouses[1] } },
      shop.auth,
    );
    expect(inOne.data?.stockLevels.totalCount).toBe(1);
    const none = await inventory.call(LEVELS, { filter: { variantIds: [] } }, shop.auth);
    expect(none.data?.stockLevels.totalCount).toBe(0);
  });

  it('refuses more than 100 ids and a malformed one, naming the filter; another tenant sees nothing', async () => {
    const shop = await tenantWithStock(inventory, [4]);
    const many = Array.from({ length: 101 }, () => variantId());
    const tooMany = await inventory.call(LEVELS, { filter: { variantIds: many } }, shop.auth);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'variantIds'] });
    const malformed = await inventory.call(LEVELS, { filter: { variantIds: [shop.variant, 'nope'] } }, shop.auth);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['filter', 'variantIds', '1'],
    });
    const stranger = await tenantWithStock(inventory, [1]);
    const probe = await inventory.call(LEVELS, { filter: { variantIds: [shop.variant] } }, stranger.auth);
    expect(probe.data?.stockLevels.totalCount).toBe(0);
  });
});

describe('recent movements', () => {
  it('list an adjustment first the moment it is made, in the warehouse filter too', async () => {
    const shop = await tenantWithStock(inventory, [10, 10]);
    for (let n = 0; n < 25; n++) {
      await inventory.call(STOCK_ADJUST, adjust(variantId(), shop.warehouses[n % 2]!, 1, `filler ${n}`), shop.auth);
    }
    const made = await inventory.call(STOCK_ADJUST, adjust(shop.variant, shop.warehouses[1]!, -2, 'broken'), shop.auth);
    expect(made.data?.stockAdjust.errors).toEqual([]);
    const all = await inventory.call(MOVEMENTS, {}, shop.auth);
    expect(all.data?.stockMovements.edges[0].node).toMatchObject({ onHandDelta: -2, note: 'broken' });
    const there = await inventory.call(MOVEMENTS, { filter: { warehouseId: shop.warehouses[1] } }, shop.auth);
    expect(there.data?.stockMovements.edges[0].node).toMatchObject({ onHandDelta: -2, warehouse: { code: 'WH2' } });
  });
});
