import { createEnvelope, InProcessEventBus } from '@ucos/kit';
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
  storefront,
  valueCounts,
} from './harness.ts';

let catalog: CatalogHarness;
const T = crypto.randomUUID();
const ids: Record<string, { id: string; variants: { id: string }[] }> = {};
const categories: Record<'apparel' | 'shirts' | 'mugs' | 'otherTenants', string> = {
  apparel: '',
  shirts: '',
  mugs: '',
  otherTenants: '',
};

const SEARCH = /* GraphQL */ `
  query ($query: String, $filter: ProductSearchFilter, $sort: ProductSearchSort, $first: Int, $after: String) {
    productSearch(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { handle } }
      facets {
        categories { name path count }
        attributes { name values { value count } }
        inStock { count }
        priceRange { min { amount } max { amount } }
      }
    }
  }`;

async function search(variables: Record<string, unknown>, auth = reader(T)) {
  const result = await catalog.call(SEARCH, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.productSearch;
}
const handles = (result: { edges: { node: { handle: string } }[] }) => result.edges.map((edge) => edge.node.handle);

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  const category = async (name: string, parentId?: string, tenant = T) =>
    (
      await catalog.call(
        `mutation ($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id } } }`,
        { input: { name, parentId } },
        staff(tenant),
      )
    ).data?.categoryCreate.category.id as string;
  const apparel = await category('Apparel');
  const shirts = await category('Shirts', apparel);
  const mugs = await category('Mugs');
  Object.assign(categories, {
    apparel,
    shirts,
    mugs,
    otherTenants: await category('Mugs', undefined, crypto.randomUUID()),
  });
  const list = await createPriceList(catalog, T, { name: 'EUR', currency: 'EUR' });
  const products: [string, string, string, string, string, number][] = [
    ['red-tee', 'Red T-Shirt', 'A bright cotton tee', shirts, 'red', 1500],
    ['blue-tee', 'Blue T-Shirt', 'A calm cotton tee', shirts, 'blue', 2500],
    ['linen-shirt', 'Linen Shirt', 'Breathable, for summer', shirts, 'blue', 4500],
    ['coffee-mug', 'Coffee Mug', 'Holds a t-shirt worth of coffee', mugs, 'white', 900],
  ];
  for (const [handle, title, description, categoryId, color, amount] of products) {
    ids[handle] = await createProduct(catalog, T, {
      handle,
      title,
      description,
      status: 'ACTIVE',
      categoryIds: [categoryId],
      attributes: [{ name: 'color', value: color }],
      variants: [{ sku: `${handle}-1` }],
    });
    await setPrice(catalog, T, {
      variantId: ids[handle]!.variants[0]!.id,
      priceListId: list.id,
      currency: 'EUR',
      amount,
    });
  }
  ids['draft-tee'] = await createProduct(catalog, T, { handle: 'draft-tee', title: 'Draft T-Shirt', status: 'DRAFT' });
});

