import { randomUUID } from 'node:crypto';
import { createEnvelope, localUuid, ok } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { staff, VARIANTS, vid } from '../../orders/test/harness.ts';
import { applyOrderEvent } from '../src/events/in/order-consumer.ts';
import { eventually, fulfillmentStaff, fulfillmentSuite, placeConfirmedOrder } from './harness.ts';

const stack = fulfillmentSuite();
const { orders, fulfillment } = stack;
const tenant = randomUUID();

const SHIP_CREATE = /* GraphQL */ `
  mutation ($input: ShipmentCreateInput!) {
    shipmentCreate(input: $input) { shipment { id status orderOnHold availableActions } errors { code field message } }
  }`;
const PLACE = /* GraphQL */ `
  mutation ($input: OrderHoldPlaceInput!) { orderHoldPlace(input: $input) { hold { id } errors { code } } }`;
const RELEASE = /* GraphQL */ `
  mutation ($input: OrderHoldReleaseInput!) { orderHoldRelease(input: $input) { hold { open } errors { code } } }`;
const PROGRESS = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Order { fulfillment { onHold availableActions } shipments { id status orderOnHold availableActions } }
    }
  }`;

const manager = () => fulfillmentStaff(tenant);
const move = async (name: 'shipmentPack' | 'shipmentShip' | 'shipmentCancel', id: string) =>
  (
    await fulfillment.call(
      `mutation ($id: ID!) { r: ${name}(input: { shipmentId: $id }) { shipment { status } errors { code field } } }`,
      { id },
      manager(),
    )
  ).data?.r;
const createShipment = async (orderId: string, quantity = 1) =>
  (
    await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity }] } },
      manager(),
    )
  ).data?.shipmentCreate;
const progressOf = async (orderId: string) =>
  (await fulfillment.call(PROGRESS, { reps: [{ __typename: 'Order', id: orderId }] }, manager())).data?._entities[0];

const placeHold = async (orderId: string, reason = 'Fraud check') => {
  const placed = await orders.call(PLACE, { input: { orderId, reason, source: 'workflow:test' } }, staff(tenant));
  expect(placed.data?.orderHoldPlace.errors).toEqual([]);
  return placed.data?.orderHoldPlace.hold.id as string;
};
const releaseHold = async (holdId: string) => {
  const released = await orders.call(RELEASE, { input: { holdId } }, staff(tenant));
  expect(released.data?.orderHoldRelease.errors).toEqual([]);
};

/** A confirmed order of 3 mugs that fulfillment's read model knows; its global id. */
const confirmedOrder = async () => (await placeConfirmedOrder(stack, tenant, { mug: 3 })).orderId;

describe('holds refuse fulfilment', () => {
  it('refuses a shipment while the order is on hold (learnt from the events), and creates it once released', async () => {
    const orderId = await confirmedOrder();
    const holdId = await placeHold(orderId);
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === true);
    expect((await progressOf(orderId))?.fulfillment).toEqual({ onHold: true, availableActions: [] });
    const refused = await createShipment(orderId);
    expect(refused).toEqual({
      shipment: null,
      errors: [
        {
          code: 'ORDER_ON_HOLD',
          field: ['input', 'orderId'],
          message: 'The order is on hold: release its hold in orders first',
        },
      ],
    });
    expect((await progressOf(orderId))?.shipments).toEqual([]);

    await releaseHold(holdId);
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === false);
    const created = await createShipment(orderId);
    expect(created.errors).toEqual([]);
    expect(created.shipment).toMatchObject({
      status: 'PENDING',
      orderOnHold: false,
      availableActions: ['PACK', 'CANCEL'],
    });
  });

  it('stops packing and shipping of an existing shipment while held (cancel stays), and shows it as held', async () => {
    const orderId = await confirmedOrder();
    const shipment = (await createShipment(orderId, 2)).shipment;
    const first = await placeHold(orderId, 'Address check');
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === true);
    expect((await progressOf(orderId))?.shipments).toEqual([
      { id: shipment.id, status: 'PENDING', orderOnHold: true, availableActions: ['CANCEL'] },
    ]);
    expect(await move('shipmentPack', shipment.id)).toEqual({
      shipment: null,
      errors: [{ code: 'ORDER_ON_HOLD', field: null }],
    });

    await releaseHold(first);
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === false);
    expect((await move('shipmentPack', shipment.id))?.shipment).toEqual({ status: 'PACKED' });

    const second = await placeHold(orderId, 'Payment review');
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === true);
    expect((await move('shipmentShip', shipment.id))?.errors).toEqual([{ code: 'ORDER_ON_HOLD', field: null }]);
    // nothing left the warehouse: inventory's reservation was not committed
    const key = `shipment:${localUuid(shipment.id, 'Shipment')}`;
    expect(fulfillment.stock.commits.has(key)).toBe(false);
    await releaseHold(second);
    await eventually(async () => (await progressOf(orderId))?.fulfillment?.onHold === false);
    expect((await move('shipmentShip', shipment.id))?.shipment).toEqual({ status: 'SHIPPED' });
  });

  it('is safe against the race: a hold event arriving while a shipment is being created refuses it, never both', async () => {
    const orderId = await confirmedOrder();
    const orderUuid = localUuid(orderId, 'Order');
    const envelope = createEnvelope({
      type: 'orders.order.hold_placed',
      tenantId: tenant,
      aggregateType: 'Order',
      aggregateId: orderUuid,
      payload: { orderId: orderUuid, holdId: randomUUID(), reason: 'Race', source: 'staff', openHolds: 1 },
    });
    // the consumer applies the hold and, before it commits, a shipment is requested
    let commit: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let applied: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      applied = resolve;
    });
    const consumer = fulfillment.server.deps.unitOfWork(tenant).tx(async (sql) => {
      await applyOrderEvent(sql, envelope);
      applied();
      await gate;
      return ok(null);
    });
    await inside;
    const creating = createShipment(orderId);
    // the shipment waits on the order's row the consumer holds
    const early = await Promise.race([
      creating.then(() => 'done'),
      new Promise((r) => setTimeout(() => r('waiting'), 300)),
    ]);
    expect(early).toBe('waiting');
    commit();
    expect((await consumer).ok).toBe(true);
    expect((await creating)?.errors.map((error: { code: string }) => error.code)).toEqual(['ORDER_ON_HOLD']);
    expect((await progressOf(orderId))?.shipments).toEqual([]);
  });

  it('concurrent shipments and a hold event: each shipment either committed before the hold or is refused; none packs while held', async () => {
    const orderId = await confirmedOrder();
    const orderUuid = localUuid(orderId, 'Order');
    // many shipments and hold events at once: whatever the interleaving, no shipment is created after
    // the hold committed, and none is packed while it is open
    const holdId = randomUUID();
    const envelope = createEnvelope({
      type: 'orders.order.hold_placed',
      tenantId: tenant,
      aggregateType: 'Order',
      aggregateId: orderUuid,
      payload: { orderId: orderUuid, holdId, reason: 'Race', source: 'staff', openHolds: 1 },
    });
    const [results] = await Promise.all([
      Promise.all([createShipment(orderId), createShipment(orderId), createShipment(orderId)]),
      fulfillment.server.deps.unitOfWork(tenant).tx(async (sql) => {
        await applyOrderEvent(sql, envelope);
        return ok(null);
      }),
    ]);
    const created = results.filter((result) => result?.shipment).map((result) => result.shipment);
    const refused = results.filter((result) => !result?.shipment).flatMap((result) => result.errors);
    expect(created.length + refused.length).toBe(3);
    expect(refused.every((error: { code: string }) => error.code === 'ORDER_ON_HOLD')).toBe(true);
    // after the hold committed: every shipment shows it, and none can be packed
    for (const shipment of created) {
      expect((await move('shipmentPack', shipment.id))?.errors).toEqual([{ code: 'ORDER_ON_HOLD', field: null }]);
    }
    expect((await createShipment(orderId))?.errors.map((error: { code: string }) => error.code)).toEqual([
      'ORDER_ON_HOLD',
    ]);
    // a late, repeated placement never reopens a released hold (events may arrive out of order)
    const released = createEnvelope({ ...envelope, id: randomUUID(), type: 'orders.order.hold_released' });
    const late = createEnvelope({ ...envelope, id: randomUUID() });
    for (const event of [released, late]) {
      await fulfillment.server.deps.unitOfWork(tenant).tx(async (sql) => {
        await applyOrderEvent(sql, event);
        return ok(null);
      });
    }
    expect((await progressOf(orderId))?.fulfillment?.onHold).toBe(false);
  });
});
