import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { seedCatalog, seedSku } from '../src/seed.ts';
import { type CatalogHarness, createProduct, reader, staff, startCatalog, storefront } from './harness.ts';

// What the admin's tables ask of catalog (issue 18 §6, §7): variants by SKU or product title, a full
// SKU finding its product, status filters and sorts, bulk status changes and deletes with each
// refused item named.
let catalog: CatalogHarness;
const T = crypto.randomUUID();
const OTHER = crypto.randomUUID();
/** the demo's size: 1,000 products × 5 variants (× 3 warehouses = the 15,000 stock rows of issue 18) */
const SEEDED = { products: 1_000, variantsPerProduct: 5 };
let linen: { id: string; version: number; status?: string };
let mug: { id: string; version: number; status?: string };
let foreign: { id: string; version: number };

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  await seedCatalog(catalog.pool, T, SEEDED);
  linen = await createProduct(catalog, T, {
    handle: 'linen-shirt',
    title: 'Zanzibar Linen Shirt',
    status: 'ACTIVE',
    variants: [
      { sku: 'LIN_100-S', title: 'S' },
      { sku: 'LIN_100-M', title: 'M' },
    ],
  });
  mug = await createProduct(catalog, T, {
    handle: 'enamel-mug',
    title: 'Enamel Mug',
    status: 'DRAFT',
    variants: [{ sku: 'MUG-ENAMEL-01' }],
  });
  foreign = await createProduct(catalog, OTHER, { handle: 'theirs', title: 'Theirs', variants: [{ sku: 'THEIRS-1' }] });
});

const VARIANT_SEARCH = /* GraphQL */ `
  query ($query: String, $sort: VariantSearchSort, $first: Int, $after: String) {
    variantSearch(query: $query, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id sku product { title } } }
    }
  }`;

async function variantSearch(variables: Record<string, unknown>, auth = reader(T)) {
  const result = await catalog.call(VARIANT_SEARCH, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.variantSearch as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; sku: string; product: { title: string } } }[];
  };
}
const skus = (page: Awaited<ReturnType<typeof variantSearch>>) => page.edges.map((edge) => edge.node.sku);

describe('variantSearch', () => {
  it('finds variants by a part of their SKU or of their product title, any case, drafts included', async () => {
    expect(skus(await variantSearch({ query: 'lin_100' }))).toEqual(['LIN_100-M', 'LIN_100-S']);
    expect(skus(await variantSearch({ query: 'zanzibar' }))).toEqual(['LIN_100-M', 'LIN_100-S']);
    expect(skus(await variantSearch({ query: 'enamel' }))).toEqual(['MUG-ENAMEL-01']);
    const sku = seedSku(417, 3);
    expect(skus(await variantSearch({ query: sku }))).toEqual([sku]);
  });

  it('takes % and _ as the characters typed, not as patterns', async () => {
    expect(skus(await variantSearch({ query: 'n_1' }))).toEqual(['LIN_100-M', 'LIN_100-S']);
    expect((await variantSearch({ query: '_' })).totalCount).toBe(2);
    expect((await variantSearch({ query: '%' })).totalCount).toBe(0);
  });

  it('pages every variant in SKU order, or by product title, with a total', async () => {
    const first = await variantSearch({ first: 50 });
    expect(first.totalCount).toBe(SEEDED.products * SEEDED.variantsPerProduct + 3);
    expect(skus(first)).toEqual([...skus(first)].sort());
    const second = await variantSearch({ first: 50, after: first.pageInfo.endCursor });
    expect(skus(second)[0]! > skus(first).at(-1)!).toBe(true);
    const byTitle = await variantSearch({ query: 'e', sort: 'PRODUCT_TITLE', first: 100 });
    const titles = byTitle.edges.map((edge) => edge.node.product.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const down = skus(await variantSearch({ sort: 'SKU_DESC', first: 20 }));
    expect(down).toEqual([...down].sort().reverse());
    const titlesDown = (await variantSearch({ query: 'e', sort: 'PRODUCT_TITLE_DESC', first: 100 })).edges.map((edge) =>
      edge.node.product.title.toLowerCase(),
    );
    expect(titlesDown).toEqual([...titlesDown].sort().reverse());
  });

  it('answers a page at the demo size within 150 ms', async () => {
    await variantSearch({ query: 'shirt', first: 50 });
    const timings: number[] = [];
    for (const query of ['shirt', 'SKU-000417', 'zanzibar', null]) {
      const started = performance.now();
      await variantSearch({ query, first: 50, sort: 'PRODUCT_TITLE' });
      timings.push(performance.now() - started);
    }
    // measured on the shared 2-core machine: 22–47 ms per request through GraphQL, of which the
    // page's statement is 10–17 ms and the count 4–12 ms (EXPLAIN ANALYZE); the bound guards a
    // regression to one probe per row, not the machine's load
    expect(Math.max(...timings)).toBeLessThan(150);
  });

  it('is for staff: a storefront key is refused; another tenant’s variants are not found', async () => {
    const refused = await catalog.call(VARIANT_SEARCH, { query: 'lin' }, storefront(T));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await variantSearch({ query: 'THEIRS' })).totalCount).toBe(0);
    expect((await variantSearch({ query: 'THEIRS' }, reader(OTHER))).totalCount).toBe(1);
  });
});

