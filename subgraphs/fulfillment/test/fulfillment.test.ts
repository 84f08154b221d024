import { randomUUID } from 'node:crypto';
import { assertTenantTablesProtected, type EventEnvelope } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { customer, staff, VARIANTS, vid } from '../../orders/test/harness.ts';
import { eventually, fulfillmentStaff, fulfillmentSuite, placeConfirmedOrder } from './harness.ts';

const tenant = randomUUID();
const received: EventEnvelope[] = [];
const stack = fulfillmentSuite((started) =>
  started.bus.subscribe({
    consumer: 'test-returns',
    subjects: ['ucos.fulfillment.>'],
    handler: (envelope) => {
      received.push(envelope);
    },
  }),
);
const { orders, fulfillment } = stack;

const SHIP_CREATE = /* GraphQL */ `
  mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id status version } errors { code field message } } }`;
const move = (name: string, id: string, extra = '') =>
  fulfillment.call(
    `mutation ($id: ID!) { ${name}(input: { ${name.startsWith('shipment') ? 'shipmentId' : 'returnId'}: $id ${extra} }) {
       ${name.startsWith('shipment') ? 'shipment' : 'return'} { status trackingNumber: id } errors { code message } } }`,
    { id },
    fulfillmentStaff(tenant),
  );

/** A confirmed order of 3 mugs and 1 tee that fulfillment's read model knows. */
const confirmedOrder = (checkoutOverrides: Record<string, unknown> = {}) =>
  placeConfirmedOrder(stack, tenant, { mug: 3, tee: 1 }, checkoutOverrides);

const orderStatus = async (id: string) =>
  (await orders.call(`query ($id: ID!) { order(id: $id) { status } }`, { id }, staff(tenant))).data?.order.status;

