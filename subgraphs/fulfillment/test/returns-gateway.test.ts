import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayOverStack, startGatewayOver } from '../../orders/test/gateway-over-stack.ts';
import { type Stack, startStack } from '../../orders/test/stack.ts';

/**
 * Self-service returns as the storefront asks for them, through the real gateway and the committed
 * supergraph with shopper tokens: the order's own shopper requests a return within the tenant's
 * return window and sees it refunded; another shopper finds neither the order nor a way to return
 * from it; after the window closes the request is RETURN_WINDOW_CLOSED.
 */
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
let stack: Stack;
let gateway: GatewayOverStack;

const STAFF_SCOPES = ['orders:manage', 'orders:read', 'fulfillment:manage', 'inventory:read'];
const SHOPPER_SCOPES = ['catalog:browse', 'cart:own', 'checkout', 'orders:own'];
const staff = (query: string, variables: Record<string, unknown> = {}) =>
  gateway.as({ sub: randomUUID(), tid: stack.tenantId, rol: ['staff'], scp: STAFF_SCOPES })(query, variables);
const shopper = () =>
  gateway.as({ sub: randomUUID(), tid: stack.tenantId, rol: [], scp: SHOPPER_SCOPES, knd: 'customer' });

const ORDER = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) {
      id
      fulfillment { availableActions returnWindowEndsAt lines { variant { id } returnableQuantity } }
      returns { id status refundAmount lines { quantity } }
    }
  }`;
const RETURN_REQUEST = /* GraphQL */ `
  mutation ($input: ReturnRequestInput!) {
    returnRequest(input: $input) { return { id status } errors { code field } }
  }`;
const SET_WINDOW = /* GraphQL */ `
  mutation ($days: Int!) {
    fulfillmentSettingsUpdate(input: { returnWindowDays: $days }) { settings { returnWindowDays } errors { code field } }
  }`;

let owner: ReturnType<typeof shopper>;
let orderId: string;

async function retry<T>(attempt: () => Promise<T | null>): Promise<T> {
  // fulfillment learns of orders from their events, a moment later
  for (let tries = 0; tries < 200; tries++) {
    const value = await attempt();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error('never happened');
}

beforeAll(async () => {
  stack = await startStack(bus, { poolSize: 8 });
  gateway = await startGatewayOver(stack);
  await stack.setStock(1, 0, 100);
  await stack.setStock(1, 1, 100);
  owner = shopper();
  orderId = await stack.placeOrder(
    [
      { variantId: stack.variant(1, 0), quantity: 2 },
      { variantId: stack.variant(1, 1), quantity: 1 },
    ],
    { email: 'returns@example.com', checkout: owner },
  );
  await staff(`mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`, { id: orderId });
  const shipmentId = await retry(async () => {
    const created = await staff(
      `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
      {
        input: {
          orderId,
          lines: [
            { variantId: stack.variant(1, 0), quantity: 2 },
            { variantId: stack.variant(1, 1), quantity: 1 },
          ],
        },
      },
    );
    return (created.data?.shipmentCreate.shipment?.id as string | undefined) ?? null;
  });
  for (const move of ['shipmentPack', 'shipmentShip']) {
    const moved = await staff(`mutation ($id: ID!) { m: ${move}(input: { shipmentId: $id }) { errors { code } } }`, {
      id: shipmentId,
    });
    expect(moved.data?.m.errors, move).toEqual([]);
  }
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await stack?.close();
  await bus.close();
});