const PRODUCT_SEARCH = /* GraphQL */ `
  query ($query: String, $filter: ProductSearchFilter, $sort: ProductSearchSort, $first: Int) {
    productSearch(query: $query, filter: $filter, sort: $sort, first: $first) {
      totalCount
      edges { node { handle title status } }
    }
  }`;

async function productSearch(variables: Record<string, unknown>, auth = reader(T)) {
  const result = await catalog.call(PRODUCT_SEARCH, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.productSearch as {
    totalCount: number;
    edges: { node: { handle: string; title: string; status: string } }[];
  };
}

describe('productSearch for the admin', () => {
  it('finds the product of a full SKU, as typed or in lower case', async () => {
    for (const query of ['LIN_100-M', 'lin_100-m', ` ${seedSku(417, 3)} `]) {
      const found = await productSearch({ query });
      expect(found.totalCount, query).toBe(1);
    }
    expect((await productSearch({ query: 'LIN_100-M' })).edges[0]!.node.handle).toBe('linen-shirt');
    // a storefront finds an active product by SKU, never a draft
    expect((await productSearch({ query: 'MUG-ENAMEL-01' }, storefront(T))).totalCount).toBe(0);
    expect((await productSearch({ query: 'MUG-ENAMEL-01' })).totalCount).toBe(1);
  });

  it('filters by status (staff only) and sorts by title both ways and by age', async () => {
    const drafts = await productSearch({ filter: { status: 'DRAFT' }, first: 100 });
    expect(drafts.totalCount).toBe(SEEDED.products / 50 + 1); // and the mug
    expect(drafts.edges.every((edge) => edge.node.status === 'DRAFT')).toBe(true);
    const shop = await productSearch({ filter: { status: 'DRAFT' } }, storefront(T));
    expect(shop.edges.every((edge) => edge.node.status === 'ACTIVE')).toBe(true);
    const up = await productSearch({ sort: 'TITLE', first: 20 });
    const down = await productSearch({ sort: 'TITLE_DESC', first: 20 });
    const titles = (page: typeof up) => page.edges.map((edge) => edge.node.title.toLowerCase());
    expect(titles(up)).toEqual([...titles(up)].sort());
    expect(titles(down)).toEqual([...titles(down)].sort().reverse());
    expect(titles(down)[0]! > titles(up)[0]!).toBe(true);
    const oldest = await productSearch({ sort: 'OLDEST', first: 1 });
    expect(oldest.edges[0]!.node.handle).toBe('product-000000');
  });
});

const BULK_STATUS = /* GraphQL */ `
  mutation ($input: ProductBulkStatusSetInput!) {
    productBulkStatusSet(input: $input) { products { id status version } errors { code field message } }
  }`;
const BULK_DELETE = /* GraphQL */ `
  mutation ($input: ProductBulkDeleteInput!) {
    productBulkDelete(input: $input) { deletedProductIds errors { code field message } }
  }`;
const PRODUCT = /* GraphQL */ `query ($id: ID!) { product(id: $id) { id status version } }`;

async function current(id: string) {
  return (await catalog.call(PRODUCT, { id }, reader(T))).data?.product as {
    id: string;
    status: string;
    version: number;
  } | null;
}

describe('bulk product changes', () => {
  it('publishes several products in one call, each once, all or nothing', async () => {
    const published = await catalog.call(
      BULK_STATUS,
      { input: { status: 'ACTIVE', items: [linen, mug].map(({ id, version }) => ({ id, version })) } },
      staff(T),
    );
    expect(published.data?.productBulkStatusSet.errors).toEqual([]);
    expect(published.data?.productBulkStatusSet.products.map((p: { status: string }) => p.status)).toEqual([
      'ACTIVE',
      'ACTIVE',
    ]);
    linen = (await current(linen.id))!;
    mug = (await current(mug.id))!;
    expect(mug.status).toBe('ACTIVE');

    // one stale item and one of another tenant: nothing changes, each refusal names its item
    const refused = await catalog.call(
      BULK_STATUS,
      {
        input: {
          status: 'ARCHIVED',
          items: [
            { id: linen.id, version: linen.version },
            { id: mug.id, version: mug.version - 1 },
            { id: foreign.id, version: foreign.version },
            { id: linen.id, version: linen.version },
          ],
        },
      },
      staff(T),
    );
    const errors = refused.data?.productBulkStatusSet.errors as { code: string; field: string[] }[];
    expect(errors.map((error) => [error.code, error.field.join('.')])).toEqual([
      ['CONFLICT', 'input.items.1.version'],
      ['NOT_FOUND', 'input.items.2.id'],
      ['INVALID_INPUT', 'input.items.3.id'],
    ]);
    expect(refused.data?.productBulkStatusSet.products).toEqual([]);
    expect((await current(linen.id))!.status).toBe('ACTIVE');
    expect((await current(mug.id))!.version).toBe(mug.version);
  });

  it('refuses an empty list or more than 100 items, and malformed ids, before touching anything', async () => {
    const empty = await catalog.call(BULK_STATUS, { input: { status: 'ARCHIVED', items: [] } }, staff(T));
    expect(empty.data?.productBulkStatusSet.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'items'] }),
    ]);
    const many = Array.from({ length: 101 }, () => ({ id: linen.id, version: linen.version }));
    const tooMany = await catalog.call(BULK_DELETE, { input: { items: many } }, staff(T));
    expect(tooMany.data?.productBulkDelete.errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'items'],
    });
    const malformed = await catalog.call(
      BULK_DELETE,
      { input: { items: [{ id: 'not-an-id', version: 1 }] } },
      staff(T),
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'items', '0', 'id'],
    });
    const readOnly = await catalog.call(
      BULK_DELETE,
      { input: { items: [{ id: linen.id, version: linen.version }] } },
      reader(T),
    );
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await current(linen.id)).not.toBeNull();
  });

  it('archives, then deletes several products with their variants, and says which went', async () => {
    const archived = await catalog.call(
      BULK_STATUS,
      { input: { status: 'ARCHIVED', items: [linen, mug].map(({ id, version }) => ({ id, version })) } },
      staff(T),
    );
    expect(archived.data?.productBulkStatusSet.errors).toEqual([]);
    const archivedProducts: { id: string; version: number }[] = archived.data?.productBulkStatusSet.products ?? [];
    const items = archivedProducts.map(({ id, version }) => ({ id, version }));
    const deleted = await catalog.call(BULK_DELETE, { input: { items } }, staff(T));
    expect(deleted.data?.productBulkDelete).toEqual({ deletedProductIds: [linen.id, mug.id], errors: [] });
    expect(await current(linen.id)).toBeNull();
    expect((await variantSearch({ query: 'LIN_100' })).totalCount).toBe(0);
    const admin = new pg.Client({ connectionString: catalog.db.adminUrl });
    await admin.connect();
    try {
      const events = await admin.query(
        `select type from catalog.outbox where tenant_id = $1 and aggregate_id = any($2) and type = 'catalog.product.deleted'`,
        [T, [linen.id, mug.id].map((id) => Buffer.from(id, 'base64url').toString().split(':')[1])],
      );
      expect(events.rows).toHaveLength(2);
    } finally {
      await admin.end();
    }
  });
});
