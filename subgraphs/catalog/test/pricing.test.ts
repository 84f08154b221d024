import { createEnvelope, InProcessEventBus } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it, vi } from 'vitest';
import { tenantDatabase } from '../src/db.ts';
import { subscribePricingGroups } from '../src/events/in/pricing-group-consumer.ts';
import {
  type CatalogHarness,
  createPriceList,
  createProduct,
  PRICE_SET,
  reader,
  setPrice,
  staff,
  startCatalog,
  storefront,
} from './harness.ts';

let catalog: CatalogHarness;
const T = crypto.randomUUID();
let variantId: string;
let otherVariantId: string;
let eurList: { id: string };

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  const product = await createProduct(catalog, T, {
    handle: 'priced',
    title: 'Priced',
    status: 'ACTIVE',
    variants: [{ sku: 'PRICED-1' }, { sku: 'PRICED-2' }],
  });
  variantId = product.variants[0]!.id;
  otherVariantId = product.variants[1]!.id;
  eurList = await createPriceList(catalog, T, { name: 'Retail EUR', currency: 'EUR' });
  const promo = await createPriceList(catalog, T, { name: 'Promo EUR', currency: 'EUR', priority: 5 });
  const future = await createPriceList(catalog, T, {
    name: 'Next year EUR',
    currency: 'EUR',
    priority: 100,
    validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString(),
  });
  const expired = await createPriceList(catalog, T, {
    name: 'Last year EUR',
    currency: 'EUR',
    priority: 100,
    validFrom: '2020-01-01T00:00:00Z',
    validTo: '2021-01-01T00:00:00Z',
  });
  const inactive = await createPriceList(catalog, T, {
    name: 'Off EUR',
    currency: 'EUR',
    priority: 100,
    active: false,
  });
  const b2b = await createPriceList(catalog, T, { name: 'B2B EUR', currency: 'EUR', customerGroup: 'b2b' });
  const usd = await createPriceList(catalog, T, { name: 'Retail USD', currency: 'USD' });
  const jpy = await createPriceList(catalog, T, { name: 'Retail JPY', currency: 'JPY' });
  const price = (list: { id: string }, amount: number, minQuantity = 1, currency = 'EUR', variant = variantId) =>
    setPrice(catalog, T, { variantId: variant, priceListId: list.id, currency, amount, minQuantity });
  await price(eurList, 2000);
  await price(eurList, 1800, 10);
  await price(eurList, 1500, 100);
  // promo has a higher priority but only a tier from 5 units: below 5, retail applies
  await price(promo, 1700, 5);
  await price(future, 1);
  await price(expired, 2);
  await price(inactive, 3);
  await price(b2b, 1600);
  await price(usd, 2500, 1, 'USD');
  await setPrice(catalog, T, { variantId, priceListId: jpy.id, currency: 'JPY', decimalAmount: '2700' });
  await price(eurList, 990, 1, 'EUR', otherVariantId);
});

