import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { type CatalogHarness, createProduct, reader, staff, startCatalog } from './harness.ts';

let catalog: CatalogHarness;
const A = crypto.randomUUID();
const B = crypto.randomUUID();
suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

interface Category {
  id: string;
  path: string;
  version: number;
}

const CREATE = `mutation ($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { id path version } errors { code field message } } }`;
const UPDATE = `mutation ($input: CategoryUpdateInput!) {
  categoryUpdate(input: $input) { category { id path version parent { id } } errors { code field message } } }`;

async function create(tenant: string, name: string, parent?: Category): Promise<Category> {
  const result = await catalog.call(CREATE, { input: { name, parentId: parent?.id ?? null } }, staff(tenant));
  const category = result.data?.categoryCreate.category;
  if (!category) throw new Error(`categoryCreate failed: ${JSON.stringify(result)}`);
  return category;
}

const update = (tenant: string, input: Record<string, unknown>) =>
  catalog.call(UPDATE, { input }, staff(tenant)).then((result) => result.data?.categoryUpdate);

const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

/** What is stored, read past RLS: path and parent of each of a tenant's categories. */
async function stored(tenant: string): Promise<Record<string, { path: string; parent: string | null }>> {
  const rows = await catalog.admin<{ id: string; path: string; parent: string | null; version: number }>(
    'select id, path, parent_id as parent from catalog.categories where tenant_id = $1',
    [tenant],
  );
  return Object.fromEntries(rows.map((row) => [row.id, { path: row.path, parent: row.parent }]));
}

/** A small tree per test: clothes > tops > tees (with a product in tees), and sale at the top. */
async function tree(tenant: string, stamp: string) {
  const clothes = await create(tenant, `Clothes ${stamp}`);
  const tops = await create(tenant, 'Tops', clothes);
  const tees = await create(tenant, 'Tees', tops);
  const sale = await create(tenant, `Sale ${stamp}`);
  return { clothes, tops, tees, sale };
}

