import { randomUUID } from 'node:crypto';
import type { AuthContext } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { customer, staff, VARIANTS, vid } from '../../orders/test/harness.ts';
import { eventually, fulfillmentStaff, fulfillmentSuite, placeConfirmedOrder } from './harness.ts';

const stack = fulfillmentSuite();
const { orders, fulfillment } = stack;
const tenant = randomUUID();
const manager = fulfillmentStaff(tenant);

const ORDER = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order {
        fulfillment {
          availableActions
          lines { variant { id } orderedQuantity toShipQuantity returnableQuantity }
        }
        shipments { id status availableActions }
        returns { id status availableActions }
      }
    }
  }`;

interface OrderView {
  fulfillment: {
    availableActions: string[];
    lines: { variant: { id: string }; orderedQuantity: number; toShipQuantity: number; returnableQuantity: number }[];
  } | null;
  shipments: { id: string; status: string; availableActions: string[] }[];
  returns: { id: string; status: string; availableActions: string[] }[];
}

async function orderView(orderId: string, auth: Partial<AuthContext> = manager): Promise<OrderView> {
  const result = await fulfillment.call(ORDER, { representations: [{ __typename: 'Order', id: orderId }] }, auth);
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0] as OrderView;
}

const SHIP_CREATE = /* GraphQL */ `
  mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`;
const RETURN_REQUEST = /* GraphQL */ `
  mutation ($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id } errors { code } } }`;

const SHIPMENT_MUTATIONS = {
  PACK: 'shipmentPack',
  SHIP: 'shipmentShip',
  DELIVER: 'shipmentDeliver',
  CANCEL: 'shipmentCancel',
} as const;
const RETURN_MUTATIONS = {
  APPROVE: 'returnApprove',
  RECEIVE: 'returnReceive',
  REFUND: 'returnRefund',
  REJECT: 'returnReject',
} as const;

async function run(mutation: string, id: string, auth: Partial<AuthContext> = manager): Promise<string[]> {
  const key = mutation.startsWith('shipment') ? 'shipmentId' : 'returnId';
  const result = await fulfillment.call(
    `mutation ($id: ID!) { r: ${mutation}(input: { ${key}: $id }) { errors { code } } }`,
    { id },
    auth,
  );
  expect(result.errors, mutation).toBeUndefined();
  expect(result.data?.r.errors, mutation).toBeInstanceOf(Array);
  return ((result.data?.r.errors ?? []) as { code: string }[]).map((error) => error.code);
}

/** A confirmed order of 3 mugs and 1 tee that fulfillment's read model knows. */
const confirmedOrder = () => placeConfirmedOrder(stack, tenant, { mug: 3, tee: 1 });

async function shipment(orderId: string, lines: { variantId: string; quantity: number }[]): Promise<string> {
  const created = await fulfillment.call(SHIP_CREATE, { input: { orderId, lines } }, manager);
  const id = created.data?.shipmentCreate.shipment?.id;
  if (!id) throw new Error(`shipmentCreate failed: ${JSON.stringify(created)}`);
  return id;
}

/**
 * In each state: the offered actions equal `expected`, and every action not offered is refused by
 * its mutation (INVALID_TRANSITION); the offered ones are proven by the walk that follows.
 */
async function expectShipment(orderId: string, id: string, expected: string[]) {
  const found = (await orderView(orderId)).shipments.find((candidate) => candidate.id === id);
  expect(found?.availableActions, found?.status).toEqual(expected);
  for (const [action, mutation] of Object.entries(SHIPMENT_MUTATIONS)) {
    if (!expected.includes(action))
      expect(await run(mutation, id), `${action} from ${found?.status}`).toEqual(['INVALID_TRANSITION']);
  }
}

async function expectReturn(orderId: string, id: string, expected: string[]) {
  const found = (await orderView(orderId)).returns.find((candidate) => candidate.id === id);
  expect(found?.availableActions, found?.status).toEqual(expected);
  for (const [action, mutation] of Object.entries(RETURN_MUTATIONS)) {
    if (!expected.includes(action))
      expect(await run(mutation, id), `${action} from ${found?.status}`).toEqual(['INVALID_TRANSITION']);
  }
}

describe('Shipment.availableActions', () => {
  it('follows the shipment machine: pending → packed → shipped → delivered, cancel before it ships', async () => {
    const { orderId } = await confirmedOrder();
    const id = await shipment(orderId, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    await expectShipment(orderId, id, ['PACK', 'CANCEL']);
    expect(await run('shipmentPack', id)).toEqual([]);
    await expectShipment(orderId, id, ['SHIP', 'CANCEL']);
    expect(await run('shipmentShip', id)).toEqual([]);
    await expectShipment(orderId, id, ['DELIVER']);
    expect(await run('shipmentDeliver', id)).toEqual([]);
    await expectShipment(orderId, id, []);

    const fromPending = await shipment(orderId, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    expect(await run('shipmentCancel', fromPending)).toEqual([]);
    await expectShipment(orderId, fromPending, []);
    const fromPacked = await shipment(orderId, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    expect(await run('shipmentPack', fromPacked)).toEqual([]);
    expect(await run('shipmentCancel', fromPacked)).toEqual([]);
    await expectShipment(orderId, fromPacked, []);
  });

  it('offers nothing to a caller without fulfillment:manage', async () => {
    const { orderId, shopper } = await confirmedOrder();
    await shipment(orderId, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
    const reader = await orderView(orderId, staff(tenant, ['orders:read']));
    expect(reader.shipments.map((row) => row.availableActions)).toEqual([[]]);
    const own = await orderView(orderId, shopper);
    expect(own.shipments.map((row) => row.availableActions)).toEqual([[]]);
  });
});

describe('Return.availableActions', () => {
  it('follows the return machine: requested → approved → received → refunded, reject until refunded', async () => {
    const { orderId } = await confirmedOrder();
    const sent = await shipment(orderId, [{ variantId: vid(VARIANTS.mug), quantity: 3 }]);
    await run('shipmentPack', sent);
    await run('shipmentShip', sent);
    const request = async () => {
      const result = await fulfillment.call(
        RETURN_REQUEST,
        { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 1 }] } },
        manager,
      );
      return result.data?.returnRequest.return.id as string;
    };
    const id = await request();
    await expectReturn(orderId, id, ['APPROVE', 'REJECT']);
    expect(await run('returnApprove', id)).toEqual([]);
    await expectReturn(orderId, id, ['RECEIVE', 'REJECT']);
    expect(await run('returnReceive', id)).toEqual([]);
    await expectReturn(orderId, id, ['REFUND', 'REJECT']);
    expect(await run('returnRefund', id)).toEqual([]);
    await expectReturn(orderId, id, []);

    const rejected = await request();
    expect(await run('returnApprove', rejected)).toEqual([]);
    expect(await run('returnReceive', rejected)).toEqual([]);
    expect(await run('returnReject', rejected)).toEqual([]);
    await expectReturn(orderId, rejected, []);
  });
});

describe('Order.fulfillment', () => {
  it('gives what is left to ship and to return per line; the mutations accept exactly that much', async () => {
    const { orderId, shopper } = await confirmedOrder();
    const quantities = async (auth: Partial<AuthContext> = manager) => {
      const view = (await orderView(orderId, auth)).fulfillment;
      return {
        actions: view?.availableActions,
        lines: Object.fromEntries(
          (view?.lines ?? []).map((line) => [
            line.variant.id === vid(VARIANTS.mug) ? 'mug' : 'tee',
            [line.orderedQuantity, line.toShipQuantity, line.returnableQuantity],
          ]),
        ),
      };
    };
    expect(await quantities()).toEqual({ actions: ['CREATE_SHIPMENT'], lines: { mug: [3, 3, 0], tee: [1, 1, 0] } });

    const first = await shipment(orderId, [{ variantId: vid(VARIANTS.mug), quantity: 2 }]);
    // a pending shipment counts against what is left to ship, not yet as returnable
    expect(await quantities()).toEqual({ actions: ['CREATE_SHIPMENT'], lines: { mug: [3, 1, 0], tee: [1, 1, 0] } });
    await run('shipmentPack', first);
    await run('shipmentShip', first);
    expect(await quantities()).toEqual({
      actions: ['CREATE_SHIPMENT', 'REQUEST_RETURN'],
      lines: { mug: [3, 1, 2], tee: [1, 1, 0] },
    });

    // one more than offered is refused; the offered amount is accepted
    const over = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
      manager,
    );
    expect(over.data?.shipmentCreate.errors).toEqual([{ code: 'SHIP_QUANTITY_EXCEEDS_ORDER' }]);
    const tooMany = await fulfillment.call(
      RETURN_REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 3 }] } },
      shopper,
    );
    expect(tooMany.data?.returnRequest.errors).toEqual([{ code: 'RETURN_QUANTITY_EXCEEDS_SHIPPED' }]);

    // the shopper may request a return of their own order, never create a shipment
    expect(await quantities(shopper)).toEqual({
      actions: ['REQUEST_RETURN'],
      lines: { mug: [3, 1, 2], tee: [1, 1, 0] },
    });
    const returned = await fulfillment.call(
      RETURN_REQUEST,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.mug), quantity: 2 }] } },
      shopper,
    );
    expect(returned.data?.returnRequest.errors).toEqual([]);
    expect(await quantities(shopper)).toEqual({ actions: [], lines: { mug: [3, 1, 0], tee: [1, 1, 0] } });

    const rest = await shipment(orderId, [
      { variantId: vid(VARIANTS.mug), quantity: 1 },
      { variantId: vid(VARIANTS.tee), quantity: 1 },
    ]);
    expect(rest).toBeTruthy();
    expect(await quantities()).toEqual({ actions: [], lines: { mug: [3, 0, 0], tee: [1, 0, 0] } });
  });

  it('is hidden from another shopper and offers nothing to a reader without fulfillment:manage', async () => {
    const { orderId } = await confirmedOrder();
    expect((await orderView(orderId, customer(tenant))).fulfillment).toBeNull();
    const reader = (await orderView(orderId, staff(tenant, ['orders:read']))).fulfillment;
    expect(reader?.availableActions).toEqual([]);
    expect(reader?.lines.map((line) => line.toShipQuantity).sort()).toEqual([1, 3]);
  });

  it('offers no shipment for an order that is not confirmed (or cancelled)', async () => {
    const { orderId } = await confirmedOrder();
    await orders.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: orderId },
      staff(tenant),
    );
    await eventually(async () => (await orderView(orderId)).fulfillment?.availableActions.length === 0);
    const refused = await fulfillment.call(
      SHIP_CREATE,
      { input: { orderId, lines: [{ variantId: vid(VARIANTS.tee), quantity: 1 }] } },
      manager,
    );
    expect(refused.data?.shipmentCreate.errors).toEqual([{ code: 'ORDER_NOT_SHIPPABLE' }]);
  });
});
