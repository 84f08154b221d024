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
} from './harness.ts';

// productCreate with an option matrix and each variant's price on one list: one call, all or nothing
let catalog: CatalogHarness;
const A = crypto.randomUUID();
const B = crypto.randomUUID();
let retail: { id: string };
let yen: { id: string };
let otherTenantList: { id: string };

suiteFixture(async (own) => {
  catalog = own(await startCatalog());
  retail = await createPriceList(catalog, A, { name: 'Retail EUR', currency: 'EUR' });
  yen = await createPriceList(catalog, A, { name: 'Retail JPY', currency: 'JPY' });
  otherTenantList = await createPriceList(catalog, B, { name: 'Retail EUR', currency: 'EUR' });
});

const codes = (errors: { code: string; field: string[] | null }[]) => errors.map((error) => [error.code, error.field]);

/** Size S,M × Colour Red,Blue: four variants, SKU per combination, a price each. */
const matrix = (handle: string, prefix: string) => ({
  handle,
  title: 'Matrix Tee',
  status: 'ACTIVE',
  options: [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Colour', values: ['Red', 'Blue'] },
  ],
  variants: ['S', 'M'].flatMap((size, s) =>
    ['Red', 'Blue'].map((colour, c) => ({
      sku: `${prefix}-${size}-${colour.toUpperCase()}`,
      title: `${size} / ${colour}`,
      optionValues: [
        { name: 'Size', value: size },
        { name: 'Colour', value: colour },
      ],
      price: { decimalAmount: `${19 + s}.${c === 0 ? '99' : '49'}` },
    })),
  ),
});

const PRODUCT_PRICES = /* GraphQL */ `
  query ($handle: String!) {
    productByHandle(handle: $handle) {
      options { name values }
      variants { sku optionValues { name value } prices { minQuantity priceList { name } amount { amount currency } } }
    }
  }`;

describe('productCreate with options, a variant matrix and prices', () => {
  it('stores the options, every variant and its price on the chosen list in one call, and announces each price', async () => {
    const result = await catalog.call(
      PRODUCT_CREATE,
      { input: { ...matrix('matrix-tee', 'MTEE'), priceListId: retail.id } },
      staff(A),
    );
    expect(result.data?.productCreate.errors).toEqual([]);
    const read = await catalog.call(PRODUCT_PRICES, { handle: 'matrix-tee' }, reader(A));
    const product = read.data?.productByHandle;
    expect(product.options).toEqual([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ]);
    const bySku = Object.fromEntries(
      product.variants.map((variant: { sku: string; prices: unknown[] }) => [variant.sku, variant.prices]),
    );
    const price = (amount: number) => [
      { minQuantity: 1, priceList: { name: 'Retail EUR' }, amount: { amount, currency: 'EUR' } },
    ];
    expect(bySku).toEqual({
      'MTEE-S-RED': price(1999),
      'MTEE-S-BLUE': price(1949),
      'MTEE-M-RED': price(2099),
      'MTEE-M-BLUE': price(2049),
    });
    const events = await catalog.admin(
      `select payload from catalog.outbox where tenant_id = $1 and type = 'catalog.price.changed' order by id`,
      [A],
    );
    expect(events.map((event) => event.payload.amount).sort()).toEqual([1949, 1999, 2049, 2099]);
  });

  it('takes minor units too, and leaves a product without prices when no variant has one (existing callers)', async () => {
    const minor = await createProduct(catalog, A, {
      handle: 'minor-units',
      title: 'Minor',
      priceListId: yen.id,
      variants: [{ sku: 'YEN-1', price: { amount: 2700 } }, { sku: 'YEN-2' }],
    });
    expect(minor.variants.map((variant) => variant.sku).sort()).toEqual(['YEN-1', 'YEN-2']);
    const read = await catalog.call(PRODUCT_PRICES, { handle: 'minor-units' }, reader(A));
    const prices = Object.fromEntries(
      read.data?.productByHandle.variants.map((v: { sku: string; prices: { amount: unknown }[] }) => [
        v.sku,
        v.prices.map((p) => p.amount),
      ]),
    );
    expect(prices).toEqual({ 'YEN-1': [{ amount: 2700, currency: 'JPY' }], 'YEN-2': [] });
  });

  it('refuses a taken SKU by name and stores nothing: no product, no variant, no price, no event', async () => {
    await createProduct(catalog, A, { handle: 'first', title: 'First', variants: [{ sku: 'CLASH-M-BLUE' }] });
    const outboxBefore = await catalog.admin(`select count(*)::int as n from catalog.outbox where tenant_id = $1`, [A]);
    const result = await catalog.call(
      PRODUCT_CREATE,
      { input: { ...matrix('clash-tee', 'CLASH'), priceListId: retail.id } },
      staff(A),
    );
    expect(result.data?.productCreate.product).toBeNull();
    expect(result.data?.productCreate.errors).toEqual([
      { code: 'DUPLICATE_SKU', field: ['input', 'variants', '3', 'sku'], message: 'SKU CLASH-M-BLUE is already used' },
    ]);
    const stored = await catalog.admin(
      `select (select count(*)::int from catalog.products where tenant_id = $1 and handle = 'clash-tee') as products,
              (select count(*)::int from catalog.variants where tenant_id = $1 and sku like 'CLASH-%') as variants,
              (select count(*)::int from catalog.outbox where tenant_id = $1) as events`,
      [A],
    );
    expect(stored).toEqual([{ products: 0, variants: 1, events: outboxBefore[0]!.n }]);
  });

  it('refuses bad amounts on their variants (all at once) and rolls the product and its variants back', async () => {
    const input = matrix('bad-amounts', 'BADAMT');
    input.variants[1]!.price = { decimalAmount: '19.999' };
    input.variants[2]!.price = { decimalAmount: '-1' };
    const result = await catalog.call(PRODUCT_CREATE, { input: { ...input, priceListId: retail.id } }, staff(A));
    expect(codes(result.data?.productCreate.errors)).toEqual([
      ['INVALID_AMOUNT', ['input', 'variants', '1', 'price', 'decimalAmount']],
      ['INVALID_AMOUNT', ['input', 'variants', '2', 'price', 'decimalAmount']],
    ]);
    const rows = await catalog.admin(
      `select (select count(*)::int from catalog.products where tenant_id = $1 and handle = 'bad-amounts') as products,
              (select count(*)::int from catalog.variants where tenant_id = $1 and sku like 'BADAMT-%') as variants`,
      [A],
    );
    expect(rows).toEqual([{ products: 0, variants: 0 }]);
  });

  it("refuses prices without a list, or on another tenant's list, writing nothing", async () => {
    const missing = await catalog.call(PRODUCT_CREATE, { input: matrix('no-list', 'NOLIST') }, staff(A));
    expect(codes(missing.data?.productCreate.errors)).toEqual([['INVALID_INPUT', ['input', 'priceListId']]]);
    const foreign = await catalog.call(
      PRODUCT_CREATE,
      { input: { ...matrix('foreign-list', 'FOREIGN'), priceListId: otherTenantList.id } },
      staff(A),
    );
    expect(codes(foreign.data?.productCreate.errors)).toEqual([['NOT_FOUND', ['input', 'priceListId']]]);
    const rows = await catalog.admin(
      `select count(*)::int as n from catalog.products where tenant_id = $1 and handle in ('no-list', 'foreign-list')`,
      [A],
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
