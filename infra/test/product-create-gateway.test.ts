import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ok, okAs } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Product creation as the admin does it (issue 18 §8) through the real gateway: one productCreate
 * with options, the Size × Colour matrix and a price per variant on the retail list, then each
 * variant's initial stock through inventory's stockAdjust; the variants answer their price and stock
 * in one query. A taken SKU refuses the whole call by name; another shop cannot price on this
 * shop's list.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let retailId: string;
let warehouseId: string;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('create-alpha');
  beta = await platform.tenant('create-beta');
  okAlpha = okAs(platform, alpha.bearer);
  const wholesale = await okAlpha(
    `mutation { priceListCreate(input: { name: "Wholesale EUR", currency: "EUR", customerGroup: "wholesale", priority: 10 }) { priceList { id } errors { code } } }`,
  );
  expect(wholesale.priceListCreate.priceList.id).toBeTruthy();
  const retail = await okAlpha(
    `mutation { priceListCreate(input: { name: "Retail EUR", currency: "EUR" }) { priceList { id } errors { code } } }`,
  );
  retailId = retail.priceListCreate.priceList.id;
  const warehouse = await okAlpha(
    `mutation { warehouseCreate(input: { code: "MAIN", name: "Main" }) { warehouse { id } errors { code } } }`,
  );
  warehouseId = warehouse.warehouseCreate.warehouse.id;
}, 120_000);
afterAll(() => platform?.close());

const CREATE = /* GraphQL */ `
  mutation ($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product { id handle variants { id sku } }
      errors { code field message }
    }
  }`;

const SIZES = ['S', 'M', 'L'];
const COLOURS = ['Red', 'Blue'];

const matrixInput = (handle: string, sku: (size: string, colour: string) => string) => ({
  handle,
  title: 'Gateway Hoodie',
  status: 'ACTIVE',
  options: [
    { name: 'Size', values: SIZES },
    { name: 'Colour', values: COLOURS },
  ],
  variants: SIZES.flatMap((size, s) =>
    COLOURS.map((colour) => ({
      sku: sku(size, colour),
      title: `${size} / ${colour}`,
      optionValues: [
        { name: 'Size', value: size },
        { name: 'Colour', value: colour },
      ],
      price: { decimalAmount: `${49 + s}.90` },
    })),
  ),
});

describe('productCreate with a variant matrix, prices and stock through the gateway', () => {
  it('creates six variants priced on the retail list in one call; stock booked after it shows on each', async () => {
    const created = await okAlpha(CREATE, {
      input: {
        ...matrixInput('gateway-hoodie', (size, colour) => `GW-HOODIE-${size}-${colour.toUpperCase()}`),
        priceListId: retailId,
      },
    });
    const variants: { id: string; sku: string }[] = created.productCreate.product.variants;
    expect(variants).toHaveLength(6);
    for (const [index, variant] of variants.entries()) {
      await okAlpha(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code } } }`, {
        input: {
          variantId: variant.id,
          warehouseId,
          delta: index + 1,
          reason: 'RECEIPT',
          idempotencyKey: randomUUID(),
        },
      });
    }
    const read = await okAlpha(
      `query { productByHandle(handle: "gateway-hoodie") {
        options { name values }
        variants { sku title prices { priceList { name } amount { amount currency } } inventory { onHand } }
      } }`,
    );
    expect(read.productByHandle.options).toEqual([
      { name: 'Size', values: SIZES },
      { name: 'Colour', values: COLOURS },
    ]);
    const rows = read.productByHandle.variants.map((variant: any) => [
      variant.sku,
      variant.prices.map((price: any) => `${price.priceList.name} ${price.amount.amount}`),
      variant.inventory.onHand,
    ]);
    const onHandOf = new Map(variants.map((variant, index) => [variant.sku, index + 1]));
    expect(rows.sort()).toEqual(
      [
        ['GW-HOODIE-L-BLUE', ['Retail EUR 5190'], onHandOf.get('GW-HOODIE-L-BLUE')],
        ['GW-HOODIE-L-RED', ['Retail EUR 5190'], onHandOf.get('GW-HOODIE-L-RED')],
        ['GW-HOODIE-M-BLUE', ['Retail EUR 5090'], onHandOf.get('GW-HOODIE-M-BLUE')],
        ['GW-HOODIE-M-RED', ['Retail EUR 5090'], onHandOf.get('GW-HOODIE-M-RED')],
        ['GW-HOODIE-S-BLUE', ['Retail EUR 4990'], onHandOf.get('GW-HOODIE-S-BLUE')],
        ['GW-HOODIE-S-RED', ['Retail EUR 4990'], onHandOf.get('GW-HOODIE-S-RED')],
      ].sort(),
    );
  });

  it('refuses the whole call on a taken SKU, naming it, and stores nothing', async () => {
    const answer = await platform.gql(
      CREATE,
      {
        input: {
          ...matrixInput('gateway-hoodie-2', (size, colour) =>
            size === 'M' && colour === 'Red' ? 'GW-HOODIE-S-RED' : `GW2-${size}-${colour}`,
          ),
          priceListId: retailId,
        },
      },
      alpha.bearer,
    );
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data as any).productCreate).toEqual({
      product: null,
      errors: [
        {
          code: 'DUPLICATE_SKU',
          field: ['input', 'variants', '2', 'sku'],
          message: 'SKU GW-HOODIE-S-RED is already used',
        },
      ],
    });
    const after = await okAlpha(
      `query { productByHandle(handle: "gateway-hoodie-2") { id } variantBySku(sku: "GW2-S-Red") { id } }`,
    );
    expect(after).toEqual({ productByHandle: null, variantBySku: null });
  });

  it("refuses another shop's price list as NOT_FOUND and creates nothing in that shop", async () => {
    const answer = await platform.gql(
      CREATE,
      { input: { ...matrixInput('foreign-prices', (size, colour) => `FP-${size}-${colour}`), priceListId: retailId } },
      beta.bearer,
    );
    expect((answer.body.data as any).productCreate.errors.map((error: any) => [error.code, error.field])).toEqual([
      ['NOT_FOUND', ['input', 'priceListId']],
    ]);
    const after = await platform.gql(`query { productByHandle(handle: "foreign-prices") { id } }`, {}, beta.bearer);
    expect((after.body.data as any).productByHandle).toBeNull();
  });
});
