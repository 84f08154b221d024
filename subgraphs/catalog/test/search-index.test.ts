import { withTenantClient } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../src/seed.ts';
import { type CatalogHarness, createProduct, reader, staff, startCatalog, storefront } from './harness.ts';

// The search mirror (migration 0040): it must follow every product change, never show one tenant's
// products to another, stay out of the service role's reach, and be answered from its GIN indexes.

let catalog: CatalogHarness;
const A = crypto.randomUUID();
const B = crypto.randomUUID();

const SEARCH = /* GraphQL */ `
  query ($query: String) { productSearch(query: $query, first: 10) { totalCount edges { node { handle } } } }`;
const CATEGORY_FACET = /* GraphQL */ `
  query ($query: String) { productSearch(query: $query) { facets { categories { name count } } } }`;

async function categoryFacet(tenantId: string, query: string) {
  const result = await catalog.call(CATEGORY_FACET, { query }, reader(tenantId));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.productSearch.facets.categories;
}

async function category(tenantId: string, name: string): Promise<string> {
  const result = await catalog.call(
    `mutation ($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id } } }`,
    { input: { name } },
    staff(tenantId),
  );
  return result.data?.categoryCreate.category.id as string;
}

async function found(tenantId: string, query: string, auth = reader(tenantId)): Promise<string[]> {
  const result = await catalog.call(SEARCH, { query }, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const search = result.data?.productSearch as { totalCount: number; edges: { node: { handle: string } }[] };
  expect(search.totalCount).toBe(search.edges.length);
  return search.edges.map((edge) => edge.node.handle).sort();
}

async function mutate(query: string, input: Record<string, unknown>, tenantId = A) {
  const result = await catalog.call(query, { input }, staff(tenantId));
  const payload = Object.values(result.data ?? {})[0] as { errors: unknown[]; product?: { version: number } };
  if (result.errors || payload.errors.length) throw new Error(JSON.stringify(result));
  return payload;
}

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

describe('product search index', () => {
  it('follows renames, category moves, status changes and deletes', async () => {
    const [garden, hall] = [await category(A, 'Garden'), await category(A, 'Hall')];
    const lamp = await createProduct(catalog, A, {
      handle: 'lamp',
      title: 'Brass Lantern',
      status: 'ACTIVE',
      categoryIds: [garden],
    });
    expect(await found(A, 'lantern', storefront(A))).toEqual(['lamp']);
    expect(await categoryFacet(A, 'lantern')).toEqual([{ name: 'Garden', count: 1 }]);

    const renamed = await mutate(
      `mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { version } errors { code } } }`,
      { id: lamp.id, version: lamp.version, title: 'Copper Torch', categoryIds: [hall, garden] },
    );
    expect(await categoryFacet(A, 'torch')).toEqual([
      { name: 'Garden', count: 1 },
      { name: 'Hall', count: 1 },
    ]);
    expect(await found(A, 'lantern')).toEqual([]);
    expect(await found(A, 'torch')).toEqual(['lamp']);
    expect(await found(A, 'torhc')).toEqual(['lamp']); // the typo path reads the new title too

    const archived = await mutate(
      `mutation ($input: ProductStatusSetInput!) { productStatusSet(input: $input) { product { version } errors { code } } }`,
      { id: lamp.id, version: renamed.product!.version, status: 'ARCHIVED' },
    );
    expect(await found(A, 'torch', storefront(A))).toEqual([]);
    expect(await found(A, 'torch')).toEqual(['lamp']);

    await mutate(
      `mutation ($input: ProductDeleteInput!) { productDelete(input: $input) { deletedProductId errors { code } } }`,
      { id: lamp.id, version: archived.product!.version },
    );
    expect(await found(A, 'torch')).toEqual([]);
  });

  it('counts a search without a query: ACTIVE products only for storefronts, by category', async () => {
    const T = crypto.randomUUID();
    const [mugs, hats] = [await category(T, 'Mugs'), await category(T, 'Hats')];
    await createProduct(catalog, T, { handle: 'mug', title: 'Mug', status: 'ACTIVE', categoryIds: [mugs] });
    await createProduct(catalog, T, { handle: 'cap', title: 'Cap', status: 'ACTIVE', categoryIds: [hats, mugs] });
    await createProduct(catalog, T, { handle: 'beanie', title: 'Beanie', status: 'DRAFT', categoryIds: [hats] });
    const browse = async (auth: ReturnType<typeof reader>) => {
      const result = await catalog.call(
        `{ productSearch(first: 1) { totalCount edges { node { handle } } facets { categories { name count } } } }`,
        {},
        auth,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data?.productSearch;
    };
    expect(await browse(storefront(T))).toEqual({
      totalCount: 2,
      edges: [{ node: { handle: 'cap' } }],
      facets: {
        categories: [
          { name: 'Mugs', count: 2 },
          { name: 'Hats', count: 1 },
        ],
      },
    });
    expect(await browse(reader(T))).toEqual({
      totalCount: 3,
      edges: [{ node: { handle: 'beanie' } }],
      facets: {
        categories: [
          { name: 'Hats', count: 2 },
          { name: 'Mugs', count: 2 },
        ],
      },
    });
  });

  it("never shows another tenant's products, and the service role cannot read the mirror", async () => {
    await createProduct(catalog, A, { handle: 'a-kettle', title: 'Whistling Kettle', status: 'ACTIVE' });
    await createProduct(catalog, B, { handle: 'b-kettle', title: 'Whistling Kettle', status: 'ACTIVE' });
    expect(await found(A, 'kettle')).toEqual(['a-kettle']);
    expect(await found(B, 'kettle')).toEqual(['b-kettle']);
    expect(await found(crypto.randomUUID(), 'kettle')).toEqual([]);

    await expect(withTenantClient(catalog.pool, A, (sql) => sql.query('select * from product_search'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      withTenantClient(catalog.pool, A, (sql) =>
        sql.query(`insert into product_search values ($1, gen_random_uuid(), 'ACTIVE', now(), 'x', 'x')`, [B]),
      ),
    ).rejects.toThrow(/permission denied/);
    // without a tenant the function sees nothing, like the policy
    const anonymous = await withTenantClient(catalog.pool, null, (sql) =>
      sql.query(`select * from product_search_matches('kettle', false)`),
    );
    expect(anonymous.rows).toEqual([]);
  });

  it('answers matches from the GIN indexes, not by reading every product', async () => {
    const C = crypto.randomUUID();
    // fresh connections: the server's have cached foreign-key check plans from when the tables held a
    // handful of rows (sequential scans), which a 20,000-row placement would repeat 20,000 times
    await seedCatalog(catalog.db.servicePool('catalog'), C, { products: 20_000, variantsPerProduct: 1 });
    const admin = new pg.Client({ connectionString: catalog.db.adminUrl });
    await admin.connect();
    try {
      await admin.query('analyze catalog.product_search');
      // auto_explain hands the plan of the function's own statement to this session as a notice
      const plans: string[] = [];
      admin.on('notice', (notice) => plans.push(notice.message ?? ''));
      await admin.query(`load 'auto_explain'`);
      await admin.query(`set auto_explain.log_min_duration = 0`);
      await admin.query(`set auto_explain.log_nested_statements = on`);
      await admin.query(`set auto_explain.log_level = notice`);
      await admin.query(`select set_config('app.tenant_id', $1, false)`, [C]);
      await admin.query(`set pg_trgm.word_similarity_threshold = 0.4`);
      const matches = async (query: string) =>
        (await admin.query(`select * from catalog.product_search_matches($1, true)`, [query])).rows;
      const planOf = (marker: string) => plans.find((plan) => plan.includes(marker)) ?? plans.join('\n---\n');

      expect(await matches('Alpine Candle 0047')).toHaveLength(1);
      expect(planOf('s.search_vector @@ words')).toMatch(/Bitmap Index Scan on product_search_vector/);
      expect(planOf('typed <% s.search_text')).not.toContain('typed <%'); // words found: no typo pass

      // a typo: the trigram pass runs (whether its index or a scan is cheaper is the planner's call:
      // a typo of a common word may match thousands of titles; at 100,000 products it is the index,
      // see infra/bench/results/catalog-100k-plans.md)
      plans.length = 0;
      expect((await matches('Alpnie Candle 0047')).length).toBeGreaterThan(0);
      expect(planOf('typed <% s.search_text')).toContain('typed <% s.search_text');
    } finally {
      await admin.end();
    }
  });
});
