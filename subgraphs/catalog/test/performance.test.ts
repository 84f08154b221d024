import { suiteFixture } from '@ucos/kit/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog, seedProductId, seedRetailPrice, seedSku, seedVariantId } from '../src/seed.ts';
import { type CatalogHarness, reader, staff, startCatalog, storefront } from './harness.ts';

let catalog: CatalogHarness;
const T = crypto.randomUUID();
let seedMs = 0;

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  const started = performance.now();
  await seedCatalog(catalog.pool, T, { products: 1_000, variantsPerProduct: 5 });
  seedMs = performance.now() - started;
});

const LISTING = /* GraphQL */ `
  query ($first: Int!) {
    products(first: $first) {
      edges { node { id title variants { id sku price(currency: "EUR") { amount } } } }
    }
  }`;

async function snapshot() {
  const [row] = await catalog.admin<{ digest: string; n: number }>(
    `select md5(string_agg(x, ',' order by x)) as digest, count(*)::int as n from (
       select id::text || sku || title || option_values::text || coalesce(barcode, '') as x
         from catalog.variants where tenant_id = $1
       union all select id::text || handle || title || status || attributes::text from catalog.products where tenant_id = $1
       union all select price_list_id::text || variant_id::text || min_quantity || ':' || amount from catalog.prices where tenant_id = $1
       union all select id::text || path from catalog.categories where tenant_id = $1) rows`,
    [T],
  );
  return row!;
}

describe('storefront listing', () => {
  it('issues the same number of SQL statements for a page of 10 and of 50 products', async () => {
    const counter = catalog.statements;
    const statementsFor = async (first: number) => {
      // warm the pool first, so connection set-up is not counted
      await catalog.call(LISTING, { first }, storefront(T));
      counter.reset();
      const result = await catalog.call(LISTING, { first }, storefront(T));
      const count = counter.count;
      expect(result.errors).toBeUndefined();
      const edges = result.data?.products.edges;
      expect(edges).toHaveLength(first);
      for (const edge of edges) {
        expect(edge.node.variants).toHaveLength(5);
        expect(edge.node.variants[0].price.amount).toBeGreaterThan(0);
      }
      return count;
    };
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(ten);
    // products, variants, prices: three selects in the request's one read transaction
    // (begin + set tenant, the selects, commit), not a transaction each (9)
    expect(ten).toBe(5);
  });
});

/** The statements one request sends, measured after a warm-up request (connection set-up is not counted). */
async function statementsOf(query: string, variables: Record<string, unknown>, auth: object) {
  await catalog.call(query, variables, auth);
  catalog.statements.reset();
  const result = await catalog.call(query, variables, auth);
  expect(result.errors).toBeUndefined();
  return { count: catalog.statements.count, data: result.data! };
}

describe('admin listings with collections', () => {
  const ADMIN_LISTING = /* GraphQL */ `
    query ($first: Int!) {
      products(first: $first) { edges { node { id categories { id } collections { id title } } } }
    }`;
  const COLLECTION_PAGES = /* GraphQL */ `
    query ($first: Int!) {
      collections(first: $first) {
        edges { node { id products(first: 20) { totalCount edges { node { id collections { id } } } } } }
      }
    }`;

  beforeAll(async () => {
    const newest = await catalog.call(`{ products(first: 100) { edges { node { id } } } }`, {}, reader(T));
    const productIds = newest.data?.products.edges.map((edge: { node: { id: string } }) => edge.node.id);
    for (const handle of ['perf-a', 'perf-b', 'perf-c']) {
      const created = await catalog.call(
        `mutation ($handle: String!) { collectionCreate(input: { handle: $handle, title: $handle }) { collection { id } } }`,
        { handle },
        staff(T),
      );
      const added = await catalog.call(
        `mutation ($input: CollectionProductsInput!) { collectionAddProducts(input: $input) { errors { code } } }`,
        { input: { collectionId: created.data?.collectionCreate.collection.id, productIds } },
        staff(T),
      );
      expect(added.data?.collectionAddProducts.errors).toEqual([]);
    }
  });

  it('Product.collections costs the same statements for a page of 10 and of 50 products', async () => {
    const ten = await statementsOf(ADMIN_LISTING, { first: 10 }, reader(T));
    const fifty = await statementsOf(ADMIN_LISTING, { first: 50 }, reader(T));
    expect(fifty.data.products.edges[49].node.collections).toHaveLength(3);
    expect(fifty.count).toBe(ten.count);
    // products, categories, collections: three selects in the request's one read transaction
    expect(ten.count).toBe(5);
  });

  it('Collection.products costs the same statements for one collection and for three', async () => {
    const one = await statementsOf(COLLECTION_PAGES, { first: 1 }, reader(T));
    const three = await statementsOf(COLLECTION_PAGES, { first: 3 }, reader(T));
    for (const edge of three.data.collections.edges) {
      expect(edge.node.products.totalCount).toBe(100);
      expect(edge.node.products.edges).toHaveLength(20);
    }
    expect(three.count).toBe(one.count);
    // collections, their products, the products' collections: one read transaction
    expect(one.count).toBe(5);
  });
});

describe('seed', () => {
  it('is fast, deterministic and idempotent, with ids and SKUs other domains can compute', async () => {
    expect(seedMs).toBeLessThan(5_000);
    const before = await snapshot();
    expect(before.n).toBe(5_000 + 1_000 + 5_000 * 3 + 20);
    await seedCatalog(catalog.pool, T, { products: 1_000, variantsPerProduct: 5 });
    expect(await snapshot()).toEqual(before);

    const variantGlobalId = Buffer.from(`ProductVariant:${seedVariantId(T, 42, 3)}`).toString('base64url');
    const result = await catalog.call(
      `query ($id: ID!) { variant(id: $id) { sku product { id status } price(currency: "EUR") { amount } } }`,
      { id: variantGlobalId },
      storefront(T),
    );
    expect(result.data?.variant).toEqual({
      sku: seedSku(42, 3),
      product: { id: Buffer.from(`Product:${seedProductId(T, 42)}`).toString('base64url'), status: 'ACTIVE' },
      price: { amount: seedRetailPrice(42, 3) },
    });
    const wholesale = await catalog.call(
      `query ($id: ID!) { variant(id: $id) { w1: price(currency: "EUR", customerGroup: "wholesale") { amount }
         w10: price(currency: "EUR", customerGroup: "wholesale", quantity: 10) { amount } } }`,
      { id: variantGlobalId },
      { ...storefront(T), scopes: ['catalog:read'] },
    );
    const retail = seedRetailPrice(42, 3);
    expect(wholesale.data?.variant).toEqual({
      w1: { amount: Math.trunc((retail * 8) / 10) },
      w10: { amount: Math.trunc((retail * 7) / 10) },
    });
    const search = await catalog.call(
      `{ productSearch(query: "tshrt", first: 3) { totalCount facets { categories { name count } } } }`,
      {},
      storefront(T),
    );
    expect(search.data?.productSearch.totalCount).toBeGreaterThan(0);
  });
});
