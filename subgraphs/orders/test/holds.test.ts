import { randomUUID } from 'node:crypto';
import { type EventEnvelope, encodeGlobalId, localUuid } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { type Caller, cartWith, customer, ordersSuite, staff, VARIANTS, vid } from './harness.ts';

const PLACE = /* GraphQL */ `
  mutation ($input: OrderHoldPlaceInput!) {
    orderHoldPlace(input: $input) {
      hold { id reason source placedBy placedAt open releasedAt }
      order { id onHold availableActions }
      errors { code field message }
    }
  }`;
const RELEASE = /* GraphQL */ `
  mutation ($input: OrderHoldReleaseInput!) {
    orderHoldRelease(input: $input) {
      hold { id open releasedAt releasedBy releaseNote }
      order { id onHold availableActions }
      errors { code field message }
    }
  }`;
const HOLDS = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) { status onHold availableActions holds { id reason source placedBy open releaseNote } }
  }`;
const CONFIRM = 'mutation ($id: ID!) { r: orderConfirm(input: { orderId: $id }) { order { status } errors { code } } }';
const CAPTURE =
  'mutation ($id: ID!) { r: orderPaymentCapture(input: { orderId: $id }) { order { paymentStatus } errors { code } } }';
const COMPLETE = 'mutation ($id: ID!) { r: orderComplete(input: { orderId: $id }) { errors { code } } }';
const CANCEL = 'mutation ($id: ID!) { r: orderCancel(input: { orderId: $id }) { order { status } errors { code } } }';

const tenantId = randomUUID();
const manager: Caller = { ...staff(tenantId), subject: 'user-ada' };
const events: EventEnvelope[] = [];
const h = ordersSuite({
  onHand: { mug: 1_000_000, tee: 1_000_000 },
  started: (service) =>
    service.bus.subscribe({
      consumer: 'test-holds',
      subjects: ['ucos.orders.order.hold_placed', 'ucos.orders.order.hold_released'],
      handler: (envelope) => {
        events.push(envelope);
      },
    }),
});

async function placeOrder(auth: Caller = customer(tenantId)): Promise<string> {
  const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
  const placed = await h.checkout(cart.id, auth);
  const id = placed.data?.checkoutComplete.order?.id;
  if (!id) throw new Error(`checkout failed: ${JSON.stringify(placed)}`);
  return id;
}

const place = async (input: Record<string, unknown>, auth: Caller = manager) => {
  const result = await h.call(PLACE, { input }, auth);
  expect(result.errors).toBeUndefined();
  return result.data?.orderHoldPlace;
};
const release = async (input: Record<string, unknown>, auth: Caller = manager) => {
  const result = await h.call(RELEASE, { input }, auth);
  expect(result.errors).toBeUndefined();
  return result.data?.orderHoldRelease;
};
const holdsOf = async (orderId: string) => (await h.call(HOLDS, { id: orderId }, manager)).data?.order;
const codesOf = (payload: { errors: { code: string }[] }) => payload.errors.map((error) => error.code);

async function waitForEvents(count: number, holdId: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const matching = events.filter((event) => (event.payload as { holdId: string }).holdId === holdId);
    if (matching.length >= count || Date.now() > deadline) return matching;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('orderHoldPlace and orderHoldRelease', () => {
  it('places a hold that refuses confirm, capture and completion, and offers none of them, until released', async () => {
    const orderId = await placeOrder();
    const placed = await place({ orderId, reason: 'High value: check the address', source: 'workflow:high-value' });
    expect(placed.errors).toEqual([]);
    expect(placed.hold).toMatchObject({
      reason: 'High value: check the address',
      source: 'workflow:high-value',
      placedBy: 'user-ada',
      open: true,
      releasedAt: null,
    });
    expect(placed.order).toEqual({ id: orderId, onHold: true, availableActions: ['CANCEL'] });

    // the mutations agree with availableActions
    expect(codesOf((await h.call(CONFIRM, { id: orderId }, manager)).data?.r)).toEqual(['ORDER_ON_HOLD']);
    expect(codesOf((await h.call(CAPTURE, { id: orderId }, manager)).data?.r)).toEqual(['ORDER_ON_HOLD']);
    expect((await holdsOf(orderId))?.status).toBe('CREATED');

    const released = await release({ holdId: placed.hold.id, note: 'Address verified by phone' });
    expect(released.errors).toEqual([]);
    expect(released.hold).toMatchObject({
      open: false,
      releasedBy: 'user-ada',
      releaseNote: 'Address verified by phone',
    });
    expect(released.order).toEqual({
      id: orderId,
      onHold: false,
      availableActions: ['CONFIRM', 'CANCEL', 'CAPTURE_PAYMENT'],
    });
    expect((await h.call(CONFIRM, { id: orderId }, manager)).data?.r).toEqual({
      order: { status: 'CONFIRMED' },
      errors: [],
    });

    const order = await holdsOf(orderId);
    expect(order?.holds).toEqual([
      {
        id: placed.hold.id,
        reason: 'High value: check the address',
        source: 'workflow:high-value',
        placedBy: 'user-ada',
        open: false,
        releaseNote: 'Address verified by phone',
      },
    ]);

    const published = await waitForEvents(2, localUuid(placed.hold.id, 'OrderHold'));
    expect(published.map((event) => [event.type, event.aggregateType, event.aggregateId])).toEqual([
      ['orders.order.hold_placed', 'Order', localUuid(orderId, 'Order')],
      ['orders.order.hold_released', 'Order', localUuid(orderId, 'Order')],
    ]);
    expect(published.map((event) => event.payload)).toEqual([
      {
        orderId: localUuid(orderId, 'Order'),
        holdId: localUuid(placed.hold.id, 'OrderHold'),
        reason: 'High value: check the address',
        source: 'workflow:high-value',
        openHolds: 1,
      },
      {
        orderId: localUuid(orderId, 'Order'),
        holdId: localUuid(placed.hold.id, 'OrderHold'),
        reason: 'High value: check the address',
        source: 'workflow:high-value',
        openHolds: 0,
      },
    ]);
  });

  it('stays on hold while any of several holds is open; completion waits too; cancel is still possible', async () => {
    const orderId = await placeOrder();
    const first = await place({ orderId, reason: 'Fraud check' });
    const second = await place({ orderId, reason: 'Customer called' });
    expect(first.hold.source).toBe('staff');
    await release({ holdId: first.hold.id });
    expect((await holdsOf(orderId))?.onHold).toBe(true);
    await h.adminQuery(`update orders.orders set status = 'fulfilled' where id = $1`, [localUuid(orderId, 'Order')]);
    expect((await holdsOf(orderId))?.availableActions).toEqual([]);
    expect(codesOf((await h.call(COMPLETE, { id: orderId }, manager)).data?.r)).toEqual(['ORDER_ON_HOLD']);
    await release({ holdId: second.hold.id });
    expect((await holdsOf(orderId))?.availableActions).toEqual(['COMPLETE', 'CAPTURE_PAYMENT']);

    const cancellable = await placeOrder();
    await place({ orderId: cancellable, reason: 'Fraud check' });
    expect((await h.call(CANCEL, { id: cancellable }, manager)).data?.r).toEqual({
      order: { status: 'CANCELLED' },
      errors: [],
    });
  });

  it('places one hold per idempotency key: a retry returns the same hold and publishes nothing again', async () => {
    const orderId = await placeOrder();
    const key = `workflow-run-${randomUUID()}`;
    const input = { orderId, reason: 'High value', source: 'workflow:high-value-order-hold', idempotencyKey: key };
    const [a, b] = await Promise.all([place(input), place(input)]);
    const again = await place(input);
    expect([a.errors, b.errors, again.errors]).toEqual([[], [], []]);
    expect(new Set([a.hold.id, b.hold.id, again.hold.id]).size).toBe(1);
    expect((await holdsOf(orderId))?.holds).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await waitForEvents(1, localUuid(a.hold.id, 'OrderHold'))).toHaveLength(1);

    // the same key for another order is refused, and places nothing there
    const other = await placeOrder();
    const reused = await place({ ...input, orderId: other });
    expect(reused.errors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], message: expect.any(String) },
    ]);
    expect(reused.hold).toBeNull();
    expect((await holdsOf(other))?.holds).toEqual([]);

    // a retry after the hold was released still answers with that hold (the workflow's step is done)
    await release({ holdId: a.hold.id });
    const late = await place(input);
    expect(late.hold).toMatchObject({ id: a.hold.id, open: false });
    expect((await holdsOf(orderId))?.onHold).toBe(false);
  });

  it('answers typed errors: unknown order, final order, blank reason, unknown or released hold', async () => {
    const missing = await place({ orderId: encodeGlobalId('Order', randomUUID()), reason: 'x' });
    expect(missing.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'orderId'], message: 'No such order' }]);

    const cancelled = await placeOrder();
    await h.call(CANCEL, { id: cancelled }, manager);
    const final = await place({ orderId: cancelled, reason: 'Too late' });
    expect(final.errors).toEqual([
      { code: 'ORDER_FINAL', field: ['input', 'orderId'], message: 'A cancelled order cannot be held' },
    ]);
    expect((await holdsOf(cancelled))?.holds).toEqual([]);

    const orderId = await placeOrder();
    const blank = await place({ orderId, reason: '   ' });
    expect(codesOf(blank)).toEqual(['INVALID_INPUT']);
    expect(blank.errors[0].field).toEqual(['input', 'reason']);
    const longSource = await h.call(PLACE, { input: { orderId, reason: 'x', source: 'x'.repeat(201) } }, manager);
    expect(longSource.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await holdsOf(orderId))?.holds).toEqual([]);

    const unknown = await release({ holdId: encodeGlobalId('OrderHold', randomUUID()) });
    expect(unknown.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'holdId'], message: 'No such hold' }]);
    const malformed = await h.call(RELEASE, { input: { holdId: orderId } }, manager);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const placed = await place({ orderId, reason: 'Check' });
    await release({ holdId: placed.hold.id, note: 'ok' });
    const twice = await release({ holdId: placed.hold.id, note: 'again' });
    expect(twice.errors).toEqual([
      { code: 'HOLD_ALREADY_RELEASED', field: ['input', 'holdId'], message: 'The hold was already released' },
    ]);
    expect((await holdsOf(orderId))?.holds[0]).toMatchObject({ open: false, releaseNote: 'ok' });
  });

  it('requires orders:manage; a reader sees holds but no actions; another tenant sees nothing', async () => {
    const shopper = customer(tenantId);
    const orderId = await placeOrder(shopper);
    const reader = staff(tenantId, ['orders:read']);
    const refused = await h.call(PLACE, { input: { orderId, reason: 'x' } }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byShopper = await h.call(PLACE, { input: { orderId, reason: 'x' } }, shopper);
    expect(byShopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const placed = await place({ orderId, reason: 'Check' });
    const seen = await h.call(HOLDS, { id: orderId }, reader);
    expect(seen.data?.order).toMatchObject({ onHold: true, availableActions: [], holds: [{ reason: 'Check' }] });

    const stranger = staff(randomUUID());
    const foreign = await h.call(PLACE, { input: { orderId, reason: 'x' } }, stranger);
    expect(codesOf(foreign.data?.orderHoldPlace)).toEqual(['NOT_FOUND']);
    const foreignRelease = await h.call(RELEASE, { input: { holdId: placed.hold.id } }, stranger);
    expect(codesOf(foreignRelease.data?.orderHoldRelease)).toEqual(['NOT_FOUND']);
    expect((await holdsOf(orderId))?.onHold).toBe(true);
  });
});
