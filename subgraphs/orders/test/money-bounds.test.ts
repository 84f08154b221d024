import { randomUUID } from 'node:crypto';
import { MAX_MONEY_AMOUNT } from '@ucos/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticPricing } from './fakes.ts';
import { CART_CREATE, LINES_ADD, type OrdersHarness, startOrders, storefront, vid } from './harness.ts';

/**
 * Totals are summed exactly and never past MAX_MONEY_AMOUNT: a cart whose total would pass it is a
 * business error (AMOUNT_TOO_LARGE), not an overflowed number stored in an order. The prices here
 * come from a pricing port that, unlike catalog, does not hold unit prices to MAX_UNIT_AMOUNT.
 */
const huge = randomUUID();
const big = randomUUID();
const HUGE_PRICE = Math.floor(MAX_MONEY_AMOUNT / 2) - 10;
let harness: OrdersHarness;
const tenantId = randomUUID();

beforeAll(async () => {
  harness = await startOrders({
    pricing: staticPricing(
      new Map([
        [huge, { sku: 'HUGE', title: 'Huge', amounts: { EUR: HUGE_PRICE } }],
        [big, { sku: 'BIG', title: 'Big', amounts: { EUR: 3_000_000_000 } }],
      ]),
    ),
  });
  harness.stock.available.set(huge, 1_000);
  harness.stock.available.set(big, 100_000);
});
afterAll(() => harness?.close());

async function cart() {
  const created = await harness.call(CART_CREATE, { currency: 'EUR' }, storefront(tenantId));
  return created.data?.cartCreate.cart.id as string;
}

describe('totals past the largest amount', () => {
  it('adding lines whose total would pass 2^53 - 1 is AMOUNT_TOO_LARGE, and so is a checkout whose shipping would pass it', async () => {
    const cartId = await cart();
    const fits = await harness.call(
      LINES_ADD,
      { input: { cartId, lines: [{ variantId: vid(huge), quantity: 2 }] } },
      storefront(tenantId),
    );
    expect(fits.data?.cartLinesAdd.errors).toEqual([]);
    expect(fits.data?.cartLinesAdd.cart.subtotal.amount).toBe(HUGE_PRICE * 2);
    const over = await harness.call(
      LINES_ADD,
      { input: { cartId, lines: [{ variantId: vid(huge), quantity: 1 }] } },
      storefront(tenantId),
    );
    expect(over.data?.cartLinesAdd.errors).toEqual([
      {
        code: 'AMOUNT_TOO_LARGE',
        field: ['input', 'lines'],
        message: expect.stringContaining(String(MAX_MONEY_AMOUNT)),
      },
    ]);
    // shipping on top of a subtotal just under the bound: checkout refuses rather than store it
    const placed = await harness.checkout(cartId, storefront(tenantId));
    expect(placed.data?.checkoutComplete.order).toBeNull();
    expect(placed.data?.checkoutComplete.errors.map((error: { code: string }) => error.code)).toEqual([
      'AMOUNT_TOO_LARGE',
    ]);
    const admin = new pg.Client({ connectionString: harness.db.adminUrl });
    await admin.connect();
    const orders = await admin.query('select count(*)::int as n from orders.orders where tenant_id = $1', [tenantId]);
    await admin.end();
    expect(orders.rows[0].n).toBe(0);
  });

  it('a line past 32 bits (3e9 × 10,000) is summed exactly', async () => {
    const cartId = await cart();
    const added = await harness.call(
      LINES_ADD,
      { input: { cartId, lines: [{ variantId: vid(big), quantity: 10_000 }] } },
      storefront(tenantId),
    );
    expect(added.data?.cartLinesAdd.cart.subtotal.amount).toBe(30_000_000_000_000);
  });
});