describe('shipments', () => {
  it('ships part then the rest of an order: inventory commits, the order becomes partially fulfilled then fulfilled', async () => {
    const { orderId } = await confirmedOrder();
    const first = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
      fulfillmentStaff(tenant),
    );
    const shipmentId = first.data?.shipmentCreate.shipment.id;
    expect(first.data?.shipmentCreate.shipment.status).toBe('PENDING');
    expect((await move('shipmentShip', shipmentId)).data?.shipmentShip.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await move('shipmentPack', shipmentId)).data?.shipmentPack.shipment.status).toBe('PACKED');
    expect(
      (await move('shipmentShip', shipmentId, ', trackingNumber: "TRACK-1"')).data?.shipmentShip.shipment.status,
    ).toBe('SHIPPED');
    // the shipped event names whom to tell about which order (workflows' shipment notification mails it)
    const order = (
      await orders.call(`query ($id: ID!) { order(id: $id) { email number } }`, { id: orderId }, staff(tenant))
    ).data?.order;
    expect(order?.email).toMatch(/@/);
    await eventually(async () =>
      received.some(
        (event) => event.type === 'fulfillment.shipment.shipped' && event.aggregateId === decode(shipmentId),
      ),
    );
    const shipped = received.find(
      (event) => event.type === 'fulfillment.shipment.shipped' && event.aggregateId === decode(shipmentId),
    );
    expect(shipped?.payload).toMatchObject({
      orderId: decode(orderId),
      email: order.email,
      orderNumber: order.number,
      from: 'packed',
    });
    expect([...fulfillment.stock.commits.values()]).toContainEqual({
      reference: decode(orderId),
      idempotencyKey: `shipment:${decode(shipmentId)}`,
      lines: [{ variantId: VARIANTS.mug, quantity: 2 }],
    });
    await eventually(async () => (await orderStatus(orderId)) === 'PARTIALLY_FULFILLED');
    const over = await fulfillment.call(
      SHIP_CREATE,
      {
        input: {
          orderId,
          lines: [
            { variantId: vid(VARIANTS.mug), quantity: 2 },
            { variantId: vid(VARIANTS.tee), quantity: 1 },
          ],
        },
      },
      fulfillmentStaff(tenant),
    );
    expect(over.data?.shipmentCreate.errors).toEqual([
      {
        code: 'SHIP_QUANTITY_EXCEEDS_ORDER',
        field: ['input', 'lines', '0', 'quantity'],
        message: 'Only 1 left to ship',
      },
    ]);
    const rest = await fulfillment.call(
      SHIP_CREATE,
      {
        input: {
          orderId,
          lines: [
            { variantId: vid(VARIANTS.mug), quantity: 1 },
            { variantId: vid(VARIANTS.tee), quantity: 1 },
          ],
        },
      },
      fulfillmentStaff(tenant),
    );
    const restId = rest.data?.shipmentCreate.shipment.id;
    await move('shipmentPack', restId);
    await move('shipmentShip', restId);
    await eventually(async () => (await orderStatus(orderId)) === 'FULFILLED');
    expect((await move('shipmentDeliver', restId)).data?.shipmentDeliver.shipment.status).toBe('DELIVERED');
    expect((await move('shipmentCancel', restId)).data?.shipmentCancel.errors[0].code).toBe('INVALID_TRANSITION');
    const view = await orders.call(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Order", id: $id }]) { ... on Order { id } } }`,
      { id: orderId },
      staff(tenant),
    );
    expect(view.data?._entities[0].id).toBe(orderId);
    const extended = await fulfillment.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { shipments { status lines { quantity } history { to } } } } }`,
      { r: [{ __typename: 'Order', id: orderId }] },
      staff(tenant),
    );
    expect(extended.data?._entities[0].shipments.map((s: { status: string }) => s.status)).toEqual([
      'SHIPPED',
      'DELIVERED',
    ]);
    expect(extended.data?._entities[0].shipments[1].history.map((h: { to: string }) => h.to)).toEqual([
      'pending',
      'packed',
      'shipped',
      'delivered',
    ]);
  });

  it('ships with the service the shopper chose at checkout unless the warehouse picks another', async () => {
    const SHIP_SERVICE = `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { carrier service } errors { code } } }`;
    const { orderId } = await confirmedOrder({ shippingMethod: 'express' });
    const chosen = await fulfillment.call(
      SHIP_SERVICE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      fulfillmentStaff(tenant),
    );
    expect(chosen.data?.shipmentCreate).toEqual({ shipment: { carrier: 'manual', service: 'express' }, errors: [] });
    const overridden = await fulfillment.call(
      SHIP_SERVICE,
      { input: { orderId, service: 'standard', lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      fulfillmentStaff(tenant),
    );
    expect(overridden.data?.shipmentCreate.shipment.service).toBe('standard');
    const { orderId: standardOrder } = await confirmedOrder();
    const cheapest = await fulfillment.call(
      SHIP_SERVICE,
      { input: { orderId: standardOrder, lines: [{ variantId: vid(VARIANTS.tee), quantity: 1 }] } },
      fulfillmentStaff(tenant),
    );
    expect(cheapest.data?.shipmentCreate.shipment.service).toBe('standard');
  });

  it('refuses shipments for unconfirmed or cancelled orders and concurrent over-shipping', async () => {
    const { orderId } = await confirmedOrder();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        fulfillment.call(
          SHIP_CREATE,
          { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
          fulfillmentStaff(tenant),
        ),
      ),
    );
    expect(attempts.filter((a) => a.data?.shipmentCreate.shipment).length).toBe(1);
    const cancelledOrder = await confirmedOrder();
    await orders.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: cancelledOrder.orderId },
      staff(tenant),
    );
    await eventually(async () => {
      const r = await fulfillment.call(
        SHIP_CREATE,
        { input: { orderId: cancelledOrder.orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
        fulfillmentStaff(tenant),
      );
      return r.data?.shipmentCreate.errors[0]?.code === 'ORDER_NOT_SHIPPABLE';
    });
    const bad = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 0 }] } },
      fulfillmentStaff(tenant),
    );
    expect(bad.data?.shipmentCreate.errors[0].code).toBe('INVALID_QUANTITY');
    const nobody = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      customer(tenant),
    );
    expect(nobody.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherTenant = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      fulfillmentStaff(randomUUID()),
    );
    expect(otherTenant.data?.shipmentCreate.errors[0].code).toBe('NOT_FOUND');
  });

  it('a failed inventory commit leaves the shipment packed; the retry ships once', async () => {
    const { orderId } = await confirmedOrder();
    const created = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.tee), quantity: 1 }] } },
      fulfillmentStaff(tenant),
    );
    const id = created.data?.shipmentCreate.shipment.id;
    await move('shipmentPack', id);
    fulfillment.stock.failing = true;
    expect((await move('shipmentShip', id)).data?.shipmentShip.errors[0].code).toBe('SERVICE_UNAVAILABLE');
    fulfillment.stock.failing = false;
    expect((await move('shipmentShip', id)).data?.shipmentShip.shipment.status).toBe('SHIPPED');
  });

  it('quotes rates from the manual carrier table', async () => {
    const rates = await fulfillment.call(
      `{ domestic: shippingRates(weightGrams: 1500, destinationCountry: "DE") { service price { amount currency } estimatedDays }
         abroad: shippingRates(weightGrams: 5000, destinationCountry: "US") { service price { amount } } }`,
      {},
      fulfillmentStaff(tenant),
    );
    expect(rates.data?.domestic).toEqual([
      { service: 'standard', price: { amount: 499, currency: 'EUR' }, estimatedDays: 3 },
      { service: 'express', price: { amount: 1499, currency: 'EUR' }, estimatedDays: 1 },
    ]);
    expect(rates.data?.abroad).toEqual([{ service: 'international', price: { amount: 2999 } }]);
  });
});

describe('returns', () => {
  it('requested → approved → received (restock event) → refunded; never more than shipped', async () => {
    const { orderId, shopper } = await confirmedOrder();
    const shipment = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
      fulfillmentStaff(tenant),
    );
    const shipmentId = shipment.data?.shipmentCreate.shipment.id;
    const REQUEST = `mutation ($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id status } errors { code field } } }`;
    const early = await fulfillment.call(
      REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      shopper,
    );
    expect(early.data?.returnRequest.errors[0].code).toBe('RETURN_QUANTITY_EXCEEDS_SHIPPED');
    await move('shipmentPack', shipmentId);
    await move('shipmentShip', shipmentId);
    const stranger = await fulfillment.call(
      REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      customer(tenant),
    );
    expect(stranger.data?.returnRequest.errors[0].code).toBe('NOT_FOUND');
    const tooMany = await fulfillment.call(
      REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 3 }] } },
      shopper,
    );
    expect(tooMany.data?.returnRequest.errors[0]).toEqual({
      code: 'RETURN_QUANTITY_EXCEEDS_SHIPPED',
      field: ['input', 'lines', '0', 'quantity'],
    });
    const requested = await fulfillment.call(
      REQUEST,
      { input: { orderId, reason: 'too big', lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
      shopper,
    );
    const returnId = requested.data?.returnRequest.return.id;
    expect(requested.data?.returnRequest.return.status).toBe('REQUESTED');
    const again = await fulfillment.call(
      REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
      shopper,
    );
    expect(again.data?.returnRequest.errors[0].code).toBe('RETURN_QUANTITY_EXCEEDS_SHIPPED');
    expect((await move('returnRefund', returnId)).data?.returnRefund.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await move('returnApprove', returnId)).data?.returnApprove.return.status).toBe('APPROVED');
    const warehouse = Buffer.from(`Warehouse:${randomUUID()}`).toString('base64url');
    expect(
      (await move('returnReceive', returnId, `, warehouseId: "${warehouse}"`)).data?.returnReceive.return.status,
    ).toBe('RECEIVED');
    const refunded = await fulfillment.call(
      `mutation ($id: ID!) { returnRefund(input: { returnId: $id }) { return { status refundAmount } errors { code } } }`,
      { id: returnId },
      fulfillmentStaff(tenant),
    );
    expect(refunded.data?.returnRefund.return).toEqual({ status: 'REFUNDED', refundAmount: 2500 });
    await eventually(async () =>
      received.some((event) => event.type === 'fulfillment.return.received' && event.aggregateId === decode(returnId)),
    );
    const restock = received.find(
      (event) => event.type === 'fulfillment.return.received' && event.aggregateId === decode(returnId),
    );
    expect(restock?.payload).toMatchObject({
      returnId: decode(returnId),
      orderId: decode(orderId),
      lines: [{ variantId: VARIANTS.mug, quantity: 2, warehouseId: decode(warehouse) }],
    });
  });

  it('every fulfillment table is tenant-protected', async () => {
    await assertTenantTablesProtected(stack.db.adminUrl, 'fulfillment');
  });
});

function decode(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';
}
