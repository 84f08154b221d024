import { randomUUID } from 'node:crypto';
import { createEnvelope, encodeGlobalId } from '@ucos/kit';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import {
  CHECKOUT,
  cartWith,
  checkoutInput,
  customer,
  LINES_ADD,
  type OrdersHarness,
  ordersSuite,
  staff,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

const h = ordersSuite();
const tenant = randomUUID();
const other = randomUUID();

async function adminCount(sql: string, values: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: h.db.adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(sql, values);
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

describe('carts', () => {
  it('prices lines from catalog and computes flat shipping, never trusting the client', async () => {
    const cart = await cartWith(h, storefront(tenant), [
      { variantId: vid(VARIANTS.mug), quantity: 2 },
      { variantId: vid(VARIANTS.tee), quantity: 1 },
    ]);
    const result = await h.call(
      `query ($id: ID!) { cart(id: $id) { lines { sku quantity unitPrice { amount currency fractionDigits } } subtotal { amount } shipping { amount } tax { amount } total { amount } } }`,
      { id: cart.id },
      storefront(tenant),
    );
    expect(result.data?.cart).toEqual({
      lines: [
        { sku: 'MUG-1', quantity: 2, unitPrice: { amount: 1250, currency: 'EUR', fractionDigits: 2 } },
        { sku: 'TEE-1', quantity: 1, unitPrice: { amount: 2000, currency: 'EUR', fractionDigits: 2 } },
      ],
      subtotal: { amount: 4500 },
      shipping: { amount: 499 },
      tax: { amount: 0 },
      total: { amount: 4999 },
    });
  });

  it('rejects quantity <= 0, unknown and unsellable variants, currency mismatch and stale versions as typed errors', async () => {
    const auth = storefront(tenant);
    const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }], 'EUR');
    const codes = async (input: Record<string, unknown>) =>
      ((await h.call(LINES_ADD, { input: { cartId: cart.id, ...input } }, auth)).data?.cartLinesAdd.errors ?? []).map(
        (error: { code: string }) => error.code,
      );
    expect(await codes({ lines: [{ variantId: vid(VARIANTS.mug), quantity: 0 }] })).toEqual(['INVALID_QUANTITY']);
    expect(await codes({ lines: [{ variantId: vid(VARIANTS.mug), quantity: -3 }] })).toEqual(['INVALID_QUANTITY']);
    expect(await codes({ lines: [{ variantId: vid(randomUUID()), quantity: 1 }] })).toEqual(['UNKNOWN_VARIANT']);
    expect(await codes({ lines: [{ variantId: vid(VARIANTS.draft), quantity: 1 }] })).toEqual(['UNKNOWN_VARIANT']);
    // a string that is no variant id at all is the caller's mistake, not an unknown variant
    const garbage = await h.call(
      LINES_ADD,
      { input: { cartId: cart.id, lines: [{ variantId: 'garbage', quantity: 1 }] } },
      auth,
    );
    expect(garbage.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', ['input', 'lines', '0', 'variantId']],
    ]);
    expect(await codes({ version: cart.version - 1, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] })).toEqual([
      'CONFLICT',
    ]);
    const usd = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }], 'USD');
    const mismatch = await h.call(
      LINES_ADD,
      { input: { cartId: usd.id, lines: [{ variantId: vid(VARIANTS.tee), quantity: 1 }] } },
      auth,
    );
    expect(mismatch.data?.cartLinesAdd.errors.map((e: { code: string }) => e.code)).toEqual(['CURRENCY_MISMATCH']);
    const unchanged = await h.call(
      `query ($id: ID!) { cart(id: $id) { version lines { quantity } } }`,
      { id: cart.id },
      auth,
    );
    expect(unchanged.data?.cart).toEqual({ version: cart.version, lines: [{ quantity: 1 }] });
  });

  it("merges an anonymous cart into the customer's cart on sign-in", async () => {
    const anonymous = await cartWith(h, storefront(tenant), [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
    const shopper = customer(tenant);
    await cartWith(h, shopper, [
      { variantId: vid(VARIANTS.mug), quantity: 1 },
      { variantId: vid(VARIANTS.tee), quantity: 1 },
    ]);
    const merged = await h.call(
      `mutation ($id: ID!) { cartMerge(input: { anonymousCartId: $id }) { cart { signedIn lines { sku quantity } } errors { code } } }`,
      { id: anonymous.id },
      shopper,
    );
    expect(merged.data?.cartMerge).toEqual({
      cart: {
        signedIn: true,
        lines: [
          { sku: 'MUG-1', quantity: 3 },
          { sku: 'TEE-1', quantity: 1 },
        ],
      },
      errors: [],
    });
    const old = await h.call(`query ($id: ID!) { cart(id: $id) { status } }`, { id: anonymous.id }, storefront(tenant));
    expect(old.data?.cart.status).toBe('MERGED');
    const mine = await h.call(`{ myCart { lines { quantity } } }`, {}, shopper);
    expect(mine.data?.myCart.lines).toHaveLength(2);
  });

  it("never lets one customer use another customer's cart", async () => {
    const alice = customer(tenant);
    const cart = await cartWith(h, alice, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const bob = customer(tenant);
    expect((await h.call(`query ($id: ID!) { cart(id: $id) { id } }`, { id: cart.id }, bob)).data?.cart).toBeNull();
    expect(
      (await h.call(`query ($id: ID!) { cart(id: $id) { id } }`, { id: cart.id }, storefront(tenant))).data?.cart,
    ).toBeNull();
    const add = await h.call(
      LINES_ADD,
      { input: { cartId: cart.id, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      bob,
    );
    expect(add.data?.cartLinesAdd.errors[0].code).toBe('NOT_FOUND');
  });
});

describe('checkout', () => {
  it('reserves stock, authorises payment, creates the order with history and an outboxed event', async () => {
    h.stock.available.set(VARIANTS.mug, 5);
    const cart = await cartWith(h, storefront(tenant), [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
    const result = await h.checkout(cart.id, storefront(tenant));
    const order = result.data?.checkoutComplete.order;
    expect(result.data?.checkoutComplete.errors).toEqual([]);
    expect(order).toMatchObject({
      status: 'CREATED',
      paymentStatus: 'AUTHORIZED',
      total: { amount: 2999, currency: 'EUR' },
    });
    expect(h.stock.available.get(VARIANTS.mug)).toBe(3);
    const detail = await h.call(
      `query ($id: ID!) { order(id: $id) { history { machine from to actorKind } } orderEvents(orderId: $id) { type version } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(detail.data?.order.history).toEqual([
      { machine: 'order', from: null, to: 'created', actorKind: 'publishable_key' },
      { machine: 'payment', from: null, to: 'authorized', actorKind: 'publishable_key' },
    ]);
    expect(detail.data?.orderEvents).toEqual([{ type: 'orders.order.created', version: 1 }]);
    // the storefront key that checked out cannot read orders afterwards; the cart is completed
    const again = await h.checkout(cart.id, storefront(tenant));
    expect(again.data?.checkoutComplete.errors[0].code).toBe('CART_NOT_OPEN');
  });

  it('refuses an empty cart, a stale cart version and bad input, writing nothing', async () => {
    const auth = storefront(tenant);
    const before = await adminCount('select count(*) from orders.orders');
    const created = await h.call(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }`, {}, auth);
    const empty = await h.checkout(created.data?.cartCreate.cart.id, auth);
    expect(empty.data?.checkoutComplete.errors.map((e: { code: string }) => e.code)).toEqual(['CART_EMPTY']);
    const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const stale = await h.checkout(cart.id, auth, { cartVersion: cart.version - 1 });
    expect(stale.data?.checkoutComplete.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    const badEmail = await h.checkout(cart.id, auth, { email: 'nope' });
    expect(badEmail.data?.checkoutComplete.errors[0]).toMatchObject({
      code: 'INVALID_EMAIL',
      field: ['input', 'email'],
    });
    const badCountry = await h.checkout(cart.id, auth, {
      shippingAddress: { name: 'A', line1: 'B', city: 'C', postalCode: '1', country: 'Germany' },
    });
    expect(badCountry.data?.checkoutComplete.errors[0].field).toEqual(['input', 'shippingAddress', 'country']);
    expect(await adminCount('select count(*) from orders.orders')).toBe(before);
  });

  it('a payment failure leaves no reservation and no order behind', async () => {
    h.stock.available.set(VARIANTS.tee, 4);
    const reservedBefore = h.stock.reservedQuantity();
    const ordersBefore = await adminCount('select count(*) from orders.orders');
    const auth = storefront(tenant);
    const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.tee), quantity: 3 }]);
    const result = await h.checkout(cart.id, auth, { payment: { provider: 'test', token: 'tok_decline' } });
    expect(result.data?.checkoutComplete).toMatchObject({ order: null, errors: [{ code: 'PAYMENT_DECLINED' }] });
    expect(h.stock.available.get(VARIANTS.tee)).toBe(4);
    expect(h.stock.reservedQuantity()).toBe(reservedBefore);
    expect(await adminCount('select count(*) from orders.orders')).toBe(ordersBefore);
    const cartState = await h.call(`query ($id: ID!) { cart(id: $id) { status } }`, { id: cart.id }, auth);
    expect(cartState.data?.cart.status).toBe('OPEN');
  });

  it('the same idempotency key 20 times concurrently creates one order and returns it 20 times', async () => {
    h.stock.available.set(VARIANTS.mug, 100);
    const auth = storefront(tenant);
    const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const input = checkoutInput(cart.id);
    const authorizations = h.payments.calls.authorize;
    const results = await Promise.all(Array.from({ length: 20 }, () => h.call(CHECKOUT, { input }, auth)));
    const ids = new Set(results.map((result) => result.data?.checkoutComplete.order?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(h.payments.calls.authorize - authorizations).toBe(1);
    expect(
      await adminCount('select count(*) from orders.orders where cart_id = $1', [
        cart.id.length ? decode(cart.id) : '',
      ]),
    ).toBe(1);
    const other = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const reused = await h.call(CHECKOUT, { input: { ...input, cartId: other.id } }, auth);
    expect(reused.data?.checkoutComplete.errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('200 concurrent checkouts for 10 units: exactly 10 orders, every loser INSUFFICIENT_STOCK', async () => {
    const variant = randomUUID();
    const pricing = h.server.deps.pricing;
    h.server.deps.pricing = {
      price: async (tenantId, lines, currency, group) => {
        const answers = await pricing.price(tenantId, lines, currency, group);
        for (const line of lines) {
          if (line.variantId === variant) {
            answers.set(variant, {
              variantId: variant,
              sku: 'HOT-1',
              title: 'Hot',
              productId: null,
              unitAmount: 999,
              currency,
              productStatus: 'ACTIVE',
              taxClass: 'standard',
            });
          }
        }
        return answers;
      },
    };
    try {
      h.stock.available.set(variant, 10);
      const auth = storefront(tenant);
      const carts = await Promise.all(
        Array.from({ length: 200 }, () => cartWith(h, auth, [{ variantId: vid(variant), quantity: 1 }])),
      );
      const results = await Promise.all(carts.map((cart) => h.checkout(cart.id, auth)));
      const won = results.filter((result) => result.data?.checkoutComplete.order);
      const lost = results.filter((result) => !result.data?.checkoutComplete.order);
      expect(won).toHaveLength(10);
      expect(lost.every((result) => result.data?.checkoutComplete.errors[0]?.code === 'INSUFFICIENT_STOCK')).toBe(true);
      expect(h.stock.available.get(variant)).toBe(0);
      expect(await adminCount(`select count(*) from orders.order_lines where variant_id = $1`, [variant])).toBe(10);
    } finally {
      h.server.deps.pricing = pricing;
    }
  });
});

function decode(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';
}

describe('order state machine', () => {
  async function placeOrder(quantity = 2) {
    h.stock.available.set(VARIANTS.mug, 1000);
    const shopper = customer(tenant);
    const cart = await cartWith(h, shopper, [
      { variantId: vid(VARIANTS.mug), quantity },
      { variantId: vid(VARIANTS.tee), quantity: 1 },
    ]);
    h.stock.available.set(VARIANTS.tee, 1000);
    const result = await h.checkout(cart.id, shopper);
    const order = result.data?.checkoutComplete.order;
    if (!order) throw new Error(JSON.stringify(result));
    return { order, shopper };
  }
  const move = (name: string, orderId: string, extra = '') =>
    h.call(
      `mutation ($id: ID!) { ${name}(input: { orderId: $id ${extra} }) { order { status paymentStatus version } errors { code message } } }`,
      { id: orderId },
      staff(tenant),
    );

  it('confirms, rejects illegal moves with INVALID_TRANSITION, cancels (release + void) and records who did what', async () => {
    const { order } = await placeOrder();
    expect((await move('orderComplete', order.id)).data?.orderComplete.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await move('orderConfirm', order.id)).data?.orderConfirm.order.status).toBe('CONFIRMED');
    expect((await move('orderConfirm', order.id)).data?.orderConfirm.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await move('orderConfirm', order.id, ', version: 1')).data?.orderConfirm.errors[0].code).toBe('CONFLICT');
    const voids = h.payments.calls.void;
    const cancelled = await move('orderCancel', order.id, ', reason: "customer asked"');
    expect(cancelled.data?.orderCancel.order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'VOIDED' });
    expect(h.payments.calls.void - voids).toBe(1);
    expect(h.stock.reservations.has(decode(order.id))).toBe(false);
    expect((await move('orderCancel', order.id)).data?.orderCancel.errors[0].code).toBe('INVALID_TRANSITION');
    const history = await h.call(
      `query ($id: ID!) { order(id: $id) { history { machine from to actorKind reason } } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(
      history.data?.order.history.map((row: { machine: string; to: string }) => `${row.machine}:${row.to}`),
    ).toEqual(['order:created', 'payment:authorized', 'order:confirmed', 'order:cancelled', 'payment:voided']);
    const events = await h.call(
      `query ($id: ID!) { orderEvents(orderId: $id) { type } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(events.data?.orderEvents.map((row: { type: string }) => row.type)).toEqual([
      'orders.order.created',
      'orders.order.confirmed',
      'orders.order.payment_status_changed',
      'orders.order.cancelled',
    ]);
  });

  it('edits lower a line before fulfilment, adjusting totals and the reservation; increases are refused', async () => {
    const { order } = await placeOrder(3);
    const edit = (quantity: number) =>
      h.call(
        `mutation ($id: ID!, $v: ID!, $q: Int!) { orderLineUpdate(input: { orderId: $id, variantId: $v, quantity: $q }) {
           order { total { amount } lines { sku quantity } } errors { code } } }`,
        { id: order.id, v: vid(VARIANTS.mug), q: quantity },
        staff(tenant),
      );
    expect((await edit(5)).data?.orderLineUpdate.errors[0].code).toBe('INVALID_QUANTITY');
    expect((await edit(-1)).data?.orderLineUpdate.errors[0].code).toBe('INVALID_QUANTITY');
    const lowered = await edit(1);
    expect(lowered.data?.orderLineUpdate.order).toEqual({
      total: { amount: 1250 + 2000 + 499 },
      lines: [
        { sku: 'MUG-1', quantity: 1 },
        { sku: 'TEE-1', quantity: 1 },
      ],
    });
    expect(h.stock.reservations.get(decode(order.id))).toEqual([
      { variantId: VARIANTS.mug, quantity: 1 },
      { variantId: VARIANTS.tee, quantity: 1 },
    ]);
    // the edit is in the order's history (a refused one is not)
    const history = await h.call(
      `query ($id: ID!) { order(id: $id) { history { machine from to actorKind reason } } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(
      history.data?.order.history.filter((entry: { reason: string | null }) => entry.reason?.startsWith('edited')),
    ).toEqual([{ machine: 'order', from: 'created', to: 'created', actorKind: 'user', reason: 'edited: MUG-1 3 → 1' }]);
    // the event carries the split before and after, so finance books the difference from it alone
    const client = new pg.Client({ connectionString: h.db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select payload from orders.outbox where type = 'orders.order.edited' and aggregate_id = $1`,
        [decode(order.id)],
      );
      expect(rows).toHaveLength(1);
      const payload = rows[0].payload;
      expect(payload).toMatchObject({
        totalAmount: 1250 + 2000 + 499,
        version: 2,
        subtotalAmount: 1250 + 2000,
        shippingAmount: 499,
        taxAmount: 0,
        discountAmount: 0,
        previous: {
          subtotalAmount: 3 * 1250 + 2000,
          shippingAmount: 499,
          taxAmount: 0,
          totalAmount: 3 * 1250 + 2000 + 499,
          giftCardAmount: 0,
        },
      });
      expect(payload.totalAmount).toBe(
        payload.subtotalAmount - payload.discountAmount + payload.shippingAmount + payload.taxAmount,
      );
    } finally {
      await client.end();
    }
  });

  it('an edit after capture refunds the difference to the provider, once, and a refused refund edits nothing', async () => {
    const { order } = await placeOrder(3);
    expect((await move('orderPaymentCapture', order.id)).data?.orderPaymentCapture.order.paymentStatus).toBe(
      'CAPTURED',
    );
    const edit = (quantity: number) =>
      h.call(
        `mutation ($id: ID!, $v: ID!, $q: Int!) { orderLineUpdate(input: { orderId: $id, variantId: $v, quantity: $q }) {
           order { total { amount } paymentStatus version } errors { code } } }`,
        { id: order.id, v: vid(VARIANTS.mug), q: quantity },
        staff(tenant),
      );
    const orderId = decode(order.id);
    // the provider refuses: the edit is not made, and no refund is recorded
    const refuse = vi.spyOn(h.payments, 'refund').mockRejectedValueOnce(new Error('the PSP is away'));
    try {
      const refused = await edit(1);
      expect(refused.errors?.length ?? refused.data?.orderLineUpdate.errors.length).toBeGreaterThan(0);
    } finally {
      refuse.mockRestore();
    }
    const unchanged = await h.call(
      `query ($id: ID!) { order(id: $id) { total { amount } lines { sku quantity } } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(unchanged.data?.order.total.amount).toBe(3 * 1250 + 2000 + 499);
    expect([...h.payments.refunds.keys()].filter((key) => key.includes(orderId))).toEqual([]);
    // the provider refunds: the difference, under a key of this edit
    const lowered = await edit(1);
    expect(lowered.data?.orderLineUpdate.order).toEqual({
      total: { amount: 1250 + 2000 + 499 },
      paymentStatus: 'CAPTURED',
      version: 3,
    });
    expect([...h.payments.refunds.entries()].filter(([key]) => key.includes(orderId))).toEqual([
      [`order-edit:${orderId}:3:2500`, 2500],
    ]);
    const history = await h.call(
      `query ($id: ID!) { order(id: $id) { history { reason } } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(
      history.data?.order.history
        .map((entry: { reason: string | null }) => entry.reason)
        .filter((reason: string | null) => reason?.startsWith('edited')),
    ).toEqual(['edited: MUG-1 3 → 1; 25.00 EUR refunded']);
    const client = new pg.Client({ connectionString: h.db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select payload from orders.outbox where type = 'orders.order.edited' and aggregate_id = $1`,
        [orderId],
      );
      expect(rows.map((row) => row.payload.refundedAmount)).toEqual([2500]);
    } finally {
      await client.end();
    }
    // a cancellation afterwards refunds what the provider still holds, not the original total
    const refund = vi.spyOn(h.payments, 'refund');
    try {
      expect((await move('orderCancel', order.id)).data?.orderCancel.order.paymentStatus).toBe('REFUNDED');
      await vi.waitFor(() => expect(refund).toHaveBeenCalledTimes(1));
      expect(refund.mock.calls[0]?.slice(1, 3)).toEqual([1250 + 2000 + 499, 'EUR']);
    } finally {
      refund.mockRestore();
    }
  });

  it('shipment events move the order to partially fulfilled and fulfilled, once per event', async () => {
    const { order } = await placeOrder(2);
    await move('orderConfirm', order.id);
    const orderId = decode(order.id);
    const shipped = (lines: { variantId: string; quantity: number }[], id = randomUUID()) =>
      createEnvelope({
        id,
        type: 'fulfillment.shipment.shipped',
        tenantId: tenant,
        aggregateType: 'Shipment',
        aggregateId: randomUUID(),
        payload: { shipmentId: randomUUID(), orderId, warehouseId: null, lines },
      });
    const first = shipped([{ variantId: VARIANTS.mug, quantity: 2 }]);
    await h.bus.publish(first);
    await h.bus.publish(first); // a redelivery
    await waitFor(async () => (await status(order.id)) === 'PARTIALLY_FULFILLED');
    await h.bus.publish(shipped([{ variantId: VARIANTS.tee, quantity: 1 }]));
    await waitFor(async () => (await status(order.id)) === 'FULFILLED');
    const lines = await h.call(
      `query ($id: ID!) { order(id: $id) { lines { fulfilledQuantity } } }`,
      { id: order.id },
      staff(tenant),
    );
    expect(lines.data?.order.lines).toEqual([{ fulfilledQuantity: 2 }, { fulfilledQuantity: 1 }]);
    expect((await move('orderComplete', order.id)).data?.orderComplete.order.status).toBe('COMPLETED');
  });

  it('a refunded return gives the money back through the provider once; the payment is refunded when all is', async () => {
    const { order } = await placeOrder(1);
    await move('orderConfirm', order.id);
    const captured = await move('orderPaymentCapture', order.id);
    expect(captured.data?.orderPaymentCapture.order.paymentStatus).toBe('CAPTURED');
    const orderId = decode(order.id);
    const total = order.total.amount as number;
    const refunded = (returnId: string, refundAmount: number) =>
      createEnvelope({
        type: 'fulfillment.return.refunded',
        tenantId: tenant,
        aggregateType: 'Return',
        aggregateId: returnId,
        payload: { returnId, orderId, status: 'refunded', refundAmount, currency: 'EUR', lines: [] },
      });
    const partial = randomUUID();
    await h.bus.publish(refunded(partial, 100));
    await waitFor(async () => h.payments.refunds.has(`return:${partial}`));
    await h.bus.publish(refunded(partial, 100)); // the same return again, as a new event
    const rest = randomUUID();
    await h.bus.publish(refunded(rest, total - 100));
    await waitFor(async () => (await paymentStatus(order.id)) === 'REFUNDED');
    expect(h.payments.refunds.get(`return:${partial}`)).toBe(100);
    expect(h.payments.refunds.get(`return:${rest}`)).toBe(total - 100);
    const rows = await h.call(`query ($id: ID!) { order(id: $id) { paymentStatus } }`, { id: order.id }, staff(tenant));
    expect(rows.data?.order.paymentStatus).toBe('REFUNDED');
  });

  async function paymentStatus(id: string) {
    return (await h.call(`query ($id: ID!) { order(id: $id) { paymentStatus } }`, { id }, staff(tenant))).data?.order
      .paymentStatus;
  }

  async function status(id: string) {
    return (await h.call(`query ($id: ID!) { order(id: $id) { status } }`, { id }, staff(tenant))).data?.order.status;
  }
});

describe('permissions and isolation', () => {
  it('customers see only their own orders; keys and other tenants see nothing; staff need the scope', async () => {
    h.stock.available.set(VARIANTS.mug, 1000);
    const alice = customer(tenant);
    const cart = await cartWith(h, alice, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const placed = await h.checkout(cart.id, alice);
    const orderId = placed.data?.checkoutComplete.order.id;
    const read = (auth: Parameters<OrdersHarness['call']>[2]) =>
      h.call(`query ($id: ID!) { order(id: $id) { id } }`, { id: orderId }, auth);
    expect((await read(alice)).data?.order.id).toBe(orderId);
    expect((await read(customer(tenant))).data?.order).toBeNull();
    expect((await read(staff(other))).data?.order).toBeNull();
    expect((await read(storefront(tenant))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(staff(tenant, ['catalog:read']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await h.call(`{ myOrders { totalCount edges { node { id } } } }`, {}, alice);
    expect(mine.data?.myOrders).toEqual({ totalCount: 1, edges: [{ node: { id: orderId } }] });
    expect((await h.call(`{ myOrders { totalCount } }`, {}, customer(other))).data?.myOrders.totalCount).toBe(0);
    const cancel = await h.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: orderId },
      alice,
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await h.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: orderId },
      staff(other),
    );
    expect(foreign.data?.orderCancel.errors[0].code).toBe('NOT_FOUND');
    expect((await h.call(`{ orders { totalCount } }`, {}, staff(other))).data?.orders.totalCount).toBe(0);
    const entity = await h.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }`,
      { r: [{ __typename: 'Order', id: orderId }] },
      staff(other),
    );
    expect(entity.data?._entities).toEqual([null]);
    const company = await h.call(
      `mutation { companyCreate(input: { name: "Acme", customerGroup: "wholesale" }) { company { id } errors { code } } }`,
      {},
      storefront(tenant),
    );
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('every orders table is tenant-protected', async () => {
    const { assertTenantTablesProtected } = await import('@ucos/kit');
    await assertTenantTablesProtected(h.db.adminUrl, 'orders');
  });
});

describe('B2B companies', () => {
  it('prices a buyer at the company customer group', async () => {
    const seen: (string | null)[] = [];
    const pricing = h.server.deps.pricing;
    h.server.deps.pricing = {
      price: (tenantId, lines, currency, group) => {
        seen.push(group);
        return pricing.price(tenantId, lines, currency, group);
      },
    };
    try {
      const created = await h.call(
        `mutation { companyCreate(input: { name: "Acme GmbH", customerGroup: "wholesale" }) { company { id customerGroup } errors { code } } }`,
        {},
        staff(tenant),
      );
      const companyId = created.data?.companyCreate.company.id;
      const buyerId = randomUUID();
      const added = await h.call(
        `mutation ($c: ID!, $u: ID!) { companyBuyerAdd(input: { companyId: $c, customerId: $u }) { company { buyers { id } } errors { code } } }`,
        { c: companyId, u: encodeGlobalId('Customer', buyerId) },
        staff(tenant),
      );
      expect(added.data?.companyBuyerAdd.company.buyers).toEqual([{ id: encodeGlobalId('Customer', buyerId) }]);
      await cartWith(h, customer(tenant, buyerId), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
      expect(seen).toContain('wholesale');
      const me = await h.call(`{ me { company { name customerGroup } } }`, {}, customer(tenant, buyerId));
      expect(me.data?.me.company).toEqual({ name: 'Acme GmbH', customerGroup: 'wholesale' });
    } finally {
      h.server.deps.pricing = pricing;
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('timed out');
}