async function priceOf(args: string, auth = reader(T)) {
  const result = await catalog.call(
    `query ($id: ID!) { variant(id: $id) { price(${args}) { amount currency fractionDigits } } }`,
    { id: variantId },
    auth,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.variant.price;
}

describe('price resolution', () => {
  it('picks the tier with the largest minQuantity <= quantity, across lists by priority', async () => {
    expect(await priceOf('currency: "EUR"')).toEqual({ amount: 2000, currency: 'EUR', fractionDigits: 2 });
    expect((await priceOf('currency: "EUR", quantity: 4')).amount).toBe(2000);
    // promo (priority 5) has a tier for 5+: it beats retail (priority 0)
    expect((await priceOf('currency: "EUR", quantity: 5')).amount).toBe(1700);
    expect((await priceOf('currency: "EUR", quantity: 10')).amount).toBe(1700);
    expect((await priceOf('currency: "EUR", quantity: 1000')).amount).toBe(1700);
  });

  it('ignores inactive lists and lists outside their validity window', async () => {
    // future, expired and inactive lists all have priority 100 and would otherwise win
    expect((await priceOf('currency: "EUR"')).amount).toBe(2000);
  });

  it("prefers the customer group's list over public ones, for callers who may see it", async () => {
    expect((await priceOf('currency: "EUR", customerGroup: "b2b"')).amount).toBe(1600);
    expect((await priceOf('currency: "EUR", customerGroup: "other"')).amount).toBe(2000);
    // storefront keys get public prices whatever group they ask for
    expect((await priceOf('currency: "EUR", customerGroup: "b2b"', storefront(T))).amount).toBe(2000);
  });

  it("prices a signed-in B2B buyer at their company's group, from orders' events", async () => {
    const buyerId = crypto.randomUUID();
    const buyer = { kind: 'customer' as const, subject: buyerId, tenantId: T, scopes: ['catalog:browse', 'cart:own'] };
    expect((await priceOf('currency: "EUR"', buyer)).amount).toBe(2000);
    const bus = new InProcessEventBus();
    const subscription = await subscribePricingGroups(bus, tenantDatabase(catalog.pool, null, null));
    try {
      await bus.publish(
        createEnvelope({
          type: 'orders.customer.pricing_group_changed',
          tenantId: T,
          aggregateType: 'Customer',
          aggregateId: buyerId,
          payload: { customerId: buyerId, companyId: crypto.randomUUID(), customerGroup: 'b2b' },
        }),
      );
      await vi.waitFor(async () => expect((await priceOf('currency: "EUR"', buyer)).amount).toBe(1600), {
        timeout: 3000,
      });
      // a buyer cannot ask for another group, and other shoppers keep public prices
      expect((await priceOf('currency: "EUR", customerGroup: "other"', buyer)).amount).toBe(1600);
      expect((await priceOf('currency: "EUR"', { ...buyer, subject: crypto.randomUUID() })).amount).toBe(2000);
    } finally {
      await subscription.stop();
      await bus.close();
    }
  });

  it('resolves per currency, and returns null where there is no price', async () => {
    expect(await priceOf('currency: "USD"')).toEqual({ amount: 2500, currency: 'USD', fractionDigits: 2 });
    expect(await priceOf('currency: "JPY"')).toEqual({ amount: 2700, currency: 'JPY', fractionDigits: 0 });
    expect(await priceOf('currency: "GBP"')).toBeNull();
    const bad = await catalog.call(
      `query ($id: ID!) { variant(id: $id) { price(currency: "euro") { amount } } }`,
      { id: variantId },
      reader(T),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('prices a page of variants in one batch', async () => {
    const result = await catalog.call(
      `{ productByHandle(handle: "priced") { variants { sku price(currency: "EUR") { amount } } } }`,
      {},
      storefront(T),
    );
    expect(result.data?.productByHandle.variants).toEqual([
      { sku: 'PRICED-1', price: { amount: 2000 } },
      { sku: 'PRICED-2', price: { amount: 990 } },
    ]);
  });
});

describe('price input errors', () => {
  const attempt = async (input: Record<string, unknown>) =>
    (
      await catalog.call(PRICE_SET, { input: { variantId, priceListId: eurList.id, ...input } }, staff(T))
    ).data?.priceSet.errors.map((error: { code: string; field: string[] }) => [error.code, error.field]);

  it('refuses a bad currency, too much precision, negative amounts and the wrong currency for the list', async () => {
    expect(await attempt({ currency: 'eur', amount: 100 })).toEqual([['INVALID_CURRENCY', ['input', 'currency']]]);
    expect(await attempt({ currency: 'EUR', decimalAmount: '19.999' })).toEqual([
      ['INVALID_AMOUNT', ['input', 'decimalAmount']],
    ]);
    expect(await attempt({ currency: 'EUR', amount: -1 })).toEqual([['INVALID_AMOUNT', ['input', 'amount']]]);
    expect(await attempt({ currency: 'EUR' })).toEqual([['INVALID_AMOUNT', ['input', 'amount']]]);
    expect(await attempt({ currency: 'USD', amount: 100 })).toEqual([['CURRENCY_MISMATCH', ['input', 'currency']]]);
    expect(await attempt({ currency: 'EUR', amount: 100, minQuantity: 0 })).toEqual([
      ['INVALID_INPUT', ['input', 'minQuantity']],
    ]);
    const list = await catalog.call(
      `mutation { priceListCreate(input: { name: "Bad", currency: "Euro" }) { errors { code field } } }`,
      {},
      staff(T),
    );
    expect(list.data?.priceListCreate.errors).toEqual([{ code: 'INVALID_CURRENCY', field: ['input', 'currency'] }]);
    // nothing changed
    expect((await priceOf('currency: "EUR"')).amount).toBe(2000);
  });

  it('accepts a decimal amount with the right precision, and deletes a tier', async () => {
    expect(await attempt({ currency: 'EUR', decimalAmount: '12.5', minQuantity: 50 })).toEqual([]);
    const tiers = async () =>
      (
        await catalog.call(
          `query ($id: ID!) { variant(id: $id) { prices { priceList { name } minQuantity amount { amount } } } }`,
          { id: variantId },
          reader(T),
        )
      ).data?.variant.prices.filter((price: { priceList: { name: string } }) => price.priceList.name === 'Retail EUR');
    expect(
      (await tiers()).map((tier: { minQuantity: number; amount: { amount: number } }) => [
        tier.minQuantity,
        tier.amount.amount,
      ]),
    ).toEqual([
      [1, 2000],
      [10, 1800],
      [50, 1250],
      [100, 1500],
    ]);
    // the higher-priority promo list still wins at 60, although retail's own tier is cheaper: lists first, then tiers
    expect((await priceOf('currency: "EUR", quantity: 60')).amount).toBe(1700);
    const deleted = await catalog.call(
      `mutation ($v: ID!, $l: ID!) { priceDelete(input: { variantId: $v, priceListId: $l, minQuantity: 50 }) { deleted errors { code } } }`,
      { v: variantId, l: eurList.id },
      staff(T),
    );
    expect(deleted.data?.priceDelete).toEqual({ deleted: true, errors: [] });
    expect((await tiers()).map((tier: { minQuantity: number }) => tier.minQuantity)).toEqual([1, 10, 100]);
  });
});

describe("a search's from price, without a query (every product priced in one pass)", () => {
  it('follows the resolution rule: validity, activity, tiers, priority and the customer group', async () => {
    const product = await createProduct(catalog, T, {
      handle: 'one-variant',
      title: 'One variant',
      status: 'ACTIVE',
      variants: [{ sku: 'ONE-1' }],
    });
    const variant = product.variants[0]!.id;
    const list = (name: string, extra: Record<string, unknown> = {}) =>
      createPriceList(catalog, T, { name, currency: 'EUR', ...extra });
    const price = async (priceList: { id: string }, amount: number, minQuantity = 1) =>
      setPrice(catalog, T, { variantId: variant, priceListId: priceList.id, currency: 'EUR', amount, minQuantity });
    await price(await list('One retail'), 2500);
    await price(await list('One promo', { priority: 50 }), 2400, 5);
    await price(await list('One next year', { priority: 100, validFrom: new Date(Date.now() + 86_400_000 * 365) }), 1);
    await price(
      await list('One last year', {
        priority: 100,
        validFrom: '2020-01-01T00:00:00Z',
        validTo: '2021-01-01T00:00:00Z',
      }),
      2,
    );
    await price(await list('One off', { priority: 100, active: false }), 3);
    await price(await list('One B2B', { customerGroup: 'b2b' }), 2200);

    const browse = async (filter: string, auth = reader(T)) => {
      const result = await catalog.call(
        `{ productSearch(filter: { currency: "EUR"${filter} }, sort: PRICE_DESC, first: 1) {
             edges { node { handle } } facets { priceRange { min { amount } max { amount } } } } }`,
        {},
        auth,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const search = result.data?.productSearch;
      return {
        first: search.edges[0].node.handle,
        range: [search.facets.priceRange.min.amount, search.facets.priceRange.max.amount],
      };
    };
    // 'priced' is from 990 (its second variant); 'one-variant' from its retail 2500: nothing cheaper applies at one unit
    expect(await browse('')).toEqual({ first: 'one-variant', range: [990, 2500] });
    expect(await browse(', customerGroup: "b2b"')).toEqual({ first: 'one-variant', range: [990, 2200] });
    expect(await browse(', customerGroup: "b2b"', storefront(T))).toEqual({ first: 'one-variant', range: [990, 2500] });
    expect(await browse(', priceMax: 2300', reader(T))).toEqual({ first: 'priced', range: [990, 990] });
  });
});
