import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { type CatalogHarness, createProduct, reader, staff, startCatalog, storefront } from './harness.ts';

let catalog: CatalogHarness;
const A = crypto.randomUUID();
const B = crypto.randomUUID();
suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

interface Collection {
  id: string;
  version: number;
}

const codes = (errors: { code: string; field: string[] | null }[]) => errors.map((error) => [error.code, error.field]);

async function createCollection(tenant: string, handle: string, title = handle): Promise<Collection> {
  const result = await catalog.call(
    `mutation ($input: CollectionCreateInput!) { collectionCreate(input: $input) { collection { id version } errors { code } } }`,
    { input: { handle, title } },
    staff(tenant),
  );
  const collection = result.data?.collectionCreate.collection;
  if (!collection) throw new Error(`collectionCreate failed: ${JSON.stringify(result)}`);
  return collection;
}

async function addProducts(tenant: string, collection: Collection, productIds: string[]) {
  const result = await catalog.call(
    `mutation ($input: CollectionProductsInput!) { collectionAddProducts(input: $input) { collection { version } errors { code } } }`,
    { input: { collectionId: collection.id, productIds } },
    staff(tenant),
  );
  expect(result.data?.collectionAddProducts.errors).toEqual([]);
  return result.data?.collectionAddProducts.collection.version as number;
}

const PRODUCTS = `query ($id: ID!, $first: Int, $after: String) {
  collection(id: $id) { products(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { handle } } } } }`;

async function page(tenant: string, id: string, first: number, after: string | null = null, auth = reader(tenant)) {
  const result = await catalog.call(PRODUCTS, { id, first, after }, auth);
  expect(result.errors).toBeUndefined();
  const products = result.data?.collection.products;
  return {
    totalCount: products.totalCount as number,
    handles: products.edges.map((edge: { node: { handle: string } }) => edge.node.handle) as string[],
    next: products.pageInfo.hasNextPage ? (products.pageInfo.endCursor as string) : null,
  };
}

const UPDATE = `mutation ($input: CollectionUpdateInput!) {
  collectionUpdate(input: $input) { collection { id handle title description version } errors { code field message } } }`;
const DELETE = `mutation ($input: CollectionDeleteInput!) {
  collectionDelete(input: $input) { deletedCollectionId errors { code field message } } }`;

describe('Collection.products', () => {
  it('pages through the products in the order they were added, with the total', async () => {
    const handles = ['p-one', 'p-two', 'p-three', 'p-four', 'p-five'];
    const products = [];
    for (const handle of handles)
      products.push(await createProduct(catalog, A, { handle, title: handle, status: 'ACTIVE' }));
    const collection = await createCollection(A, 'paged');
    // two additions: the second lands after the first, each in the order given
    await addProducts(A, collection, [products[2]!.id, products[0]!.id]);
    await addProducts(A, collection, [products[4]!.id, products[1]!.id, products[3]!.id]);

    const first = await page(A, collection.id, 2);
    expect(first).toMatchObject({ totalCount: 5, handles: ['p-three', 'p-one'] });
    const second = await page(A, collection.id, 2, first.next);
    expect(second).toMatchObject({ totalCount: 5, handles: ['p-five', 'p-two'] });
    const last = await page(A, collection.id, 2, second.next);
    expect(last).toEqual({ totalCount: 5, handles: ['p-four'], next: null });
    // past the end: no products, and still the total
    const past = await page(A, collection.id, 2, Buffer.from('cursor:10').toString('base64url'));
    expect(past).toEqual({ totalCount: 5, handles: [], next: null });
    // removed and added again: it goes to the end
    await catalog.call(
      `mutation ($input: CollectionProductsInput!) { collectionRemoveProducts(input: $input) { errors { code } } }`,
      { input: { collectionId: collection.id, productIds: [products[2]!.id] } },
      staff(A),
    );
    await addProducts(A, collection, [products[2]!.id]);
    expect((await page(A, collection.id, 10)).handles).toEqual(['p-one', 'p-five', 'p-two', 'p-four', 'p-three']);

    const empty = await createCollection(A, 'empty');
    expect(await page(A, empty.id, 10)).toEqual({ totalCount: 0, handles: [], next: null });
    const tooMany = await catalog.call(PRODUCTS, { id: collection.id, first: 101 }, reader(A));
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows storefront keys the ACTIVE products only, and counts only those', async () => {
    const live = await createProduct(catalog, A, { handle: 'sf-live', title: 'Live', status: 'ACTIVE' });
    const draft = await createProduct(catalog, A, { handle: 'sf-draft', title: 'Draft' });
    const collection = await createCollection(A, 'storefront-view');
    await addProducts(A, collection, [draft.id, live.id]);
    expect(await page(A, collection.id, 10)).toMatchObject({ totalCount: 2, handles: ['sf-draft', 'sf-live'] });
    expect(await page(A, collection.id, 10, null, storefront(A))).toMatchObject({
      totalCount: 1,
      handles: ['sf-live'],
    });
  });

  it('reads the products of several collections in one list', async () => {
    const product = await createProduct(catalog, A, { handle: 'in-two', title: 'In two', status: 'ACTIVE' });
    const north = await createCollection(A, 'north-list', 'North list');
    const south = await createCollection(A, 'south-list', 'South list');
    await addProducts(A, north, [product.id]);
    await addProducts(A, south, [product.id]);
    const result = await catalog.call(
      `{ collections(first: 100) { edges { node { handle products(first: 5) { totalCount edges { node { handle } } } } } } }`,
      {},
      reader(A),
    );
    const byHandle = new Map(
      result.data?.collections.edges.map(
        (edge: { node: { handle: string; products: unknown } }) => [edge.node.handle, edge.node.products] as const,
      ),
    );
    for (const handle of ['north-list', 'south-list']) {
      expect(byHandle.get(handle)).toEqual({ totalCount: 1, edges: [{ node: { handle: 'in-two' } }] });
    }
  });
});

