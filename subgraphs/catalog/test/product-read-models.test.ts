import { createEnvelope, InProcessEventBus, withTenantClient } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { tenantDatabase } from '../src/db.ts';
import { subscribeAvailability } from '../src/events/in/availability-consumer.ts';
import {
  type CatalogHarness,
  createPriceList,
  createProduct,
  reader,
  setPrice,
  staff,
  startCatalog,
} from './harness.ts';

// The product-level read models of migration 0043 (product_list_prices, product_rollups) behind the
// query-less price sort, price filters, the price range facet and the in-stock filter: every change
// is visible to the very next search, and what they hold always equals a recomputation from the
// variants, prices and availability themselves.

let catalog: CatalogHarness;
const T = crypto.randomUUID();
type Product = Awaited<ReturnType<typeof createProduct>>;
const products: Record<string, Product> = {};
let retail: { id: string; version: number };

const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  for (const handle of ['anchor', 'birch', 'cedar']) {
    products[handle] = await createProduct(catalog, T, {
      handle,
      title: handle,
      status: 'ACTIVE',
      variants: [{ sku: `${handle}-1` }, { sku: `${handle}-2` }],
    });
  }
  retail = await createPriceList(catalog, T, { name: 'Retail', currency: 'EUR' });
  // anchor from 1000, birch from 2000, cedar from 3000; each variant priced in retail
  for (const [handle, base] of [
    ['anchor', 1000],
    ['birch', 2000],
    ['cedar', 3000],
  ] as const) {
    await price(retail, handle, 0, base);
    await price(retail, handle, 1, base + 500);
  }
});

const variantOf = (handle: string, index: number) => products[handle]!.variants[index]!.id;
const price = (list: { id: string }, handle: string, variant: number, amount: number, minQuantity = 1) =>
  setPrice(catalog, T, {
    variantId: variantOf(handle, variant),
    priceListId: list.id,
    currency: 'EUR',
    amount,
    minQuantity,
  });

