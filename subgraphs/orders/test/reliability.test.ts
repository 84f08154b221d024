import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, adminQuery, CHECKOUT, storefront } from './harness.ts';
import { type Stack, startStack, stockOf } from './stack.ts';

/**
 * The reliability proofs against the real catalog and inventory services (HTTP, service
 * tokens, their own schemas) and PostgreSQL: DATABASE_URL's server in CI, the embedded one otherwise.
 */
let stack: Stack;
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
beforeAll(async () => {
  stack = await startStack(bus, { poolSize: 15 });
}, 120_000);
afterAll(async () => {
  await stack?.close();
  await bus.close();
});

const shopper = () => storefront(stack.tenantId);

async function cart(p: number, v: number, quantity: number): Promise<string> {
  const auth = shopper();
  const created = await stack.call.orders(
    `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`,
    {},
    auth,
  );
  const cartId = (created.data as any)?.cartCreate.cart.id as string;
  const added = await stack.call.orders(
    `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { id } errors { code message } } }`,
    { input: { cartId, lines: [{ variantId: stack.variant(p, v), quantity }] } },
    auth,
  );
  if (!(added.data as any)?.cartLinesAdd.cart) throw new Error(`cartLinesAdd failed: ${JSON.stringify(added)}`);
  return cartId;
}

const checkout = (cartId: string, extra: Record<string, unknown> = {}) =>
  stack.call.orders(
    CHECKOUT,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'shopper@example.com',
        shippingAddress: ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
        ...extra,
      },
    },
    shopper(),
  );

const admin = <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => adminQuery<T>(stack.db, sql, values);

