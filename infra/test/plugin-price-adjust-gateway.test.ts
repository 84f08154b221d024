import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, eurCartWith, mugShop, until } from './platform-fixtures.ts';
import { PRICE_FIXTURES } from './plugin-fixtures.ts';
import { installEnabled } from './plugin-install.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The transformer `cart.price.adjust` through the real gateway and stores (issue 15 §1): the SDK's
 * bulk-tier example takes its discount off a cart line with the reason the shopper sees, checkout
 * charges exactly what the cart showed and the order keeps the reason; a failing plugin follows its
 * failure policy (fail-open: prices unchanged and logged; fail-closed: checkout refuses), a surcharge
 * is refused in the plugin's name, and another tenant's carts run none of it.
 */
let platform: WholePlatform;

beforeAll(async () => {
  platform = await startWholePlatform();
}, 120_000);
afterAll(() => platform?.close());

const LOG = `query ($id: ID!) { pluginInstallation(id: $id) { stats { hook calls refusals failures }
  invocations(first: 50) { hook outcome failure message } } }`;

const CART_FIELDS = `id version subtotal { amount } discount { amount } tax { amount } total { amount }
  lines { sku quantity total { amount } discount { amount } discountedTotal { amount }
    adjustments { amount { amount currency } reason plugin } }`;
const CART = `query ($id: ID!) { cart(id: $id) { ${CART_FIELDS} } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { subtotal { amount } discount { amount } tax { amount } total { amount }
  lines { sku discount { amount } adjustments { amount { amount currency } reason plugin } } } }`;
const CHECKOUT = `mutation ($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { id } errors { code field message } } }`;

const checkoutInput = (cartId: string, idempotencyKey = randomUUID()) => ({
  input: {
    cartId,
    idempotencyKey,
    email: 'buyer@example.com',
    shippingAddress: BUYER_ADDRESS,
    payment: { provider: 'test', token: 'tok_ok' },
  },
});