/** The query-less browse: handles by from price ascending, and the price range facet. */
async function byPrice(filter = '') {
  const result = await catalog.call(
    `{ productSearch(filter: { currency: "EUR"${filter} }, sort: PRICE_ASC, first: 10) {
         totalCount edges { node { handle } } facets { priceRange { min { amount } max { amount } } inStock { count } } } }`,
    {},
    reader(T),
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const search = result.data?.productSearch;
  return {
    order: search.edges.map((edge: { node: { handle: string } }) => edge.node.handle),
    range: search.facets.priceRange ? [search.facets.priceRange.min.amount, search.facets.priceRange.max.amount] : null,
    inStock: search.facets.inStock.count,
    total: search.totalCount,
  };
}

/** The read models as stored, and as recomputed from their sources: the two must be equal. */
async function readModels() {
  return withTenantClient(catalog.pool, T, async (sql) => {
    const stored = await sql.query(
      `select product_id, price_list_id, from_amount, variants_priced from product_list_prices order by 1, 2`,
    );
    const computed = await sql.query(
      `select v.product_id, pr.price_list_id, min(pr.amount) as from_amount, count(*)::int as variants_priced
         from variants v join prices pr on pr.variant_id = v.id and pr.min_quantity = 1 group by 1, 2 order by 1, 2`,
    );
    const storedRollups = await sql.query(
      `select product_id, variants, variants_in_stock from product_rollups order by 1`,
    );
    const computedRollups = await sql.query(
      `select v.product_id, count(*)::int as variants, (count(*) filter (where va.available > 0))::int as variants_in_stock
         from variants v left join variant_availability va on va.variant_id = v.id group by 1 order by 1`,
    );
    return {
      stored: { prices: stored.rows, rollups: storedRollups.rows },
      computed: { prices: computed.rows, rollups: computedRollups.rows },
    };
  });
}

async function expectReadModelsExact() {
  const { stored, computed } = await readModels();
  expect(stored).toEqual(computed);
}

describe('the from-price read model', () => {
  it('moves a product in the price order with the very next search after a price change', async () => {
    expect(await byPrice()).toMatchObject({ order: ['anchor', 'birch', 'cedar'], range: [1000, 3000] });
    await price(retail, 'cedar', 1, 900);
    expect(await byPrice()).toMatchObject({ order: ['cedar', 'anchor', 'birch'], range: [900, 2000] });
    expect(await byPrice(', priceMax: 950')).toMatchObject({ order: ['cedar'], total: 1 });
    await price(retail, 'cedar', 1, 3500);
    expect(await byPrice()).toMatchObject({ order: ['anchor', 'birch', 'cedar'], range: [1000, 3000] });
    await expectReadModelsExact();
  });

  it('drops a deactivated list at once and takes up the next one, without touching the read model', async () => {
    const sale = await createPriceList(catalog, T, { name: 'Sale', currency: 'EUR', priority: 10 });
    await price(sale, 'birch', 0, 500);
    await price(sale, 'birch', 1, 600);
    expect((await byPrice()).order).toEqual(['birch', 'anchor', 'cedar']);
    const off = await catalog.call(
      `mutation ($input: PriceListUpdateInput!) { priceListUpdate(input: $input) { errors { code } } }`,
      { input: { id: sale.id, version: sale.version, active: false } },
      staff(T),
    );
    expect(off.data?.priceListUpdate.errors).toEqual([]);
    expect((await byPrice()).order).toEqual(['anchor', 'birch', 'cedar']);
    await expectReadModelsExact();
  });

  it('applies a list whose validity window opens, and stops when it closes, with no write in between', async () => {
    // far enough ahead for the setup to finish first on a loaded machine
    const opensAt = new Date(Date.now() + 4000);
    const closesAt = new Date(opensAt.getTime() + 3000);
    const flash = await createPriceList(catalog, T, {
      name: 'Flash sale',
      currency: 'EUR',
      priority: 20,
      validFrom: opensAt.toISOString(),
      validTo: closesAt.toISOString(),
    });
    await price(flash, 'cedar', 0, 100);
    await price(flash, 'cedar', 1, 100);
    expect((await byPrice()).order).toEqual(['anchor', 'birch', 'cedar']);
    await expect
      .poll(async () => (await byPrice()).order, { timeout: 10_000, interval: 100 })
      .toEqual(['cedar', 'anchor', 'birch']);
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime());
    await expect
      .poll(async () => (await byPrice()).order, { timeout: 10_000, interval: 100 })
      .toEqual(['anchor', 'birch', 'cedar']);
    expect(Date.now()).toBeGreaterThanOrEqual(closesAt.getTime());
  });

  it('keeps the per-variant rule where the first applicable list prices only some variants', async () => {
    // 'group' is the wholesale group's list: it prices anchor's second variant only, at 1400. For
    // that group, anchor's first variant still resolves to retail (1000), so anchor stays from 1000;
    // birch gets a cheaper group price on both variants
    const group = await createPriceList(catalog, T, { name: 'Group', currency: 'EUR', customerGroup: 'wholesale' });
    await price(group, 'anchor', 1, 1400);
    await price(group, 'birch', 0, 700);
    await price(group, 'birch', 1, 800);
    expect(await byPrice(', customerGroup: "wholesale"')).toMatchObject({
      order: ['birch', 'anchor', 'cedar'],
      range: [700, 3000],
    });
    // a tier from 10 units is no price for one unit
    await price(group, 'cedar', 0, 50, 10);
    expect((await byPrice(', customerGroup: "wholesale"')).range).toEqual([700, 3000]);
    // anchor's cheap variant priced in the group list too: now the group list decides both
    await price(group, 'anchor', 0, 1300);
    expect((await byPrice(', customerGroup: "wholesale"')).range).toEqual([700, 3000]);
    expect(await byPrice(', customerGroup: "wholesale", priceMin: 1200, priceMax: 1300')).toMatchObject({
      order: ['anchor'],
    });
    await expectReadModelsExact();
  });

  it('follows variants added and removed', async () => {
    const added = await catalog.call(
      `mutation ($input: VariantCreateInput!) { variantCreate(input: $input) { variant { id version } errors { code } } }`,
      { input: { productId: products.cedar!.id, sku: 'cedar-3' } },
      staff(T),
    );
    const variant = added.data?.variantCreate.variant;
    expect(variant).toBeTruthy();
    // an unpriced variant changes nothing about cedar's price…
    expect((await byPrice()).order).toEqual(['anchor', 'birch', 'cedar']);
    await setPrice(catalog, T, { variantId: variant.id, priceListId: retail.id, currency: 'EUR', amount: 10 });
    expect((await byPrice()).order).toEqual(['cedar', 'anchor', 'birch']);
    // …and removing the cheap one gives it back its old place
    const removed = await catalog.call(
      `mutation ($input: VariantDeleteInput!) { variantDelete(input: $input) { errors { code } } }`,
      { input: { id: variant.id, version: variant.version } },
      staff(T),
    );
    expect(removed.data?.variantDelete.errors).toEqual([]);
    expect((await byPrice()).order).toEqual(['anchor', 'birch', 'cedar']);
    await expectReadModelsExact();
  });

  it('stays exact under concurrent price changes of one product', async () => {
    // rising prices, so a refresh that missed the other variant's concurrent change would store a
    // minimum below the true one: two writers of one product are serialised on its row
    for (let round = 1; round <= 10; round++) {
      await Promise.all([price(retail, 'birch', 0, 2000 + round * 20), price(retail, 'birch', 1, 2010 + round * 20)]);
      await expectReadModelsExact();
    }
    expect(await byPrice(', priceMin: 2200, priceMax: 2200')).toMatchObject({ order: ['birch'] });
  });
});