describe('product search', () => {
  it("is typo tolerant: 'tshrt' finds the T-Shirts", async () => {
    const result = await search({ query: 'tshrt' });
    expect(handles(result).sort()).toEqual(['blue-tee', 'draft-tee', 'red-tee']);
    expect(handles(await search({ query: 'tshrt' }, storefront(T))).sort()).toEqual(['blue-tee', 'red-tee']);
  });

  it('ranks title matches above description matches', async () => {
    const result = await search({ query: 't-shirt' }, storefront(T));
    expect(handles(result).at(-1)).toBe('coffee-mug');
    expect(handles(result).slice(0, 2).sort()).toEqual(['blue-tee', 'red-tee']);
  });

  it('filters by category subtree, attributes and price, and counts facets over all matches', async () => {
    const apparel = await search({ filter: { currency: 'EUR' } }, storefront(T));
    expect(apparel.totalCount).toBe(4);
    expect(apparel.facets.categories).toEqual([
      { name: 'Shirts', path: 'apparel/shirts', count: 3 },
      { name: 'Mugs', path: 'mugs', count: 1 },
    ]);
    expect(apparel.facets.attributes).toEqual([
      {
        name: 'color',
        values: valueCounts(['blue', 2], ['red', 1], ['white', 1]),
      },
    ]);
    expect(apparel.facets.priceRange).toEqual({ min: { amount: 900 }, max: { amount: 4500 } });
    const blue = await search({ filter: { attributes: [{ name: 'color', values: ['blue'] }] } }, storefront(T));
    expect(handles(blue).sort()).toEqual(['blue-tee', 'linen-shirt']);
    const cheap = await search(
      { filter: { currency: 'EUR', priceMin: 1000, priceMax: 3000 }, sort: 'PRICE_DESC' },
      storefront(T),
    );
    expect(handles(cheap)).toEqual(['blue-tee', 'red-tee']);
    const sorted = await search({ filter: { currency: 'EUR' }, sort: 'PRICE_ASC', first: 2 }, storefront(T));
    expect(handles(sorted)).toEqual(['coffee-mug', 'red-tee']);
    expect(sorted.pageInfo.hasNextPage).toBe(true);
    const next = await search(
      { filter: { currency: 'EUR' }, sort: 'PRICE_ASC', first: 2, after: sorted.pageInfo.endCursor },
      storefront(T),
    );
    expect(handles(next)).toEqual(['blue-tee', 'linen-shirt']);
    const byTitle = await search({ sort: 'TITLE' }, storefront(T));
    expect(handles(byTitle)).toEqual(['blue-tee', 'coffee-mug', 'linen-shirt', 'red-tee']);
  });

  it('takes several categories, any of them (OR within the facet), next to the single categoryId', async () => {
    const { apparel, shirts, mugs } = categories;
    const both = await search({ filter: { categoryIds: [shirts, mugs] } }, storefront(T));
    expect(handles(both).sort()).toEqual(['blue-tee', 'coffee-mug', 'linen-shirt', 'red-tee']);
    // a parent stands for its subtree, as categoryId does
    const subtree = await search({ filter: { categoryIds: [apparel] } }, storefront(T));
    expect(handles(subtree).sort()).toEqual(['blue-tee', 'linen-shirt', 'red-tee']);
    const one = await search({ filter: { categoryIds: [mugs] } }, storefront(T));
    expect(handles(one)).toEqual(['coffee-mug']);
    // the single categoryId still works, alone and together with the list (any of all of them)
    expect(handles(await search({ filter: { categoryId: mugs } }, storefront(T)))).toEqual(['coffee-mug']);
    const together = await search({ filter: { categoryId: mugs, categoryIds: [shirts] } }, storefront(T));
    expect(together.totalCount).toBe(4);
    // AND across facets: blue within shirts or mugs
    const blue = await search(
      { filter: { categoryIds: [shirts, mugs], attributes: [{ name: 'color', values: ['blue'] }] } },
      storefront(T),
    );
    expect(handles(blue).sort()).toEqual(['blue-tee', 'linen-shirt']);
    // with a text query (the search mirror's path) too
    expect(handles(await search({ query: 'coffee', filter: { categoryIds: [shirts, mugs] } })).sort()).toEqual([
      'coffee-mug',
    ]);
    // an empty list filters nothing
    expect((await search({ filter: { categoryIds: [] } }, storefront(T))).totalCount).toBe(4);
  });

  it('counts the category facet as if no category were chosen, and every other facet within the chosen ones', async () => {
    const { shirts, mugs } = categories;
    const shirtsOnly = await search({ filter: { categoryIds: [shirts], currency: 'EUR' } }, storefront(T));
    expect(shirtsOnly.totalCount).toBe(3);
    // Mugs stays in the facet with what choosing it too would add: a shopper can tick a second category
    expect(shirtsOnly.facets.categories).toEqual([
      { name: 'Shirts', path: 'apparel/shirts', count: 3 },
      { name: 'Mugs', path: 'mugs', count: 1 },
    ]);
    expect(shirtsOnly.facets.attributes).toEqual([
      {
        name: 'color',
        values: valueCounts(['blue', 2], ['red', 1]),
      },
    ]);
    expect(shirtsOnly.facets.priceRange).toEqual({ min: { amount: 1500 }, max: { amount: 4500 } });
    // the other filters still narrow the category facet, on both paths (a text query reads the search mirror)
    const blue = await search(
      { filter: { categoryIds: [mugs], attributes: [{ name: 'color', values: ['blue'] }] } },
      storefront(T),
    );
    expect(blue.totalCount).toBe(0);
    expect(blue.facets.categories).toEqual([{ name: 'Shirts', path: 'apparel/shirts', count: 2 }]);
    const typed = await search({ query: 'coffee', filter: { categoryIds: [shirts] } }, storefront(T));
    expect(typed.totalCount).toBe(0);
    expect(typed.facets.categories).toEqual([{ name: 'Mugs', path: 'mugs', count: 1 }]);
    // and the page is the chosen categories' (no shortcut through the newest products)
    const newest = await search({ filter: { categoryIds: [mugs] }, sort: 'NEWEST' }, storefront(T));
    expect(handles(newest)).toEqual(['coffee-mug']);
    // without the category facet the filter drops the other products at once: the same rows and total
    for (const query of [null, 't-shirt']) {
      const plain = await catalog.call(
        `query ($query: String, $filter: ProductSearchFilter) { productSearch(query: $query, filter: $filter, sort: NEWEST) {
          totalCount edges { node { handle } } facets { attributes { name } } } }`,
        { query, filter: { categoryIds: [shirts] } },
        storefront(T),
      );
      const faceted = await search({ query, filter: { categoryIds: [shirts] }, sort: 'NEWEST' }, storefront(T));
      expect(plain.data?.productSearch.totalCount).toBe(faceted.totalCount);
      expect(handles(plain.data?.productSearch)).toEqual(handles(faceted));
    }
  });

  it("finds nothing through another tenant's category; refuses an id that is not a category's, and more than 50", async () => {
    const foreign = await search({ filter: { categoryIds: [categories.otherTenants] } }, storefront(T));
    expect(foreign.totalCount).toBe(0);
    const refused = await catalog.call(SEARCH, { filter: { categoryIds: [categories.mugs, 'not-an-id'] } }, reader(T));
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('categoryIds');
    const tooMany = await catalog.call(
      SEARCH,
      { filter: { categoryIds: Array.from({ length: 51 }, () => categories.mugs) } },
      reader(T),
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters in stock from the availability read model fed by inventory.stock.changed', async () => {
    const bus = new InProcessEventBus();
    const subscription = await subscribeAvailability(bus, tenantDatabase(catalog.pool, null, null));
    try {
      expect((await search({ filter: { inStock: true } }, storefront(T))).totalCount).toBe(0);
      const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
      const stockChanged = (handle: string, available: number) =>
        createEnvelope({
          type: 'inventory.stock.changed',
          tenantId: T,
          aggregateType: 'stock_level',
          aggregateId: local(ids[handle]!.variants[0]!.id),
          payload: { variantId: local(ids[handle]!.variants[0]!.id), available, onHand: available },
        });
      const event = stockChanged('red-tee', 5);
      await bus.publish(event);
      await bus.publish(stockChanged('linen-shirt', 0));
      await expect.poll(async () => (await search({ filter: { inStock: true } }, storefront(T))).totalCount).toBe(1);
      const inStock = await search({ query: 'shirt', filter: { inStock: true } }, storefront(T));
      expect(handles(inStock)).toEqual(['red-tee']);
      expect((await search({}, storefront(T))).facets.inStock).toEqual({ count: 1 });
      const listed = await catalog.call(`{ productByHandle(handle: "red-tee") { inStock } }`, {}, storefront(T));
      expect(listed.data?.productByHandle.inStock).toBe(true);
    } finally {
      await subscription.stop();
      await bus.close();
    }
  });
});
