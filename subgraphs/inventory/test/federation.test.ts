import { deterministicUuid, encodeGlobalId } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { seededAvailability, seededVariantId, seedInventory } from '../src/seed.ts';
import { inventorySuite, staff, storefront } from './harness.ts';

const tenantId = crypto.randomUUID();
const inventory = inventorySuite({
  afterStart: (started) =>
    seedInventory(started.server.pool, tenantId, { products: 20, variantsPerProduct: 5, warehouses: 3 }),
});

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on ProductVariant { id inventory { available inStock onHand reserved locations { onHand warehouse { code } variant { id } } } }
    }
  }`;

const representations = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    __typename: 'ProductVariant',
    id: encodeGlobalId('ProductVariant', seededVariantId(tenantId, Math.floor(index / 5), index % 5)),
  }));

describe('ProductVariant.inventory through _entities', () => {
  it('answers with the seeded stock, batched: 10 and 50 variants cost the same number of statements', async () => {
    const counts: number[] = [];
    for (const size of [10, 50]) {
      inventory.statements.reset();
      const result = await inventory.call(ENTITIES, { representations: representations(size) }, staff(tenantId));
      counts.push(inventory.statements.count);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(size);
      const first = result.data?._entities[7];
      const expected = seededAvailability(tenantId, 1, 2, 3);
      expect(first.inventory).toMatchObject({
        available: expected.available,
        onHand: expected.onHand,
        inStock: expected.available > 0,
      });
      expect(first.inventory.locations.map((level: any) => level.warehouse.code)).toEqual(['WH1', 'WH2', 'WH3']);
    }
    if (process.env.DBG) console.log('statements for 10 and 50 variants', counts);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBe(counts[1]);
    // begin, set tenant, one select for all variants' levels, one for their warehouses (locations), commit ×2
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it('lets a storefront key read available and inStock, not per-location detail', async () => {
    const reps = representations(3);
    const ok = await inventory.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { inventory { available inStock } } } }`,
      { r: reps },
      storefront(tenantId),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?._entities).toHaveLength(3);
    const detail = await inventory.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { inventory { onHand locations { onHand } } } } }`,
      { r: reps },
      storefront(tenantId),
    );
    expect(detail.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await inventory.call(`{ stockLevels { totalCount } }`, {}, storefront(tenantId));
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives an unknown or malformed variant zero stock, not an error', async () => {
    const result = await inventory.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { inventory { available inStock } } } }`,
      {
        r: [
          { __typename: 'ProductVariant', id: encodeGlobalId('ProductVariant', deterministicUuid('nope')) },
          { __typename: 'ProductVariant', id: 'garbage' },
        ],
      },
      storefront(tenantId),
    );
    expect(result.data?._entities).toEqual([
      { inventory: { available: 0, inStock: false } },
      { inventory: { available: 0, inStock: false } },
    ]);
  });
});