describe('Product.collections', () => {
  it('lists the collections a product is in, by title, and drops a deleted one', async () => {
    const product = await createProduct(catalog, A, { handle: 'member', title: 'Member', status: 'ACTIVE' });
    const other = await createProduct(catalog, A, { handle: 'loner', title: 'Loner', status: 'ACTIVE' });
    const zebra = await createCollection(A, 'zebra', 'Zebra picks');
    const apple = await createCollection(A, 'apple', 'Apple picks');
    const zebraVersion = await addProducts(A, zebra, [product.id]);
    await addProducts(A, apple, [product.id]);
    const read = async () =>
      (
        await catalog.call(
          `query ($id: ID!, $other: ID!) {
             product(id: $id) { collections { title } } other: product(id: $other) { collections { title } } }`,
          { id: product.id, other: other.id },
          storefront(A),
        )
      ).data;
    expect(await read()).toEqual({
      product: { collections: [{ title: 'Apple picks' }, { title: 'Zebra picks' }] },
      other: { collections: [] },
    });
    const deleted = await catalog.call(DELETE, { input: { id: zebra.id, version: zebraVersion } }, staff(A));
    expect(deleted.data?.collectionDelete).toEqual({ deletedCollectionId: zebra.id, errors: [] });
    expect(await read()).toEqual({ product: { collections: [{ title: 'Apple picks' }] }, other: { collections: [] } });
  });
});

