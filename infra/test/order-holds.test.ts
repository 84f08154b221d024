import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutOrder, type Ok, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Order holds across domains, through the real gateway and bus: a hold placed in orders reaches
 * fulfillment through its events and refuses the shipment there, the order shows it from both
 * subgraphs (`holds`, `onHold` from orders; `fulfillment.onHold` from fulfillment), and releasing it
 * lets the shipment through. Another tenant can neither see nor release it.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let orderId: string;
let variantId: string;
let warehouseId: string;
let ok: Ok;

const SHIP = `mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id orderOnHold } errors { code field } } }`;
const shipOne = () =>
  platform.gql(SHIP, { input: { orderId, warehouseId, lines: [{ variantId, quantity: 1 }] } }, alpha.bearer);
const ORDER = `query($id: ID!) { order(id: $id) {
  onHold availableActions holds { reason source open releaseNote }
  fulfillment { onHold availableActions }
} }`;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('holds-alpha');
  ok = okAs(platform, alpha.bearer);
  beta = await platform.tenant('holds-beta');
  ({ variantId, warehouseId } = await sellableVariant(ok, {
    handle: 'vase',
    title: 'Vase',
    sku: 'VASE-1',
    amount: 4999,
    onHand: 10,
  }));
  orderId = await checkoutOrder(ok, variantId, 2);
  await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
    input: { orderId },
  });
  // fulfillment has the confirmed order once it offers a shipment
  await until(async () => {
    const order = await ok(ORDER, { id: orderId });
    return order.order.fulfillment?.availableActions.includes('CREATE_SHIPMENT') ? true : null;
  }, 'fulfillment to know the order');
}, 180_000);
afterAll(() => platform?.close());

describe('order holds through the gateway', () => {
  it('a hold placed in orders refuses the shipment in fulfillment until it is released', async () => {
    const placed = await ok(
      `mutation($input: OrderHoldPlaceInput!) { orderHoldPlace(input: $input) { hold { id open } order { onHold } errors { code } } }`,
      { input: { orderId, reason: 'High value', source: 'workflow:high-value-order-hold', idempotencyKey: 'run-1' } },
    );
    expect(placed.orderHoldPlace).toMatchObject({ hold: { open: true }, order: { onHold: true } });
    const holdId = placed.orderHoldPlace.hold.id;

    const refused = await until(async () => {
      const answer = (await shipOne()).body.data?.shipmentCreate;
      return answer?.errors[0]?.code === 'ORDER_ON_HOLD' ? answer : null;
    }, 'fulfillment to learn the hold');
    expect(refused).toEqual({ shipment: null, errors: [{ code: 'ORDER_ON_HOLD', field: ['input', 'orderId'] }] });
    expect((await ok(ORDER, { id: orderId })).order).toEqual({
      onHold: true,
      availableActions: ['CANCEL'],
      holds: [{ reason: 'High value', source: 'workflow:high-value-order-hold', open: true, releaseNote: null }],
      fulfillment: { onHold: true, availableActions: [] },
    });

    // another tenant neither sees the order nor releases its hold
    const RELEASE = `mutation($input: OrderHoldReleaseInput!) { orderHoldRelease(input: $input) { hold { open } errors { code } } }`;
    const foreign = await platform.gql(RELEASE, { input: { holdId } }, beta.bearer);
    expect(foreign.body.data?.orderHoldRelease).toEqual({ hold: null, errors: [{ code: 'NOT_FOUND' }] });
    expect((await platform.gql(ORDER, { id: orderId }, beta.bearer)).body.data?.order).toBeNull();

    await ok(RELEASE, { input: { holdId, note: 'Approved by finance' } });
    const shipped = await until(async () => {
      const answer = (await shipOne()).body.data?.shipmentCreate;
      return answer?.shipment ? answer : null;
    }, 'fulfillment to learn the release');
    expect(shipped).toMatchObject({ shipment: { orderOnHold: false }, errors: [] });
    expect((await ok(ORDER, { id: orderId })).order).toMatchObject({
      onHold: false,
      holds: [{ open: false, releaseNote: 'Approved by finance' }],
      fulfillment: { onHold: false },
    });
  });
});