describe('moving a category (categoryUpdate parentId)', () => {
  it('moves a category with its whole subtree under another parent, in one go', async () => {
    const { clothes, tops, tees, sale } = await tree(A, 'm1');
    const product = await createProduct(catalog, A, { handle: 'move-tee', title: 'Move tee', categoryIds: [tees.id] });
    const moved = await update(A, { id: tops.id, version: tops.version, parentId: sale.id });
    expect(moved).toEqual({
      category: { id: tops.id, path: 'sale-m1/tops', version: tops.version + 1, parent: { id: sale.id } },
      errors: [],
    });
    const rows = await stored(A);
    expect(rows[localId(tees.id)]).toEqual({ path: 'sale-m1/tops/tees', parent: localId(tops.id) });
    expect(rows[localId(clothes.id)]).toEqual({ path: 'clothes-m1', parent: null });
    // the subtree filter follows the new paths: the product is now under sale, no longer under clothes
    const inSubtree = await catalog.call(
      `query ($sale: ID!, $clothes: ID!) {
         sale: products(filter: { categoryId: $sale }) { edges { node { id } } }
         clothes: products(filter: { categoryId: $clothes }) { totalCount }
         categories { id children { id } } }`,
      { sale: sale.id, clothes: clothes.id },
      reader(A),
    );
    expect(inSubtree.data?.sale.edges).toEqual([{ node: { id: product.id } }]);
    expect(inSubtree.data?.clothes.totalCount).toBe(0);
    const children = new Map(
      inSubtree.data?.categories.map((c: { id: string; children: { id: string }[] }) => [c.id, c.children]),
    );
    expect(children.get(clothes.id)).toEqual([]);
    expect(children.get(sale.id)).toEqual([{ id: tops.id }]);
  });

  it('moves to the top level with null, and leaves the parent alone when parentId is omitted', async () => {
    const { tops, tees } = await tree(A, 'm2');
    const renamed = await update(A, { id: tops.id, version: tops.version, name: 'Tops and shirts' });
    expect(renamed?.category).toMatchObject({ path: 'clothes-m2/tops', parent: { id: expect.any(String) } });
    const toRoot = await update(A, {
      id: tops.id,
      version: renamed?.category.version,
      parentId: null,
      slug: 'tops-m2',
    });
    expect(toRoot).toEqual({
      category: { id: tops.id, path: 'tops-m2', version: tops.version + 2, parent: null },
      errors: [],
    });
    expect((await stored(A))[localId(tees.id)]).toEqual({ path: 'tops-m2/tees', parent: localId(tops.id) });
    const roots = await catalog.call(`{ categories(rootsOnly: true) { id } }`, {}, reader(A));
    expect(roots.data?.categories).toContainEqual({ id: tops.id });
  });

  it('refuses a move under the category itself or one of its descendants (CATEGORY_CYCLE), changing nothing', async () => {
    const { clothes, tops, tees } = await tree(A, 'm3');
    const before = await stored(A);
    for (const target of [clothes, tops, tees]) {
      const refused = await update(A, { id: clothes.id, version: clothes.version, parentId: target.id });
      expect(refused?.category).toBeNull();
      expect(refused?.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([
        ['CATEGORY_CYCLE', ['input', 'parentId']],
      ]);
    }
    expect(await stored(A)).toEqual(before);
  });

  it("refuses another tenant's parent and an unknown id as NOT_FOUND, a non-category or malformed id as BAD_USER_INPUT", async () => {
    const { tops } = await tree(A, 'm4');
    const theirs = await create(B, 'Theirs m4');
    const product = await createProduct(catalog, A, { handle: 'not-a-category-m4', title: 'Not a category' });
    const unknown = Buffer.from(`Category:${crypto.randomUUID()}`).toString('base64url');
    const before = await stored(A);
    for (const parentId of [theirs.id, unknown]) {
      const refused = await update(A, { id: tops.id, version: tops.version, parentId });
      expect(
        refused?.errors.map((e: { code: string; field: string[] }) => [e.code, e.field]),
        parentId,
      ).toEqual([['NOT_FOUND', ['input', 'parentId']]]);
    }
    for (const parentId of [product.id, 'not-an-id']) {
      const refused = await catalog.call(UPDATE, { input: { id: tops.id, version: tops.version, parentId } }, staff(A));
      expect(
        refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        parentId,
      ).toEqual([['BAD_USER_INPUT', ['input', 'parentId']]]);
    }
    expect(await stored(A)).toEqual(before);
    // and B cannot move A's category either (nor learn that it exists)
    const intoB = await update(B, { id: tops.id, version: tops.version, parentId: theirs.id });
    expect(intoB?.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses a move onto a taken path (a sibling with the same slug there) under parentId, and a stale version', async () => {
    const { tops, sale } = await tree(A, 'm5');
    const clash = await create(A, 'Tops', sale);
    expect(clash.path).toBe('sale-m5/tops');
    const before = await stored(A);
    const taken = await update(A, { id: tops.id, version: tops.version, parentId: sale.id });
    expect(taken?.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([
      ['DUPLICATE_NAME', ['input', 'parentId']],
    ]);
    expect(taken?.errors[0].message).toContain('under sale-m5');
    const stale = await update(A, { id: tops.id, version: tops.version + 1, parentId: null });
    expect(stale?.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    expect(await stored(A)).toEqual(before);
  });

  it('never makes a loop from two opposite moves at the same time: one wins, the other is CATEGORY_CYCLE', async () => {
    for (let round = 0; round < 5; round += 1) {
      const left = await create(A, `Left ${round}`);
      const right = await create(A, `Right ${round}`);
      const [one, two] = await Promise.all([
        update(A, { id: left.id, version: left.version, parentId: right.id }),
        update(A, { id: right.id, version: right.version, parentId: left.id }),
      ]);
      const codes = [one, two].map((payload) => payload?.errors.map((e: { code: string }) => e.code).join() || 'ok');
      expect(codes.sort()).toEqual(['CATEGORY_CYCLE', 'ok']);
      const rows = await stored(A);
      const parents = [rows[localId(left.id)]!.parent, rows[localId(right.id)]!.parent];
      expect(parents.filter((parent) => parent === null)).toHaveLength(1);
    }
  });
});