describe('the product in-stock rollup', () => {
  it('moves a product in and out of the in-stock filter and facet with its variants crossing zero', async () => {
    const bus = new InProcessEventBus();
    const subscription = await subscribeAvailability(bus, tenantDatabase(catalog.pool, null, null));
    const stockChanged = (handle: string, variant: number, available: number) =>
      bus.publish(
        createEnvelope({
          type: 'inventory.stock.changed',
          tenantId: T,
          aggregateType: 'stock_level',
          aggregateId: local(variantOf(handle, variant)),
          payload: { variantId: local(variantOf(handle, variant)), available, onHand: available },
        }),
      );
    try {
      expect(await byPrice(', inStock: true')).toMatchObject({ order: [], total: 0 });
      await stockChanged('birch', 1, 4);
      await stockChanged('cedar', 0, 2);
      await expect.poll(async () => (await byPrice(', inStock: true')).order).toEqual(['birch', 'cedar']);
      expect((await byPrice()).inStock).toBe(2);
      expect((await byPrice(', inStock: false')).order).toEqual(['anchor']);
      // birch's only stocked variant sells out: birch leaves the filter with that event
      await stockChanged('birch', 1, 0);
      await expect.poll(async () => (await byPrice(', inStock: true')).order).toEqual(['cedar']);
      const listed = await catalog.call(
        `{ birch: productByHandle(handle: "birch") { inStock } cedar: productByHandle(handle: "cedar") { inStock } }`,
        {},
        reader(T),
      );
      expect(listed.data).toEqual({ birch: { inStock: false }, cedar: { inStock: true } });
      await expectReadModelsExact();
    } finally {
      await subscription.stop();
      await bus.close();
    }
  });

  it('is kept by the product deleted with its variants', async () => {
    const gone = await createProduct(catalog, T, {
      handle: 'gone',
      title: 'gone',
      status: 'ACTIVE',
      variants: [{ sku: 'gone-1' }],
    });
    await setPrice(catalog, T, { variantId: gone.variants[0]!.id, priceListId: retail.id, currency: 'EUR', amount: 1 });
    expect((await byPrice()).order[0]).toBe('gone');
    const deleted = await catalog.call(
      `mutation ($input: ProductDeleteInput!) { productDelete(input: $input) { errors { code } } }`,
      { input: { id: gone.id, version: gone.version } },
      staff(T),
    );
    expect(deleted.data?.productDelete.errors).toEqual([]);
    expect((await byPrice()).order[0]).not.toBe('gone');
    await expectReadModelsExact();
  });
});

describe('the query-less browse over the search mirror', () => {
  it("lists the tenant's own products only, and nothing without a tenant", async () => {
    const all = (tenant: string | null) =>
      withTenantClient(
        catalog.pool,
        tenant,
        async (sql) =>
          (await sql.query<{ product_id: string }>('select product_id from product_search_all(false)')).rows.length,
      );
    const products = await withTenantClient(catalog.pool, T, async (sql) =>
      Number((await sql.query('select count(*) from products')).rows[0].count),
    );
    expect(await all(T)).toBe(products);
    expect(await all(crypto.randomUUID())).toBe(0);
    expect(await all(null)).toBe(0);
  });
});
