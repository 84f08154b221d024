import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import {
  type CatalogHarness,
  createPriceList,
  createProduct,
  PRODUCT_CREATE,
  reader,
  staff,
  startCatalog,
  storefront,
} from './harness.ts';

let catalog: CatalogHarness;
const A = crypto.randomUUID();
const B = crypto.randomUUID();
suiteFixture(async (own) => {
  catalog = own(await startCatalog());
});

const codes = (errors: { code: string; field: string[] | null }[]) => errors.map((error) => [error.code, error.field]);

describe('products and variants', () => {
  it('creates a product with variants, options, media and categories, and writes its events to the outbox', async () => {
    const category = await catalog.call(
      `mutation { categoryCreate(input: { name: "Apparel" }) { category { id path } errors { code } } }`,
      {},
      staff(A),
    );
    const categoryId = category.data?.categoryCreate.category.id;
    const child = await catalog.call(
      `mutation ($p: ID!) { categoryCreate(input: { name: "T-Shirts", parentId: $p }) { category { id path parent { path } } } }`,
      { p: categoryId },
      staff(A),
    );
    expect(child.data?.categoryCreate.category).toMatchObject({
      path: 'apparel/t-shirts',
      parent: { path: 'apparel' },
    });
    const product = await createProduct(catalog, A, {
      handle: 'basic-tee',
      title: 'Basic Tee',
      description: 'Soft cotton',
      status: 'ACTIVE',
      attributes: [{ name: 'material', value: 'cotton' }],
      options: [{ name: 'Size', values: ['S', 'M'] }],
      media: [{ url: 'https://img.example.com/tee.jpg', alt: 'Tee', width: 800, height: 600 }],
      categoryIds: [child.data?.categoryCreate.category.id],
      variants: [
        { sku: 'TEE-S', optionValues: [{ name: 'Size', value: 'S' }], weightGrams: 180, barcode: '4006381333931' },
        { sku: 'TEE-M', optionValues: [{ name: 'Size', value: 'M' }], weightGrams: 190 },
      ],
    });
    expect(product.variants.map((variant) => variant.sku)).toEqual(['TEE-S', 'TEE-M']);
    const read = await catalog.call(
      `query ($id: ID!) { product(id: $id) { handle attributes { name value } options { name values }
         media { url alt width height position } categories { path }
         variants { sku weightGrams barcode optionValues { name value } product { handle } } } }`,
      { id: product.id },
      reader(A),
    );
    expect(read.data?.product).toEqual({
      handle: 'basic-tee',
      attributes: [{ name: 'material', value: 'cotton' }],
      options: [{ name: 'Size', values: ['S', 'M'] }],
      media: [{ url: 'https://img.example.com/tee.jpg', alt: 'Tee', width: 800, height: 600, position: 0 }],
      categories: [{ path: 'apparel/t-shirts' }],
      variants: [
        {
          sku: 'TEE-S',
          weightGrams: 180,
          barcode: '4006381333931',
          optionValues: [{ name: 'Size', value: 'S' }],
          product: { handle: 'basic-tee' },
        },
        {
          sku: 'TEE-M',
          weightGrams: 190,
          barcode: null,
          optionValues: [{ name: 'Size', value: 'M' }],
          product: { handle: 'basic-tee' },
        },
      ],
    });
    const events = await catalog.admin(
      `select type, payload from catalog.outbox where tenant_id = $1 and aggregate_id = any($2) order by id`,
      [A, [Buffer.from(product.id, 'base64url').toString().split(':')[1]]],
    );
    expect(events.map((event) => event.type)).toEqual(['catalog.product.created']);
    const byHandle = await catalog.call(
      `{ productByHandle(handle: "basic-tee") { id } variantBySku(sku: "TEE-M") { sku } }`,
      {},
      reader(A),
    );
    expect(byHandle.data).toEqual({ productByHandle: { id: product.id }, variantBySku: { sku: 'TEE-M' } });
  });

  it('refuses duplicate handles and SKUs (in the input and in the database) with field paths, writing nothing', async () => {
    await createProduct(catalog, A, { handle: 'taken', title: 'Taken', variants: [{ sku: 'TAKEN-1' }] });
    const handle = await catalog.call(
      PRODUCT_CREATE,
      { input: { handle: 'taken', title: 'Again', variants: [{ sku: 'FRESH-1' }] } },
      staff(A),
    );
    expect(codes(handle.data?.productCreate.errors)).toEqual([['DUPLICATE_HANDLE', ['input', 'handle']]]);
    const sku = await catalog.call(
      PRODUCT_CREATE,
      { input: { handle: 'fresh', title: 'Fresh', variants: [{ sku: 'FRESH-2' }, { sku: 'TAKEN-1' }] } },
      staff(A),
    );
    expect(codes(sku.data?.productCreate.errors)).toEqual([['DUPLICATE_SKU', ['input', 'variants', '1', 'sku']]]);
    const twice = await catalog.call(
      PRODUCT_CREATE,
      { input: { handle: 'fresh', title: 'Fresh', variants: [{ sku: 'SAME' }, { sku: 'SAME' }] } },
      staff(A),
    );
    expect(codes(twice.data?.productCreate.errors)).toEqual([['DUPLICATE_SKU', ['input', 'variants', '1', 'sku']]]);
    const bad = await catalog.call(
      PRODUCT_CREATE,
      { input: { handle: 'Bad Handle', title: ' ', variants: [{ sku: '' }] } },
      staff(A),
    );
    expect(codes(bad.data?.productCreate.errors)).toEqual([
      ['INVALID_HANDLE', ['input', 'handle']],
      ['INVALID_INPUT', ['input', 'title']],
      ['INVALID_INPUT', ['input', 'variants', '0', 'sku']],
    ]);
    const rows = await catalog.admin(`select handle from catalog.products where tenant_id = $1 and handle = 'fresh'`, [
      A,
    ]);
    const variants = await catalog.admin(
      `select sku from catalog.variants where tenant_id = $1 and sku like 'FRESH%'`,
      [A],
    );
    expect([rows, variants]).toEqual([[], []]);
    // the same handle and SKU are free in another tenant
    await createProduct(catalog, B, { handle: 'taken', title: 'Taken in B', variants: [{ sku: 'TAKEN-1' }] });
  });

  it('updates with a version: a stale version is CONFLICT; variants follow the same rules', async () => {
    const product = await createProduct(catalog, A, { handle: 'versioned', title: 'V1', variants: [{ sku: 'VER-1' }] });
    const update = `mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { title version } errors { code field } } }`;
    const first = await catalog.call(
      update,
      { input: { id: product.id, version: product.version, title: 'V2' } },
      staff(A),
    );
    expect(first.data?.productUpdate).toEqual({ product: { title: 'V2', version: 2 }, errors: [] });
    const stale = await catalog.call(update, { input: { id: product.id, version: 1, title: 'V3' } }, staff(A));
    expect(codes(stale.data?.productUpdate.errors)).toEqual([['CONFLICT', ['input', 'version']]]);
    const clash = await catalog.call(update, { input: { id: product.id, version: 2, handle: 'taken' } }, staff(A));
    expect(codes(clash.data?.productUpdate.errors)).toEqual([['DUPLICATE_HANDLE', ['input', 'handle']]]);

    const variantCreate = `mutation ($input: VariantCreateInput!) { variantCreate(input: $input) { variant { id sku version position } errors { code field } } }`;
    const added = await catalog.call(variantCreate, { input: { productId: product.id, sku: 'VER-2' } }, staff(A));
    expect(added.data?.variantCreate.variant).toMatchObject({ sku: 'VER-2', position: 1 });
    const dup = await catalog.call(variantCreate, { input: { productId: product.id, sku: 'TAKEN-1' } }, staff(A));
    expect(codes(dup.data?.variantCreate.errors)).toEqual([['DUPLICATE_SKU', ['input', 'sku']]]);
    const variantUpdate = `mutation ($input: VariantUpdateInput!) { variantUpdate(input: $input) { variant { sku weightGrams version } errors { code field } } }`;
    const variantId = added.data?.variantCreate.variant.id;
    const changed = await catalog.call(
      variantUpdate,
      { input: { id: variantId, version: 1, weightGrams: 250 } },
      staff(A),
    );
    expect(changed.data?.variantUpdate.variant).toEqual({ sku: 'VER-2', weightGrams: 250, version: 2 });
    const staleVariant = await catalog.call(
      variantUpdate,
      { input: { id: variantId, version: 1, weightGrams: 1 } },
      staff(A),
    );
    expect(codes(staleVariant.data?.variantUpdate.errors)).toEqual([['CONFLICT', ['input', 'version']]]);
    const removed = await catalog.call(
      `mutation ($input: VariantDeleteInput!) { variantDelete(input: $input) { deletedVariantId errors { code } } }`,
      { input: { id: variantId, version: 2 } },
      staff(A),
    );
    expect(removed.data?.variantDelete).toEqual({ deletedVariantId: variantId, errors: [] });
  });

  it('keeps a tax class per variant: standard by default, an unknown class is INVALID_INPUT', async () => {
    const product = await createProduct(catalog, A, { handle: 'taxed', title: 'Taxed', variants: [{ sku: 'TAX-1' }] });
    const variantCreate = `mutation ($input: VariantCreateInput!) { variantCreate(input: $input) { variant { id taxClass version } errors { code field } } }`;
    const reduced = await catalog.call(
      variantCreate,
      { input: { productId: product.id, sku: 'TAX-2', taxClass: 'reduced' } },
      staff(A),
    );
    expect(reduced.data?.variantCreate.variant).toMatchObject({ taxClass: 'reduced' });
    const unknown = await catalog.call(
      variantCreate,
      { input: { productId: product.id, sku: 'TAX-3', taxClass: 'luxury' } },
      staff(A),
    );
    expect(codes(unknown.data?.variantCreate.errors)).toEqual([['INVALID_INPUT', ['input', 'taxClass']]]);
    const variantUpdate = `mutation ($input: VariantUpdateInput!) { variantUpdate(input: $input) { variant { taxClass } errors { code field } } }`;
    const { id, version } = reduced.data?.variantCreate.variant ?? {};
    const zero = await catalog.call(variantUpdate, { input: { id, version, taxClass: 'zero' } }, staff(A));
    expect(zero.data?.variantUpdate).toEqual({ variant: { taxClass: 'zero' }, errors: [] });
    const bad = await catalog.call(variantUpdate, { input: { id, version: version + 1, taxClass: 'nope' } }, staff(A));
    expect(codes(bad.data?.variantUpdate.errors)).toEqual([['INVALID_INPUT', ['input', 'taxClass']]]);
    const listed = await catalog.call(
      `query ($id: ID!) { product(id: $id) { variants { sku taxClass } } }`,
      { id: product.id },
      staff(A),
    );
    expect(listed.data?.product.variants).toEqual([
      { sku: 'TAX-1', taxClass: 'standard' },
      { sku: 'TAX-2', taxClass: 'zero' },
    ]);
  });

  it('archives, and deletes with a version', async () => {
    const product = await createProduct(catalog, A, { handle: 'short-lived', title: 'Short', status: 'ACTIVE' });
    const archived = await catalog.call(
      `mutation ($input: ProductStatusSetInput!) { productStatusSet(input: $input) { product { status version } errors { code } } }`,
      { input: { id: product.id, status: 'ARCHIVED', version: 1 } },
      staff(A),
    );
    expect(archived.data?.productStatusSet.product).toEqual({ status: 'ARCHIVED', version: 2 });
    const deleted = await catalog.call(
      `mutation ($input: ProductDeleteInput!) { productDelete(input: $input) { deletedProductId errors { code } } }`,
      { input: { id: product.id, version: 2 } },
      staff(A),
    );
    expect(deleted.data?.productDelete.errors).toEqual([]);
    const events = await catalog.admin(
      `select type from catalog.outbox where tenant_id = $1 and aggregate_id = $2 order by id`,
      [A, Buffer.from(product.id, 'base64url').toString().split(':')[1]],
    );
    expect(events.map((event) => event.type)).toEqual([
      'catalog.product.created',
      'catalog.product.archived',
      'catalog.product.deleted',
    ]);
  });

  it('manages collections: add is all-or-nothing, and products filter by collection', async () => {
    const one = await createProduct(catalog, A, { handle: 'col-one', title: 'One', status: 'ACTIVE' });
    const foreign = await createProduct(catalog, B, { handle: 'col-foreign', title: 'Foreign', status: 'ACTIVE' });
    const created = await catalog.call(
      `mutation { collectionCreate(input: { handle: "summer", title: "Summer" }) { collection { id } errors { code } } }`,
      {},
      staff(A),
    );
    const collectionId = created.data?.collectionCreate.collection.id;
    const add = `mutation ($input: CollectionProductsInput!) { collectionAddProducts(input: $input) { collection { version } errors { code field } } }`;
    const mixed = await catalog.call(add, { input: { collectionId, productIds: [one.id, foreign.id] } }, staff(A));
    expect(codes(mixed.data?.collectionAddProducts.errors)).toEqual([['NOT_FOUND', ['input', 'productIds', '1']]]);
    const added = await catalog.call(add, { input: { collectionId, productIds: [one.id] } }, staff(A));
    expect(added.data?.collectionAddProducts.errors).toEqual([]);
    const listed = await catalog.call(
      `query ($c: ID!) { products(filter: { collectionId: $c }) { totalCount edges { node { handle } } } }`,
      { c: collectionId },
      storefront(A),
    );
    expect(listed.data?.products).toEqual({ totalCount: 1, edges: [{ node: { handle: 'col-one' } }] });
  });
});