describe('checkout against the real catalog and inventory', () => {
  it('prices from catalog: the cart carries the catalog price, never a client one', async () => {
    const cartId = await cart(1, 0, 2);
    const read = await stack.call.orders(
      `query ($id: ID!) { cart(id: $id) { lines { sku unitPrice { amount currency } } } }`,
      { id: cartId },
      shopper(),
    );
    const line = (read.data as any)?.cart.lines[0];
    expect(line.sku).toBe('SKU-000001-0');
    expect(line.unitPrice.currency).toBe('EUR');
    expect(line.unitPrice.amount).toBeGreaterThan(0);
  });

  it('200 concurrent checkouts for 10 units: exactly 10 orders, 0 oversold, every loser INSUFFICIENT_STOCK', async () => {
    await stack.setStock(1, 1, 10);
    const carts = await Promise.all(Array.from({ length: 200 }, () => cart(1, 1, 1)));
    const started = performance.now();
    const results = await Promise.all(carts.map((cartId) => checkout(cartId)));
    const elapsed = performance.now() - started;
    const payloads = results.map((result) => (result.data as any)?.checkoutComplete);
    const won = payloads.filter((payload) => payload?.order);
    const lost = payloads.filter((payload) => !payload?.order);
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(190);
    expect(lost.every((payload) => payload?.errors?.[0]?.code === 'INSUFFICIENT_STOCK')).toBe(true);
    const stock = await stockOf(stack, 1, 1);
    expect(stock).toEqual({ onHand: 10, reserved: 10, available: 0 });
    // reservations consistent: one per order, 1 unit each, none for the losers, all confirmed (no expiry)
    const variant = stack.variantUuid(1, 1);
    const orders = await admin<{ id: string }>(
      `select o.id::text from orders.orders o join orders.order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
        where l.variant_id = $1`,
      [variant],
    );
    expect(orders).toHaveLength(10);
    const reservations = await admin<{ reference: string; quantity: number; confirmed: boolean }>(
      `select r.reference, sum(l.quantity)::int as quantity, bool_and(r.expires_at is null) as confirmed
         from inventory.reservations r
         join inventory.reservation_lines l on l.tenant_id = r.tenant_id and l.reservation_id = r.id
        where l.variant_id = $1 and r.status = 'ACTIVE' group by r.reference`,
      [variant],
    );
    expect(reservations.map((row) => row.reference).sort()).toEqual(orders.map((row) => row.id).sort());
    expect(reservations.every((row) => row.quantity === 1 && row.confirmed)).toBe(true);
    console.info(`200 concurrent checkouts (10 winners) took ${elapsed.toFixed(0)} ms`);
  }, 120_000);

  it('the same idempotency key 20 times concurrently: one order, returned 20 times, one authorisation', async () => {
    await stack.setStock(2, 0, 50);
    const cartId = await cart(2, 0, 3);
    const input = {
      cartId,
      idempotencyKey: randomUUID(),
      email: 'shopper@example.com',
      shippingAddress: ADDRESS,
      payment: { provider: 'test', token: 'tok_ok' },
    };
    const before = stack.payments.calls.authorize;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.call.orders(CHECKOUT, { input }, shopper())),
    );
    const ids = results.map((result) => (result.data as any)?.checkoutComplete.order?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    expect(stack.payments.calls.authorize - before).toBe(1);
    expect(await stockOf(stack, 2, 0)).toEqual({ onHand: 50, reserved: 3, available: 47 });
    const count = await admin<{ count: number }>(
      `select count(*)::int as count from orders.orders where cart_id = $1`,
      [Buffer.from(cartId, 'base64url').toString().split(':')[1]],
    );
    expect(count[0]?.count).toBe(1);
  }, 60_000);

  it('a payment failure leaves no reservation and no order behind', async () => {
    await stack.setStock(2, 1, 5);
    const cartId = await cart(2, 1, 2);
    const ordersBefore = await admin<{ count: number }>(`select count(*)::int as count from orders.orders`);
    const result = await checkout(cartId, { payment: { provider: 'test', token: 'tok_decline' } });
    expect((result.data as any)?.checkoutComplete).toMatchObject({
      order: null,
      errors: [{ code: 'PAYMENT_DECLINED' }],
    });
    expect(await stockOf(stack, 2, 1)).toEqual({ onHand: 5, reserved: 0, available: 5 });
    const active = await admin<{ count: number }>(
      `select count(*)::int as count from inventory.reservations r join inventory.reservation_lines l
         on l.tenant_id = r.tenant_id and l.reservation_id = r.id where l.variant_id = $1 and r.status = 'ACTIVE'`,
      [stack.variantUuid(2, 1)],
    );
    expect(active[0]?.count).toBe(0);
    expect(await admin(`select count(*)::int as count from orders.orders`)).toEqual(ordersBefore);
  });

  it('cancelling releases the reservation; shipping commits it (stock decrements), through fulfillment', async () => {
    await stack.setStock(0, 1, 20);
    const staffAuth = {
      kind: 'user' as const,
      subject: randomUUID(),
      tenantId: stack.tenantId,
      scopes: ['orders:manage', 'orders:read', 'fulfillment:manage'],
    };
    const first = (await checkout(await cart(0, 1, 4))).data as any;
    expect(first?.checkoutComplete.errors).toEqual([]);
    await stack.call.orders(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: first.checkoutComplete.order.id },
      staffAuth,
    );
    expect(await stockOf(stack, 0, 1)).toEqual({ onHand: 20, reserved: 0, available: 20 });
    const second = (await checkout(await cart(0, 1, 3))).data as any;
    const orderId = second.checkoutComplete.order.id;
    await stack.call.orders(
      `mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`,
      { id: orderId },
      staffAuth,
    );
    let shipmentId: string | undefined;
    const end = Date.now() + 5000;
    while (!shipmentId && Date.now() < end) {
      const created = await stack.call.fulfillment(
        `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
        { input: { orderId, warehouseId: stack.warehouse, lines: [{ variantId: stack.variant(0, 1), quantity: 3 }] } },
        staffAuth,
      );
      shipmentId = (created.data as any)?.shipmentCreate.shipment?.id;
      if (!shipmentId) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(shipmentId).toBeTruthy();
    for (const name of ['shipmentPack', 'shipmentShip']) {
      const moved = await stack.call.fulfillment(
        `mutation ($id: ID!) { ${name}(input: { shipmentId: $id }) { errors { code message } } }`,
        { id: shipmentId },
        staffAuth,
      );
      expect((moved.data as any)?.[name].errors).toEqual([]);
    }
    expect(await stockOf(stack, 0, 1)).toEqual({ onHand: 17, reserved: 0, available: 17 });
  }, 30_000);
});
