import { randomUUID } from 'node:crypto';
import { localUuid } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { type Caller, cartWith, customer, ordersSuite, staff, VARIANTS, vid } from './harness.ts';

const ACTIONS = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) { status paymentStatus availableActions lines { sku fulfilledQuantity availableActions } }
  }`;

/** Each action's mutation, as the admin sends it; every one answers `{ order, errors }`. */
const MUTATIONS: Record<string, string> = {
  CONFIRM: 'mutation ($id: ID!) { r: orderConfirm(input: { orderId: $id }) { errors { code } } }',
  CANCEL: 'mutation ($id: ID!) { r: orderCancel(input: { orderId: $id }) { errors { code } } }',
  COMPLETE: 'mutation ($id: ID!) { r: orderComplete(input: { orderId: $id }) { errors { code } } }',
  CAPTURE_PAYMENT: 'mutation ($id: ID!) { r: orderPaymentCapture(input: { orderId: $id }) { errors { code } } }',
};

type OrderStatus = 'created' | 'confirmed' | 'partially_fulfilled' | 'fulfilled' | 'completed' | 'cancelled';
type PaymentStatus = 'authorized' | 'captured' | 'voided' | 'refunded' | 'failed';

/**
 * What the admin may do in every reachable state, written out by hand from the product rules (not
 * read from the machines): an order moves created → confirmed → (partially_)fulfilled → completed,
 * cancels only before fulfilment, and captures an authorised payment unless it is cancelled.
 */
const EXPECTED: [OrderStatus, PaymentStatus, string[]][] = [
  ['created', 'authorized', ['CONFIRM', 'CANCEL', 'CAPTURE_PAYMENT']],
  ['created', 'captured', ['CONFIRM', 'CANCEL']],
  ['created', 'failed', ['CONFIRM', 'CANCEL']],
  ['confirmed', 'authorized', ['CANCEL', 'CAPTURE_PAYMENT']],
  ['confirmed', 'captured', ['CANCEL']],
  ['partially_fulfilled', 'authorized', ['CAPTURE_PAYMENT']],
  ['partially_fulfilled', 'captured', []],
  ['fulfilled', 'authorized', ['COMPLETE', 'CAPTURE_PAYMENT']],
  ['fulfilled', 'captured', ['COMPLETE']],
  ['completed', 'captured', []],
  ['completed', 'refunded', []],
  ['cancelled', 'voided', []],
  ['cancelled', 'refunded', []],
  ['cancelled', 'authorized', []],
];

const h = ordersSuite({ onHand: { mug: 1_000_000, tee: 1_000_000 } });
const tenantId = randomUUID();
const manager: Caller = staff(tenantId);

async function placeOrder(auth: Caller = customer(tenantId)): Promise<string> {
  const cart = await cartWith(h, auth, [
    { variantId: vid(VARIANTS.mug), quantity: 2 },
    { variantId: vid(VARIANTS.tee), quantity: 1 },
  ]);
  const placed = await h.checkout(cart.id, auth);
  const id = placed.data?.checkoutComplete.order?.id;
  if (!id) throw new Error(`checkout failed: ${JSON.stringify(placed)}`);
  return id;
}

/** Puts an order into a state directly (the states after confirmed are reached through fulfillment's events). */
async function setState(orderId: string, status: OrderStatus, paymentStatus: PaymentStatus) {
  await h.adminQuery(`update orders.orders set status = $2, payment_status = $3 where id = $1`, [
    localUuid(orderId, 'Order'),
    status,
    paymentStatus,
  ]);
}

async function actionsOf(orderId: string, auth: Caller = manager) {
  const result = await h.call(ACTIONS, { id: orderId }, auth);
  expect(result.errors).toBeUndefined();
  return result.data?.order as {
    status: string;
    availableActions: string[];
    lines: { sku: string; fulfilledQuantity: number; availableActions: string[] }[];
  };
}

describe('Order.availableActions', () => {
  it.each(EXPECTED)(
    '%s order, %s payment: offers %j, and exactly those mutations succeed',
    async (status, payment, expected) => {
      const probe = await placeOrder();
      await setState(probe, status, payment);
      const order = await actionsOf(probe);
      expect(order.availableActions).toEqual(expected);

      // one source of truth: from the same state, every offered mutation succeeds and every other is refused
      for (const action of Object.keys(MUTATIONS)) {
        const orderId = await placeOrder();
        await setState(orderId, status, payment);
        const result = await h.call(MUTATIONS[action] as string, { id: orderId }, manager);
        expect(result.errors, action).toBeUndefined();
        const codes = ((result.data?.r.errors ?? null) as { code: string }[] | null)?.map((error) => error.code);
        if (expected.includes(action)) expect(codes, `${action} is offered`).toEqual([]);
        else expect(codes, `${action} is not offered`).toEqual(['INVALID_TRANSITION']);
      }
    },
  );

  it('offers nothing to a caller who may read but not manage orders, nor to the shopper', async () => {
    const shopper = customer(tenantId);
    const orderId = await placeOrder(shopper);
    expect((await actionsOf(orderId)).availableActions).toEqual(['CONFIRM', 'CANCEL', 'CAPTURE_PAYMENT']);
    const reader = await actionsOf(orderId, staff(tenantId, ['orders:read']));
    expect(reader.availableActions).toEqual([]);
    expect(reader.lines.every((line) => line.availableActions.length === 0)).toBe(true);
    const own = await actionsOf(orderId, shopper);
    expect(own.availableActions).toEqual([]);
    expect(own.lines.every((line) => line.availableActions.length === 0)).toBe(true);
    // and the mutation it would offer is refused to the reader
    const refused = await h.call(MUTATIONS.CONFIRM as string, { id: orderId }, staff(tenantId, ['orders:read']));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('OrderLine.availableActions', () => {
  it.each([
    ['created', ['UPDATE']],
    ['confirmed', ['UPDATE']],
    ['partially_fulfilled', []],
    ['fulfilled', []],
    ['cancelled', []],
  ] as const)('a %s order offers %j on a line nothing of has shipped', async (status, expected) => {
    const orderId = await placeOrder();
    await setState(orderId, status, 'authorized');
    const order = await actionsOf(orderId);
    expect(order.lines.map((line) => line.availableActions)).toEqual([expected, expected]);
  });

  it('stops offering UPDATE on a line that shipped, and orderLineUpdate agrees', async () => {
    const orderId = await placeOrder();
    await setState(orderId, 'confirmed', 'authorized');
    await h.adminQuery(`update orders.order_lines set fulfilled_quantity = 1 where order_id = $1 and sku = 'MUG-1'`, [
      localUuid(orderId, 'Order'),
    ]);
    const order = await actionsOf(orderId);
    const bySku = Object.fromEntries(order.lines.map((line) => [line.sku, line.availableActions]));
    expect(bySku).toEqual({ 'MUG-1': [], 'TEE-1': ['UPDATE'] });
    const update = /* GraphQL */ `
      mutation ($input: OrderLineUpdateInput!) { orderLineUpdate(input: $input) { errors { code } } }`;
    const shippedLine = await h.call(
      update,
      { input: { orderId, variantId: vid(VARIANTS.mug), quantity: 1 } },
      manager,
    );
    expect(shippedLine.data?.orderLineUpdate.errors).toEqual([{ code: 'NOT_EDITABLE' }]);
    const openLine = await h.call(update, { input: { orderId, variantId: vid(VARIANTS.tee), quantity: 0 } }, manager);
    expect(openLine.data?.orderLineUpdate.errors).toEqual([]);
  });
});