describe('cart.price.adjust, through the gateway', () => {
  it('bulk tiers: the cart shows the discount and its reason, the order charges exactly that and keeps it', async () => {
    const { ok, variantId } = await mugShop(platform, 'price-bulk');
    const { installationId } = await installEnabled(ok, PRICE_FIXTURES.bulkTier, {
      tiers: [
        { minQuantity: 5, percentOff: 10 },
        { minQuantity: 10, percentOff: 15 },
      ],
    });

    // below the first tier: nothing changes
    const small = (await ok(CART, { id: await eurCartWith(ok, variantId, 2) })).cart;
    expect(small.lines[0]).toMatchObject({ total: { amount: 2468 }, discount: { amount: 0 }, adjustments: [] });

    const cartId = await eurCartWith(ok, variantId, 6);
    const cart = (await ok(CART, { id: cartId })).cart;
    // 6 × 12.34 = 74.04; 10 % rounded down in the shopper's favour by at most a cent: 7.40
    expect(cart.lines[0]).toEqual({
      sku: 'PRICE-BULK-MUG',
      quantity: 6,
      total: { amount: 7404 },
      discount: { amount: 740 },
      discountedTotal: { amount: 6664 },
      adjustments: [
        { amount: { amount: -740, currency: 'EUR' }, reason: '10% off for 5 or more', plugin: 'bulk-tier-discount' },
      ],
    });
    expect(cart.discount.amount).toBe(740);
    // the same cart read again is priced the same (the plugin runs on catalog prices, never on its own result)
    expect((await ok(CART, { id: cartId })).cart).toEqual(cart);

    const key = randomUUID();
    const placed = await ok(CHECKOUT, checkoutInput(cartId, key));
    expect(placed.checkoutComplete.errors).toEqual([]);
    const orderId = placed.checkoutComplete.order.id as string;
    const order = (await ok(ORDER, { id: orderId })).order;
    expect(order).toMatchObject({
      subtotal: cart.subtotal,
      discount: cart.discount,
      tax: cart.tax,
      total: cart.total,
      lines: [
        {
          sku: 'PRICE-BULK-MUG',
          discount: { amount: 740 },
          adjustments: [
            {
              amount: { amount: -740, currency: 'EUR' },
              reason: '10% off for 5 or more',
              plugin: 'bulk-tier-discount',
            },
          ],
        },
      ],
    });
    // a replay of the checkout is the same order, not a second discount
    const replay = await ok(CHECKOUT, checkoutInput(cartId, key));
    expect(replay.checkoutComplete.order.id).toBe(orderId);

    // the higher tier wins on a bigger line
    const big = (await ok(CART, { id: await eurCartWith(ok, variantId, 10) })).cart;
    expect(big.lines[0].adjustments).toEqual([
      { amount: { amount: -1851, currency: 'EUR' }, reason: '15% off for 10 or more', plugin: 'bulk-tier-discount' },
    ]);

    const log = await until(async () => {
      const read = await ok(LOG, { id: installationId });
      const stat = read.pluginInstallation.stats.find((row: { hook: string }) => row.hook === 'cart.price.adjust');
      return stat && stat.calls >= 3 ? read.pluginInstallation : null;
    }, 'the price calls in the log');
    expect(log.invocations.every((call: { outcome: string }) => call.outcome === 'allowed')).toBe(true);
  });

  it('a crashing fail-open plugin leaves prices unchanged, lets checkout proceed and is logged', async () => {
    const { ok, variantId } = await mugShop(platform, 'price-open');
    const { installationId } = await installEnabled(ok, PRICE_FIXTURES.crasherAllow, {});
    const cartId = await eurCartWith(ok, variantId, 6);
    const cart = (await ok(CART, { id: cartId })).cart;
    expect(cart.lines[0]).toMatchObject({ discount: { amount: 0 }, adjustments: [] });
    expect(cart.discount.amount).toBe(0);
    const placed = await ok(CHECKOUT, checkoutInput(cartId));
    expect(placed.checkoutComplete.errors).toEqual([]);
    const order = (await ok(ORDER, { id: placed.checkoutComplete.order.id })).order;
    expect(order.total).toEqual(cart.total);
    const log = await until(async () => {
      const read = await ok(LOG, { id: installationId });
      return read.pluginInstallation.invocations.length >= 2 ? read.pluginInstallation : null;
    }, 'the failed calls in the log');
    expect(log.invocations[0]).toMatchObject({ hook: 'cart.price.adjust', outcome: 'failed', failure: 'error' });
  });

  it('a crashing fail-closed plugin: the cart shows its prices without it, checkout refuses and charges nothing', async () => {
    const { ok, bearer, variantId } = await mugShop(platform, 'price-closed');
    await installEnabled(ok, PRICE_FIXTURES.crasherRefuse, {});
    const cartId = await eurCartWith(ok, variantId, 6);
    expect((await ok(CART, { id: cartId })).cart.discount.amount).toBe(0);
    const refused = (await platform.gql(CHECKOUT, checkoutInput(cartId), bearer)).body.data;
    expect(refused.checkoutComplete).toEqual({
      order: null,
      errors: [
        {
          code: 'PLUGIN_REFUSED',
          field: null,
          message: 'This cannot be checked right now. Please try again in a moment.',
        },
      ],
    });
    const still = await ok(`query ($id: ID!) { cart(id: $id) { status } }`, { id: cartId });
    expect(still.cart.status).toBe('OPEN');
  });

  it("a surcharge is refused in the plugin's name and the price stays; another tenant's carts run none of it", async () => {
    const { ok, variantId } = await mugShop(platform, 'price-surcharge');
    const { installationId } = await installEnabled(ok, PRICE_FIXTURES.surcharge, {});
    const cart = (await ok(CART, { id: await eurCartWith(ok, variantId, 6) })).cart;
    expect(cart.lines[0]).toMatchObject({ total: { amount: 7404 }, discount: { amount: 0 }, adjustments: [] });
    const log = await until(async () => {
      const read = await ok(LOG, { id: installationId });
      return read.pluginInstallation.invocations.length >= 1 ? read.pluginInstallation : null;
    }, 'the refused call in the log');
    expect(log.invocations[0]).toMatchObject({
      outcome: 'refused',
      message: 'A price adjustment may only lower a line (a surcharge is not supported)',
    });

    const other = await mugShop(platform, 'price-other');
    const untouched = (await other.ok(CART, { id: await eurCartWith(other.ok, other.variantId, 12) })).cart;
    expect(untouched.lines[0]).toMatchObject({ discount: { amount: 0 }, adjustments: [] });
  });
});
