import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Money through the gateway: a checkout past 32 bits (the largest unit price × 3) is an order like any
 * other, and the tenant's order list keeps answering; amounts outside the bounds are typed errors.
 */
let platform: WholePlatform;
let owner: Record<string, string>;
const MAX_PRICE = 2_147_483_647;
let ok: Ok;

let variantId: string;
let priceListId: string;

beforeAll(async () => {
  platform = await startWholePlatform();
  owner = (await platform.tenant('money-shop')).bearer;
  ok = okAs(platform, owner);
  ({ variantId, priceListId } = await sellableVariant(ok, {
    handle: 'gold-bar',
    title: 'Gold bar',
    sku: 'GOLD-1',
    amount: MAX_PRICE,
    onHand: 100,
    warehouse: 'VAULT',
  }));
}, 120_000);
afterAll(() => platform?.close());

describe('money past 32 bits', () => {
  it('checks out the largest price × 3 and the order list still answers, exactly', async () => {
    const cart = await ok(
      `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`,
    );
    const cartId = cart.cartCreate.cart.id;
    const added = await ok(
      `mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { subtotal { amount } } errors { code message } } }`,
      { input: { cartId, lines: [{ variantId, quantity: 3 }] } },
    );
    expect(added.cartLinesAdd.cart.subtotal.amount).toBe(MAX_PRICE * 3);
    const placed = await ok(
      `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) {
        order { id subtotal { amount } lines { total { amount } } } errors { code field message } } }`,
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
    expect(placed.checkoutComplete.order.subtotal.amount).toBe(6_442_450_941);
    const list = await platform.gql(
      `{ orders(first: 10) { totalCount edges { node { subtotal { amount } total { amount currency } lines { unitPrice { amount } total { amount } } } } } }`,
      {},
      owner,
    );
    expect(list.body.errors, JSON.stringify(list.body)).toBeUndefined();
    const [node] = list.body.data.orders.edges.map((edge: { node: unknown }) => edge.node);
    expect(node.subtotal.amount).toBe(6_442_450_941);
    expect(node.lines[0]).toEqual({ unitPrice: { amount: MAX_PRICE }, total: { amount: 6_442_450_941 } });
  });

  it('a stored total far past 32 bits (written before the bound) still reads in the list', async () => {
    const admin = new pg.Client({ connectionString: platform.db.adminUrl });
    await admin.connect();
    await admin.query(`update orders.orders set subtotal_amount = 4503599627370496, total_amount = 4503599627370496`);
    await admin.end();
    const list = await platform.gql(`{ orders(first: 10) { edges { node { total { amount } } } } }`, {}, owner);
    expect(list.body.errors, JSON.stringify(list.body)).toBeUndefined();
    expect(list.body.data.orders.edges[0].node.total.amount).toBe(4_503_599_627_370_496);
  });
});

describe('amounts outside the bounds are typed errors', () => {
  const PRICE_SET = `mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field } } }`;
  const price = (amount: unknown) => ({ input: { variantId, priceListId, currency: 'EUR', amount } });

  it('a unit price above the largest one is INVALID_AMOUNT on the field', async () => {
    const answer = await platform.gql(PRICE_SET, price(MAX_PRICE + 1), owner);
    expect(answer.body.data?.priceSet.errors).toEqual([{ code: 'INVALID_AMOUNT', field: ['input', 'amount'] }]);
  });

  for (const [name, amount] of [
    ['a fraction', 1.5],
    ['a string', '100'],
    ['past 2^53', 2 ** 53 + 2],
  ] as const) {
    it(`${name} is BAD_USER_INPUT (400), not a crash`, async () => {
      const answer = await platform.gql(PRICE_SET, price(amount), owner);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  }

  it('a search price filter past 2^53 in a literal is refused before execution', async () => {
    const answer = await platform.gql(
      `{ productSearch(first: 1, filter: { currency: "EUR", priceMin: 99999999999999999999 }) { totalCount } }`,
      {},
      owner,
    );
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.body.data).toBeUndefined();
  });
});

describe('currency codes are ISO 4217, as written', () => {
  for (const currency of ['ZZZ', 'eur', 'EURO']) {
    it(`${currency} is refused as a typed error, never uppercased or stored`, async () => {
      const cart = await platform.gql(
        `mutation($c: String!) { cartCreate(input: { currency: $c }) { cart { id currency } errors { code field } } }`,
        { c: currency },
        owner,
      );
      expect(cart.body.data?.cartCreate).toEqual({
        cart: null,
        errors: [{ code: 'INVALID_CURRENCY', field: ['input', 'currency'] }],
      });
      const list = await platform.gql(
        `mutation($c: String!) { priceListCreate(input: { name: "X", currency: $c }) { priceList { id } errors { code field } } }`,
        { c: currency },
        owner,
      );
      expect(list.body.data?.priceListCreate.priceList).toBeNull();
      expect(list.body.data?.priceListCreate.errors[0].field).toEqual(['input', 'currency']);
    });
  }
});
