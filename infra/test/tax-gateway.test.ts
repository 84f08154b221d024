import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * A shop's tax through the real gateway and the committed supergraph: its zones and rates per tax
 * class decide what carts show and what checkout stores; an EU business buyer with a VAT id of
 * another member state is reverse-charged; another shop neither sees nor changes the zones.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('tax-alpha');
  beta = await platform.tenant('tax-beta');
  okAlpha = okAs(platform, alpha.bearer);
}, 120_000);
afterAll(() => platform?.close());

const CART_TAX = `query ($id: ID!) { cart(id: $id) {
  subtotal { amount } shipping { amount } tax { amount } total { amount } pricesIncludeTax
  taxLines { name ratePpm taxable { amount } amount { amount } } } }`;

const CHECKOUT = `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
  order { tax { amount } total { amount } pricesIncludeTax customerTaxId taxNote
    taxLines { name ratePpm taxable { amount } amount { amount } } }
  errors { code field } } }`;

async function cartOf(ok: Ok, lines: { variantId: string; quantity: number }[]): Promise<string> {
  const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`);
  const cartId = cart.cartCreate.cart.id;
  await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code message } } }`, {
    input: { cartId, lines },
  });
  return cartId;
}

const checkout = (cartId: string, country: string, customerTaxId?: string) =>
  platform.gql(
    CHECKOUT,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'buyer@example.com',
        shippingAddress: { ...BUYER_ADDRESS, country },
        payment: { provider: 'test', token: 'tok_ok' },
        ...(customerTaxId ? { customerTaxId } : {}),
      },
    },
    alpha.bearer,
  );

const line = (name: string, ratePpm: number, taxable: number, amount: number) => ({
  name,
  ratePpm,
  taxable: { amount: taxable },
  amount: { amount },
});

