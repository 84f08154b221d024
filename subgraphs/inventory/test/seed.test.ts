import { describe, expect, it } from 'vitest';
import { seededAvailability, seedInventory } from '../src/seed.ts';
import { inventorySuite } from './harness.ts';

const inventory = inventorySuite();

describe('seedInventory', () => {
  it('seeds 5,000 variants × 3 warehouses quickly, deterministically and idempotently', async () => {
    const tenantId = crypto.randomUUID();
    const options = { products: 1000, variantsPerProduct: 5, warehouses: 3 };
    const started = performance.now();
    const first = await seedInventory(inventory.server.pool, tenantId, options);
    const elapsed = performance.now() - started;
    if (process.env.DBG) console.log(`seed: 15,000 stock rows in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(3000);
    expect(first.levelsInserted).toBe(15_000);
    expect(first.totals).toHaveLength(5000);
    const again = await seedInventory(inventory.server.pool, tenantId, options);
    expect(again.levelsInserted).toBe(0);
    expect(again.totals).toEqual(first.totals);
    expect(again.warehouseIds).toEqual(first.warehouseIds);
    const [db] = await inventory.admin<{ on_hand: number; zero: number; movements: number }>(
      `select (select sum(on_hand)::int from inventory.stock_levels where tenant_id = $1) as on_hand,
              (select count(*)::int from (select variant_id from inventory.stock_levels where tenant_id = $1
                 group by variant_id having sum(on_hand) = 0) z) as zero,
              (select sum(on_hand_delta)::int from inventory.stock_movements where tenant_id = $1) as movements`,
      [tenantId],
    );
    const expectedTotal = first.totals.reduce((sum, variant) => sum + variant.onHand, 0);
    expect(db?.on_hand).toBe(expectedTotal);
    expect(db?.movements).toBe(expectedTotal);
    const outOfStock = first.totals.filter((variant) => variant.available === 0).length;
    expect(db?.zero).toBe(outOfStock);
    expect(outOfStock).toBeGreaterThan(0);
    expect(outOfStock).toBeLessThan(2500);
    expect(seededAvailability(tenantId, 3, 1, 3)).toEqual(seededAvailability('another', 3, 1, 3));
    const events = await inventory.admin('select count(*)::int as n from inventory.outbox where tenant_id = $1', [
      tenantId,
    ]);
    expect(events).toEqual([{ n: 0 }]);
  });
});
