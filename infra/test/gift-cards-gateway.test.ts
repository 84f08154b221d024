import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Gift cards through the real gateway and the committed supergraph: staff issue a card, a storefront
 * cart pays part of its order with it and the provider the rest, the card's ledger names the order;
 * another shop neither sees, applies, adjusts nor disables it, and a storefront key cannot issue.
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
  alpha = await platform.tenant('gift-alpha');
  beta = await platform.tenant('gift-beta');
  okAlpha = okAs(platform, alpha.bearer);
  storefront = await storefrontKey(alpha.bearer);
  betaStorefront = await storefrontKey(beta.bearer);
}, 120_000);
afterAll(() => platform?.close());

const ISSUE = `mutation($input: GiftCardIssueInput!) { giftCardIssue(input: $input) {
  giftCards { id last4 balance { amount } } codes errors { code field message } } }`;

describe('gift cards through the gateway', () => {
  it('pay part of a storefront order; another shop cannot see, apply, adjust or disable them', async () => {
    const { variantId } = await sellableVariant(okAlpha, {
      handle: 'gift-mug',
      title: 'Mug',
      sku: 'GIFT-MUG',
      amount: 2000,
      onHand: 50,
    });
    const issued = await okAlpha(ISSUE, { input: { amount: 1500, currency: 'EUR', idempotencyKey: randomUUID() } });
    const card = issued.giftCardIssue.giftCards[0];
    const code = issued.giftCardIssue.codes[0] as string;
    expect(card.balance).toEqual({ amount: 1500 });

    const okShopper = okAs(platform, storefront);
    const cart = await okShopper(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`);
    const cartId = cart.cartCreate.cart.id;
    await okShopper(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`, {
      input: { cartId, lines: [{ variantId, quantity: 2 }] },
    });

    // another shop's storefront: the cart is not its, the code is not its
    const APPLY = `mutation($input: CartApplyGiftCardInput!) { cartApplyGiftCard(input: $input) {
      cart { total { amount } giftCardAmount { amount } amountToPay { amount } giftCard { last4 } } errors { code } } }`;
    const foreign = await platform.gql<any>(APPLY, { input: { cartId, code } }, betaStorefront);
    expect(foreign.body.data?.cartApplyGiftCard.errors[0]?.code).toBe('NOT_FOUND');
    const betaCart = await platform.gql<any>(
      `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }`,
      {},
      betaStorefront,
    );
    const betaApplied = await platform.gql<any>(
      APPLY,
      { input: { cartId: betaCart.body.data?.cartCreate.cart.id, code } },
      betaStorefront,
    );
    expect(betaApplied.body.data?.cartApplyGiftCard.errors[0]?.code).toBe('GIFT_CARD_INVALID');
    const betaRead = await platform.gql<any>(
      `query($id: ID!) { giftCard(id: $id) { id } giftCards(first: 5) { totalCount } node(id: $id) { id } }`,
      { id: card.id },
      beta.bearer,
    );
    expect(betaRead.body.data).toEqual({ giftCard: null, giftCards: { totalCount: 0 }, node: null });
    const betaAdjust = await platform.gql<any>(
      `mutation($id: ID!) { giftCardAdjust(input: { id: $id, amount: 100000, note: "mine now" }) { errors { code } } }`,
      { id: card.id },
      beta.bearer,
    );
    expect(betaAdjust.body.data?.giftCardAdjust.errors[0]?.code).toBe('NOT_FOUND');
    const betaDisable = await platform.gql<any>(
      `mutation($id: ID!) { giftCardDisable(input: { id: $id }) { errors { code } } }`,
      { id: card.id },
      beta.bearer,
    );
    expect(betaDisable.body.data?.giftCardDisable.errors[0]?.code).toBe('NOT_FOUND');
    // a storefront key cannot issue cards nor read them
    const shopperIssue = await platform.gql<any>(ISSUE, { input: { amount: 100, currency: 'EUR' } }, storefront);
    expect(shopperIssue.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shopperRead = await platform.gql<any>(`{ giftCards(first: 1) { totalCount } }`, {}, storefront);
    expect(shopperRead.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const applied = await okShopper(APPLY, { input: { cartId, code: code.toLowerCase() } });
    const total = applied.cartApplyGiftCard.cart.total.amount as number;
    expect(applied.cartApplyGiftCard.cart).toEqual({
      total: { amount: total },
      giftCardAmount: { amount: 1500 },
      amountToPay: { amount: total - 1500 },
      giftCard: { last4: card.last4 },
    });
    const placed = await okShopper(
      `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
        order { id total { amount } giftCardAmount { amount } paymentAmount { amount } } errors { code field } } }`,
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
      total: { amount: total },
      giftCardAmount: { amount: 1500 },
      paymentAmount: { amount: total - 1500 },
    });
    const read = await okAlpha(
      `query($id: ID!) { giftCard(id: $id) { balance { amount } state transactions { kind order { id } } } }`,
      { id: card.id },
    );
    expect(read.giftCard).toEqual({
      balance: { amount: 0 },
      state: 'EMPTY',
      transactions: [
        { kind: 'ISSUE', order: null },
        { kind: 'REDEMPTION', order: { id: order.id } },
      ],
    });
  });
});