describe('tax through the gateway', () => {
  it("a shop's zones and rates tax its carts and orders; reverse charge for an EU VAT id; another shop gets NOT_FOUND", async () => {
    // a standard-rated mug (20.00) and a reduced-rated book (10.00); shipping is the default 4.99
    const {
      productId,
      variantId: mug,
      priceListId,
      warehouseId,
    } = await sellableVariant(okAlpha, {
      handle: 'tax-mug',
      title: 'Mug',
      sku: 'TAX-MUG',
      amount: 2000,
      onHand: 50,
    });
    const created = await okAlpha(
      `mutation($input: VariantCreateInput!) { variantCreate(input: $input) { variant { id taxClass } errors { code message } } }`,
      { input: { productId, sku: 'TAX-BOOK', taxClass: 'reduced' } },
    );
    const book = created.variantCreate.variant.id;
    expect(created.variantCreate.variant.taxClass).toBe('reduced');
    await okAlpha(`mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code message } } }`, {
      input: { variantId: book, priceListId, currency: 'EUR', amount: 1000 },
    });
    await okAlpha(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`, {
      input: { variantId: book, warehouseId, setOnHand: 50, idempotencyKey: randomUUID() },
    });

    const settings = await okAlpha(
      `mutation { taxSettingsUpdate(input: { pricesIncludeTax: false, rounding: LINE, originCountry: "DE" }) {
        taxSettings { configured pricesIncludeTax rounding originCountry } errors { code message } } }`,
    );
    expect(settings.taxSettingsUpdate.taxSettings).toEqual({
      configured: true,
      pricesIncludeTax: false,
      rounding: 'LINE',
      originCountry: 'DE',
    });
    const zone = await okAlpha(
      `mutation($input: TaxZoneCreateInput!) { taxZoneCreate(input: $input) { zone { id places rates { taxClass ratePpm } } errors { code message } } }`,
      {
        input: {
          name: 'EU',
          places: ['DE', 'fr'],
          rates: [
            { taxClass: 'standard', name: 'VAT 19%', ratePpm: 190_000 },
            { taxClass: 'reduced', name: 'VAT 7%', ratePpm: 70_000 },
          ],
        },
      },
    );
    const zoneId = zone.taxZoneCreate.zone.id;
    expect(zone.taxZoneCreate.zone.places).toEqual(['DE', 'FR']);

    const refused = async (input: Record<string, unknown>) =>
      (
        await platform.gql(
          `mutation($input: TaxZoneCreateInput!) { taxZoneCreate(input: $input) { zone { id } errors { code } } }`,
          { input },
          alpha.bearer,
        )
      ).body.data?.taxZoneCreate.errors;
    expect(
      await refused({ name: 'Bad', places: ['AT'], rates: [{ taxClass: 'standard', name: 'X', ratePpm: 2_000_000 }] }),
    ).toEqual([{ code: 'INVALID_TAX_RATE' }]);
    expect(
      await refused({ name: 'Bad', places: ['AT'], rates: [{ taxClass: 'luxury', name: 'X', ratePpm: 1 }] }),
    ).toEqual([{ code: 'INVALID_TAX_RATE' }]);
    expect(await refused({ name: 'Again', places: ['DE'], rates: [] })).toEqual([{ code: 'COUNTRY_IN_ANOTHER_ZONE' }]);

    // the cart is taxed as if shipped to the shop's country: 19 % on 20.00 + 4.99, 7 % on 10.00
    const cartId = await cartOf(okAlpha, [
      { variantId: mug, quantity: 1 },
      { variantId: book, quantity: 1 },
    ]);
    const cart = (await okAlpha(CART_TAX, { id: cartId })).cart;
    expect(cart).toEqual({
      subtotal: { amount: 3000 },
      shipping: { amount: 499 },
      tax: { amount: 545 },
      total: { amount: 4044 },
      pricesIncludeTax: false,
      taxLines: [line('VAT 19%', 190_000, 2499, 475), line('VAT 7%', 70_000, 1000, 70)],
    });

    const placed = await checkout(cartId, 'DE');
    expect(placed.body.data?.checkoutComplete.errors).toEqual([]);
    expect(placed.body.data?.checkoutComplete.order).toEqual({
      tax: { amount: 545 },
      total: { amount: 4044 },
      pricesIncludeTax: false,
      customerTaxId: null,
      taxNote: null,
      taxLines: [line('VAT 19%', 190_000, 2499, 475), line('VAT 7%', 70_000, 1000, 70)],
    });

    // a malformed VAT id is refused before anything is stored; a French one is reverse-charged
    const reverseCart = await cartOf(okAlpha, [{ variantId: mug, quantity: 1 }]);
    const malformed = await checkout(reverseCart, 'FR', 'FR123');
    expect(malformed.body.data?.checkoutComplete.errors).toEqual([
      { code: 'INVALID_TAX_ID', field: ['input', 'customerTaxId'] },
    ]);
    const reverse = await checkout(reverseCart, 'FR', 'FR 12 345678901');
    expect(reverse.body.data?.checkoutComplete.errors).toEqual([]);
    expect(reverse.body.data?.checkoutComplete.order).toMatchObject({
      tax: { amount: 0 },
      total: { amount: 2499 },
      customerTaxId: 'FR12345678901',
      taxNote: expect.stringContaining('Reverse charge'),
    });

    // prices entered with tax: the shopper pays the shelf price, the tax is what it contains
    await okAlpha(`mutation { taxSettingsUpdate(input: { pricesIncludeTax: true }) { errors { code message } } }`);
    const inclusive = (
      await okAlpha(CART_TAX, {
        id: await cartOf(okAlpha, [
          { variantId: mug, quantity: 1 },
          { variantId: book, quantity: 1 },
        ]),
      })
    ).cart;
    expect(inclusive).toMatchObject({
      subtotal: { amount: 3000 },
      tax: { amount: 399 + 65 },
      total: { amount: 3499 },
      pricesIncludeTax: true,
    });

    // beta sees none of it and cannot change alpha's zone
    const betaTax = await platform.gql('{ taxSettings { configured zones { id } } }', {}, beta.bearer);
    expect(betaTax.body.data?.taxSettings).toEqual({ configured: false, zones: [] });
    for (const [mutation, input] of [
      ['taxZoneUpdate', { id: zoneId, name: 'Taken' }],
      ['taxZoneDelete', { id: zoneId }],
    ] as const) {
      const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const answer = await platform.gql(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        beta.bearer,
      );
      expect(answer.body.data?.[mutation].errors, `${mutation}: ${JSON.stringify(answer.body)}`).toEqual([
        { code: 'NOT_FOUND' },
      ]);
    }
    const alphaTax = await okAlpha('{ taxSettings { zones { name } } }');
    expect(alphaTax.taxSettings.zones).toEqual([{ name: 'EU' }]);
  });
});