describe('self-service returns through the gateway', () => {
  it('another shopper finds neither the order nor a way to return from it', async () => {
    const stranger = shopper();
    const seen = await stranger(ORDER, { id: orderId });
    expect(seen.data?.order ?? null).toBeNull();
    const requested = await stranger(RETURN_REQUEST, {
      input: { orderId, reason: 'not mine', lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] },
    });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.returnRequest).toEqual({
      return: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'orderId'] }],
    });
    const mine = await owner(ORDER, { id: orderId });
    expect(mine.data?.order.returns).toEqual([]);
  }, 60_000);

  it('the return window: 30 days by default, and a shopper is refused once it has closed', async () => {
    const settings = await owner(`{ fulfillmentSettings { returnWindowDays } }`);
    expect(settings.data?.fulfillmentSettings).toEqual({ returnWindowDays: 30 });
    const open = (await owner(ORDER, { id: orderId })).data?.order.fulfillment;
    expect(open.availableActions).toEqual(['REQUEST_RETURN']);
    const endsIn = (new Date(open.returnWindowEndsAt).getTime() - Date.now()) / 86_400_000;
    expect(endsIn).toBeGreaterThan(29.9);
    expect(endsIn).toBeLessThanOrEqual(30);

    // a shopper may not change the window; staff may, within 0..365 days
    const byShopper = await owner(SET_WINDOW, { days: 90 });
    expect(byShopper.data?.fulfillmentSettingsUpdate ?? null).toBeNull();
    expect((await staff(SET_WINDOW, { days: 366 })).data?.fulfillmentSettingsUpdate).toEqual({
      settings: null,
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'returnWindowDays'] }],
    });
    expect((await staff(SET_WINDOW, { days: 0 })).data?.fulfillmentSettingsUpdate).toEqual({
      settings: { returnWindowDays: 0 },
      errors: [],
    });
    const closed = (await owner(ORDER, { id: orderId })).data?.order.fulfillment;
    expect(closed.availableActions).toEqual([]);
    const refused = await owner(RETURN_REQUEST, {
      input: { orderId, reason: 'too late', lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] },
    });
    expect(refused.data?.returnRequest).toEqual({
      return: null,
      errors: [{ code: 'RETURN_WINDOW_CLOSED', field: null }],
    });
    expect((await owner(ORDER, { id: orderId })).data?.order.returns).toEqual([]);

    expect((await staff(SET_WINDOW, { days: 30 })).data?.fulfillmentSettingsUpdate.errors).toEqual([]);
  }, 60_000);

  it("the order's shopper requests a return, never more than returnable, and sees it refunded", async () => {
    const tooMany = await owner(RETURN_REQUEST, {
      input: { orderId, reason: 'Too small', lines: [{ variantId: stack.variant(1, 0), quantity: 3 }] },
    });
    expect(tooMany.data?.returnRequest.errors).toEqual([
      { code: 'RETURN_QUANTITY_EXCEEDS_SHIPPED', field: ['input', 'lines', '0', 'quantity'] },
    ]);
    const requested = await owner(RETURN_REQUEST, {
      input: { orderId, reason: 'Too small', lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] },
    });
    expect(requested.data?.returnRequest.errors).toEqual([]);
    const returnId = requested.data?.returnRequest.return.id as string;
    expect(requested.data?.returnRequest.return.status).toBe('REQUESTED');

    for (const move of ['returnApprove', 'returnReceive', 'returnRefund']) {
      const moved = await staff(`mutation ($id: ID!) { m: ${move}(input: { returnId: $id }) { errors { code } } }`, {
        id: returnId,
      });
      expect(moved.data?.m.errors, move).toEqual([]);
    }
    const seen = (await owner(ORDER, { id: orderId })).data?.order;
    expect(seen.returns).toHaveLength(1);
    expect(seen.returns[0]).toMatchObject({ id: returnId, status: 'REFUNDED', lines: [{ quantity: 1 }] });
    expect(seen.returns[0].refundAmount).toBeGreaterThan(0);
    const returnable = Object.fromEntries(
      seen.fulfillment.lines.map((line: { variant: { id: string }; returnableQuantity: number }) => [
        line.variant.id,
        line.returnableQuantity,
      ]),
    );
    expect(returnable).toEqual({ [stack.variant(1, 0)]: 1, [stack.variant(1, 1)]: 1 });
  }, 60_000);
});
