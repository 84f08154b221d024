import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Promotions through the real gateway and the committed supergraph: a shop's code discounts a
 * storefront cart per line (products matched through catalog's prices), checkout places the order
 * with the discount and counts the use; another shop neither sees, changes nor redeems them.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let storefront: Record<string, string>;
let betaStorefront: Record<string, string>;

async function storefrontKey(bearer: Record<string, string>) {
  const key = await platform.gql<{ storefrontKeyCreate: { secret: string } }>(
    `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
    {},
    bearer,
  );
  return { 'x-publishable-key': key.body.data?.storefrontKeyCreate.secret as string };
}

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('promo-alpha');
  beta = await platform.tenant('promo-beta');
  okAlpha = okAs(platform, alpha.bearer);
  storefront = await storefrontKey(alpha.bearer);
  betaStorefront = await storefrontKey(beta.bearer);
}, 120_000);
afterAll(() => platform?.close());

const CREATE = `mutation($input: PromotionCreateInput!) { promotionCreate(input: $input) {
  promotion { id name usedCount } errors { code field message } } }`;

describe('promotions through the gateway', () => {
  it('a code discounts the product’s lines, checkout keeps it, another shop gets nothing', async () => {
    const { productId, variantId } = await sellableVariant(okAlpha, {
      handle: 'promo-mug',
      title: 'Mug',
      sku: 'PROMO-MUG',
      amount: 2000,
      onHand: 50,
    });
    const created = await okAlpha(CREATE, {
      input: {
        name: 'Mugs 25 % off',
        code: 'MUG25',
        rule: { type: 'PERCENTAGE', percentBps: 2500, targetKind: 'PRODUCTS', targetIds: [productId] },
        usageLimit: 10,
      },
    });
    const promotion = created.promotionCreate.promotion;

    const okShopper = okAs(platform, storefront);
    const cart = await okShopper(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`);
    const cartId = cart.cartCreate.cart.id;
    await okShopper(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`, {
      input: { cartId, lines: [{ variantId, quantity: 2 }] },
    });
    const applied = await okShopper(
      `mutation($input: CartApplyPromotionCodeInput!) { cartApplyPromotionCode(input: $input) {
        cart { discount { amount } subtotal { amount } lines { discount { amount } discounts { explanation } } }
        errors { code } } }`,
      { input: { cartId, code: 'mug25' } },
    );
    expect(applied.cartApplyPromotionCode.cart).toEqual({
      discount: { amount: 1000 },
      subtotal: { amount: 4000 },
      lines: [
        { discount: { amount: 1000 }, discounts: [{ explanation: 'Mugs 25 % off: 25 % off selected products' }] },
      ],
    });

    // another shop's storefront: the cart is not its, the code is not its
    const foreign = await platform.gql<any>(
      `mutation($input: CartApplyPromotionCodeInput!) { cartApplyPromotionCode(input: $input) { errors { code } } }`,
      { input: { cartId, code: 'MUG25' } },
      betaStorefront,
    );
    expect(foreign.body.data?.cartApplyPromotionCode.errors[0]?.code).toBe('NOT_FOUND');
    const betaCart = await platform.gql<any>(
      `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }`,
      {},
      betaStorefront,
    );
    const betaApplied = await platform.gql<any>(
      `mutation($input: CartApplyPromotionCodeInput!) { cartApplyPromotionCode(input: $input) { errors { code } } }`,
      { input: { cartId: betaCart.body.data?.cartCreate.cart.id, code: 'MUG25' } },
      betaStorefront,
    );
    expect(betaApplied.body.data?.cartApplyPromotionCode.errors[0]?.code).toBe('PROMOTION_CODE_INVALID');
    const betaRead = await platform.gql<any>(
      `query($id: ID!) { promotion(id: $id) { id } promotions(first: 5) { totalCount } }`,
      { id: promotion.id },
      beta.bearer,
    );
    expect(betaRead.body.data).toEqual({ promotion: null, promotions: { totalCount: 0 } });
    const betaArchive = await platform.gql<any>(
      `mutation($id: ID!) { promotionArchive(input: { id: $id }) { errors { code } } }`,
      { id: promotion.id },
      beta.bearer,
    );
    expect(betaArchive.body.data?.promotionArchive.errors[0]?.code).toBe('NOT_FOUND');
    // a storefront key cannot manage promotions
    const shopperCreate = await platform.gql<any>(
      CREATE,
      { input: { name: 'x', rule: { type: 'FREE_SHIPPING' } } },
      storefront,
    );
    expect(shopperCreate.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const placed = await okShopper(
      `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
        order { id subtotal { amount } discount { amount } total { amount } lines { discount { amount } }
          appliedPromotions { code amount { amount } } }
        errors { code field } } }`,
      {
        input: {
          cartId,
          idempotencyKey: randomUUID(),
          email: 'buyer@example.com',
          shippingAddress: BUYER_ADDRESS,
          payment: { provider: 'test', token: 'tok_ok' },
        },
      },
    );
    const order = placed.checkoutComplete.order;
    expect(order).toMatchObject({
      subtotal: { amount: 4000 },
      discount: { amount: 1000 },
      lines: [{ discount: { amount: 1000 } }],
      appliedPromotions: [{ code: 'MUG25', amount: { amount: 1000 } }],
    });
    const read = await okAlpha(`query($id: ID!) { promotion(id: $id) { usedCount state } }`, { id: promotion.id });
    expect(read.promotion).toEqual({ usedCount: 1, state: 'LIVE' });
  });

  it("a collection's promotion reaches the lines of its products: orders asks catalog which collections a product is in", async () => {
    // a shop of its own: the fixture makes one price list and warehouse per shop
    const gamma = await platform.tenant('promo-gamma');
    const okGamma = okAs(platform, gamma.bearer);
    const { productId, variantId } = await sellableVariant(okGamma, {
      handle: 'promo-tee',
      title: 'Tee',
      sku: 'PROMO-TEE',
      amount: 3000,
      onHand: 50,
    });
    const collection = await okGamma(
      `mutation($input: CollectionCreateInput!) { collectionCreate(input: $input) { collection { id } errors { code message } } }`,
      { input: { title: 'Summer', handle: 'summer-promo' } },
    );
    const collectionId = collection.collectionCreate.collection.id;
    await okGamma(
      `mutation($input: CollectionProductsInput!) { collectionAddProducts(input: $input) { errors { code message } } }`,
      { input: { collectionId, productIds: [productId] } },
    );
    await okGamma(CREATE, {
      input: {
        name: 'Summer 5 off',
        automatic: true,
        currency: 'EUR',
        rule: { type: 'FIXED', amount: 500, targetKind: 'COLLECTIONS', targetIds: [collectionId] },
      },
    });
    const okShopper = okAs(platform, await storefrontKey(gamma.bearer));
    const cart = await okShopper(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`);
    const added = await okShopper(
      `mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) {
        cart { lines { sku discount { amount } } appliedPromotions { name } } errors { code } } }`,
      { input: { cartId: cart.cartCreate.cart.id, lines: [{ variantId, quantity: 1 }] } },
    );
    expect(added.cartLinesAdd.cart).toEqual({
      lines: [{ sku: 'PROMO-TEE', discount: { amount: 500 } }],
      appliedPromotions: [{ name: 'Summer 5 off' }],
    });
  });
});