describe('permissions', () => {
  it('storefront keys see only ACTIVE products, and writes need catalog:write', async () => {
    const draft = await createProduct(catalog, A, {
      handle: 'secret-draft',
      title: 'Draft',
      variants: [{ sku: 'DRAFT-1' }],
    });
    const asStorefront = await catalog.call(
      `query ($id: ID!) { product(id: $id) { id } productByHandle(handle: "secret-draft") { id } variantBySku(sku: "DRAFT-1") { id }
         products(first: 100) { edges { node { status } } } }`,
      { id: draft.id },
      storefront(A),
    );
    expect(asStorefront.data?.product).toBeNull();
    expect(asStorefront.data?.productByHandle).toBeNull();
    expect(asStorefront.data?.variantBySku).toBeNull();
    const statuses = new Set(
      asStorefront.data?.products.edges.map((edge: { node: { status: string } }) => edge.node.status),
    );
    expect([...statuses]).toEqual(['ACTIVE']);
    const asStaff = await catalog.call(`query ($id: ID!) { product(id: $id) { status } }`, { id: draft.id }, reader(A));
    expect(asStaff.data?.product).toEqual({ status: 'DRAFT' });

    for (const auth of [storefront(A), reader(A)]) {
      const write = await catalog.call(PRODUCT_CREATE, { input: { handle: 'nope', title: 'Nope' } }, auth);
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await catalog.call(`{ products { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('storefront keys see public price lists only', async () => {
    await createPriceList(catalog, A, { name: 'Public EUR', currency: 'EUR' });
    await createPriceList(catalog, A, { name: 'VIP EUR', currency: 'EUR', customerGroup: 'vip' });
    const lists = async (auth: object) =>
      (await catalog.call(`{ priceLists { name customerGroup } }`, {}, auth)).data?.priceLists.map(
        (list: { name: string }) => list.name,
      );
    expect(await lists(storefront(A))).toEqual(['Public EUR']);
    expect((await lists(reader(A))).sort()).toEqual(['Public EUR', 'VIP EUR']);
  });
});

describe('tenant isolation', () => {
  it("tenant B's ids, handles and SKUs find nothing with tenant A's token, through every query and mutation", async () => {
    const theirs = await createProduct(catalog, B, {
      handle: 'b-only',
      title: 'B only',
      status: 'ACTIVE',
      variants: [{ sku: 'B-ONLY-1' }],
    });
    const theirList = await createPriceList(catalog, B, { name: 'B list', currency: 'EUR' });
    const theirCategory = (
      await catalog.call(
        `mutation { categoryCreate(input: { name: "B Cat" }) { category { id version } } }`,
        {},
        staff(B),
      )
    ).data?.categoryCreate.category;
    const theirCollection = (
      await catalog.call(
        `mutation { collectionCreate(input: { handle: "b-col", title: "B" }) { collection { id } } }`,
        {},
        staff(B),
      )
    ).data?.collectionCreate.collection;
    const variantId = theirs.variants[0]!.id;

    const reads = await catalog.call(
      `query ($p: ID!, $v: ID!, $c: ID!, $col: ID!) {
         product(id: $p) { id } variant(id: $v) { id } productByHandle(handle: "b-only") { id }
         variantBySku(sku: "B-ONLY-1") { id } collection(id: $col) { id }
         byCategory: products(filter: { categoryId: $c }) { totalCount }
         byCollection: products(filter: { collectionId: $col }) { totalCount }
         search: productSearch(query: "B only") { totalCount }
         categories { name } priceLists { name } collections { totalCount }
         _entities(representations: [{ __typename: "Product", id: $p }, { __typename: "ProductVariant", id: $v }]) {
           ... on Product { id } ... on ProductVariant { id } } }`,
      { p: theirs.id, v: variantId, c: theirCategory.id, col: theirCollection.id },
      staff(A),
    );
    expect(reads.errors).toBeUndefined();
    const data = reads.data!;
    expect([data.product, data.variant, data.productByHandle, data.variantBySku, data.collection]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([data.byCategory.totalCount, data.byCollection.totalCount, data.search.totalCount]).toEqual([0, 0, 0]);
    expect(data.categories.map((c: { name: string }) => c.name)).not.toContain('B Cat');
    expect(data.priceLists.map((l: { name: string }) => l.name)).not.toContain('B list');
    expect(data._entities).toEqual([null, null]);

    const mutations: [string, Record<string, unknown>][] = [
      ['productUpdate(input: { id: $p, version: 1, title: "x" })', {}],
      ['productStatusSet(input: { id: $p, version: 1, status: ARCHIVED })', {}],
      ['productDelete(input: { id: $p, version: 1 })', {}],
      ['variantCreate(input: { productId: $p, sku: "A-INTO-B" })', {}],
      ['variantUpdate(input: { id: $v, version: 1, weightGrams: 1 })', {}],
      ['variantDelete(input: { id: $v, version: 1 })', {}],
      ['priceSet(input: { variantId: $v, priceListId: $l, currency: "EUR", amount: 1 })', {}],
      ['priceDelete(input: { variantId: $v, priceListId: $l })', {}],
      ['priceListUpdate(input: { id: $l, version: 1, name: "hijack" })', {}],
      ['categoryUpdate(input: { id: $c, version: 1, name: "hijack" })', {}],
      ['categoryDelete(input: { id: $c })', {}],
      ['collectionAddProducts(input: { collectionId: $col, productIds: [$p] })', {}],
      ['collectionRemoveProducts(input: { collectionId: $col, productIds: [$p] })', {}],
      ['categoryUpdate(input: { id: $c, version: 1, parentId: null })', {}],
      ['collectionUpdate(input: { id: $col, version: 1, title: "hijack" })', {}],
      ['collectionDelete(input: { id: $col, version: 1 })', {}],
    ];
    const ids: Record<string, string> = {
      p: theirs.id,
      v: variantId,
      l: theirList.id,
      c: theirCategory.id,
      col: theirCollection.id,
    };
    for (const [call] of mutations) {
      const used = Object.keys(ids).filter((name) => new RegExp(`\\$${name}\\b`).test(call));
      const declared = used.map((name) => `$${name}: ID!`).join(', ');
      const result = await catalog.call(
        `mutation (${declared}) { result: ${call} { errors { code } } }`,
        Object.fromEntries(used.map((name) => [name, ids[name]])),
        staff(A),
      );
      expect(
        result.data?.result.errors.map((e: { code: string }) => e.code),
        call,
      ).toEqual(['NOT_FOUND']);
    }
    // and B's rows are untouched
    const still = await catalog.call(
      `query ($p: ID!) { product(id: $p) { title version status variants { sku } } }`,
      { p: theirs.id },
      staff(B),
    );
    expect(still.data?.product).toEqual({
      title: 'B only',
      version: 1,
      status: 'ACTIVE',
      variants: [{ sku: 'B-ONLY-1' }],
    });
    const theirTree = await catalog.call(
      `query ($col: ID!) { collection(id: $col) { title version } categories { name version parent { id } } }`,
      { col: theirCollection.id },
      staff(B),
    );
    expect(theirTree.data?.collection).toEqual({ title: 'B', version: 1 });
    expect(theirTree.data?.categories).toContainEqual({ name: 'B Cat', version: 1, parent: null });
  });
});