describe('collectionUpdate and collectionDelete', () => {
  it('changes the given fields with a version, refusing stale versions, taken handles and blank titles', async () => {
    const collection = await createCollection(A, 'spring', 'Spring');
    await createCollection(A, 'autumn', 'Autumn');
    const renamed = await catalog.call(
      UPDATE,
      {
        input: { id: collection.id, version: collection.version, title: 'Spring sale', description: 'Up to 30 % off' },
      },
      staff(A),
    );
    expect(renamed.data?.collectionUpdate).toEqual({
      collection: {
        id: collection.id,
        handle: 'spring',
        title: 'Spring sale',
        description: 'Up to 30 % off',
        version: collection.version + 1,
      },
      errors: [],
    });
    const version = collection.version + 1;
    const refusals: [Record<string, unknown>, [string, string[]][]][] = [
      [{ version: collection.version, title: 'Stale' }, [['CONFLICT', ['input', 'version']]]],
      [{ version, handle: 'autumn' }, [['DUPLICATE_HANDLE', ['input', 'handle']]]],
      [
        { version, title: ' ', handle: 'Not A Handle' },
        [
          ['INVALID_HANDLE', ['input', 'handle']],
          ['INVALID_INPUT', ['input', 'title']],
        ],
      ],
    ];
    for (const [input, expected] of refusals) {
      const refused = await catalog.call(UPDATE, { input: { id: collection.id, ...input } }, staff(A));
      expect(codes(refused.data?.collectionUpdate.errors), JSON.stringify(input)).toEqual(expected);
    }
    const moved = await catalog.call(
      UPDATE,
      { input: { id: collection.id, version, handle: 'spring-sale', description: '' } },
      staff(A),
    );
    expect(moved.data?.collectionUpdate.collection).toEqual({
      id: collection.id,
      handle: 'spring-sale',
      title: 'Spring sale',
      description: '',
      version: version + 1,
    });
  });

  it('deletes with a version: a stale one is CONFLICT; the products stay', async () => {
    const product = await createProduct(catalog, A, { handle: 'survivor', title: 'Survivor', status: 'ACTIVE' });
    const collection = await createCollection(A, 'doomed');
    const version = await addProducts(A, collection, [product.id]);
    const stale = await catalog.call(DELETE, { input: { id: collection.id, version: version - 1 } }, staff(A));
    expect(codes(stale.data?.collectionDelete.errors)).toEqual([['CONFLICT', ['input', 'version']]]);
    const deleted = await catalog.call(DELETE, { input: { id: collection.id, version } }, staff(A));
    expect(deleted.data?.collectionDelete).toEqual({ deletedCollectionId: collection.id, errors: [] });
    const after = await catalog.call(
      `query ($c: ID!, $p: ID!) { collection(id: $c) { id } product(id: $p) { handle collections { id } } }`,
      { c: collection.id, p: product.id },
      reader(A),
    );
    expect(after.data).toEqual({ collection: null, product: { handle: 'survivor', collections: [] } });
    const again = await catalog.call(DELETE, { input: { id: collection.id, version } }, staff(A));
    expect(codes(again.data?.collectionDelete.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
  });

  it('needs catalog:write', async () => {
    const collection = await createCollection(A, 'guarded');
    for (const [query, input] of [
      [UPDATE, { id: collection.id, version: collection.version, title: 'x' }],
      [DELETE, { id: collection.id, version: collection.version }],
    ] as const) {
      for (const auth of [reader(A), storefront(A)]) {
        const refused = await catalog.call(query, { input }, auth);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('tenant isolation of collections', () => {
  it("never shows or changes another tenant's collection or its products", async () => {
    const theirProduct = await createProduct(catalog, B, { handle: 'b-member', title: 'B member', status: 'ACTIVE' });
    const theirs = await createCollection(B, 'b-collection');
    const version = await addProducts(B, theirs, [theirProduct.id]);
    const ours = await createProduct(catalog, A, { handle: 'a-member', title: 'A member', status: 'ACTIVE' });
    // A's own collection with the same handle is fine: handles are per tenant
    await createCollection(A, 'b-collection');

    const read = await catalog.call(
      `query ($c: ID!, $p: ID!, $ours: ID!) {
         collection(id: $c) { id products { totalCount } }
         product(id: $p) { id }
         ours: product(id: $ours) { collections { handle } }
         collections(first: 100) { edges { node { id products(first: 100) { edges { node { handle } } } } } } }`,
      { c: theirs.id, p: theirProduct.id, ours: ours.id },
      reader(A),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.collection).toBeNull();
    expect(read.data?.product).toBeNull();
    expect(read.data?.ours).toEqual({ collections: [] });
    const seen = JSON.stringify(read.data?.collections);
    expect(seen).not.toContain(theirs.id);
    expect(seen).not.toContain('b-member');

    const update = await catalog.call(UPDATE, { input: { id: theirs.id, version, title: 'hijack' } }, staff(A));
    expect(codes(update.data?.collectionUpdate.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);
    const remove = await catalog.call(DELETE, { input: { id: theirs.id, version } }, staff(A));
    expect(codes(remove.data?.collectionDelete.errors)).toEqual([['NOT_FOUND', ['input', 'id']]]);

    expect(await page(B, theirs.id, 10)).toEqual({ totalCount: 1, handles: ['b-member'], next: null });
    const still = await catalog.call(
      `query ($c: ID!) { collection(id: $c) { title version } }`,
      { c: theirs.id },
      reader(B),
    );
    expect(still.data?.collection).toEqual({ title: 'b-collection', version });
  });
});
