import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { seedCatalog, seedHandle, seedRetailPrice } from '../src/seed.ts';
import { type CatalogHarness, startCatalog, storefront } from './harness.ts';

// The demo shop sells in EUR, USD and GBP: the seed's retail lists in other currencies price every
// variant, so a shopper browsing in USD sees a price on every card, a "from" price and a search sorted by it.
let catalog: CatalogHarness;
const T = crypto.randomUUID();
const SIZE = { products: 12, variantsPerProduct: 2, retailCurrencies: [{ currency: 'USD', percent: 108 }] };

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  await seedCatalog(catalog.pool, T, SIZE);
  // a second run adds nothing (the demo seeds on every start)
  await seedCatalog(catalog.pool, T, SIZE);
});

const PRODUCT = `query ($handle: String!, $currency: String!) { productByHandle(handle: $handle) {
  variants { price(currency: $currency) { amount currency } } } }`;

describe('seeded retail lists in other currencies', () => {
  it('price every variant at the EUR retail price times the percentage, ending in .99', async () => {
    const read = await catalog.call(PRODUCT, { handle: seedHandle(3), currency: 'USD' }, storefront(T));
    expect(read.errors).toBeUndefined();
    const expected = [0, 1].map((v) => Math.round((seedRetailPrice(3, v) * 108) / 10_000) * 100 - 1);
    expect(read.data?.productByHandle.variants).toEqual(
      expected.map((amount) => ({ price: { amount, currency: 'USD' } })),
    );
    const eur = await catalog.call(PRODUCT, { handle: seedHandle(3), currency: 'EUR' }, storefront(T));
    expect(eur.data?.productByHandle.variants.map((v: { price: { amount: number } }) => v.price.amount)).toEqual([
      seedRetailPrice(3, 0),
      seedRetailPrice(3, 1),
    ]);
  });

  it('sort a search by price in that currency, and leave a currency not seeded unpriced', async () => {
    const SEARCH = `query ($currency: String!) { productSearch(first: 50, sort: PRICE_ASC, filter: { currency: $currency }) {
      totalCount edges { node { variants { price(currency: $currency) { amount currency } } } } } }`;
    type Page = { edges: { node: { variants: { price: { amount: number; currency: string } | null }[] } }[] };
    const cheapest = (page: Page) =>
      page.edges.map((edge) => Math.min(...edge.node.variants.map((variant) => variant.price?.amount ?? Infinity)));
    const usd = await catalog.call(SEARCH, { currency: 'USD' }, storefront(T));
    expect(usd.errors).toBeUndefined();
    const page = usd.data?.productSearch as Page;
    expect(page.edges).toHaveLength(12);
    expect(page.edges.flatMap((edge) => edge.node.variants).every((v) => v.price?.currency === 'USD')).toBe(true);
    expect(cheapest(page)).toEqual([...cheapest(page)].sort((a, b) => a - b));
    const gbp = await catalog.call(SEARCH, { currency: 'GBP' }, storefront(T));
    const unpriced = (gbp.data?.productSearch as Page | undefined)?.edges.flatMap((edge) => edge.node.variants);
    expect(unpriced?.length).toBeGreaterThan(0);
    expect(unpriced?.every((variant) => variant.price === null)).toBe(true);
  });
});
