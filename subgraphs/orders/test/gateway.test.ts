import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countStatementsPerService,
  type GatewayOverStack,
  leastStatements,
  STACK_SERVICES,
  startGatewayOver,
} from './gateway-over-stack.ts';
import { type Stack, startStack } from './stack.ts';

/**
 * Through the real gateway and the committed supergraph: an order with its lines, each line's variant
 * and product (catalog), stock (inventory) and the order's shipments (fulfillment). The statements
 * each service runs must not grow with the number of lines.
 */
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
let stack: Stack;
let gateway: GatewayOverStack;

let statements: ReturnType<typeof countStatementsPerService>;

beforeAll(async () => {
  stack = await startStack(bus, { poolSize: 8 });
  gateway = await startGatewayOver(stack);
  statements = countStatementsPerService();
}, 120_000);

afterAll(async () => {
  statements?.restore();
  await gateway?.close();
  await stack?.close();
  await bus.close();
});

const staffScopes = ['orders:manage', 'orders:read', 'fulfillment:manage', 'catalog:read', 'inventory:read'];

const gql = (query: string, variables: Record<string, unknown> = {}, scopes = staffScopes) =>
  gateway.as({ sub: randomUUID(), tid: stack.tenantId, rol: ['owner'], scp: scopes })(query, variables);

/** An order with `lines` distinct variants (products 1..5, variants 0..1), confirmed, one shipment. */
async function orderWith(lines: number): Promise<string> {
  const variants = Array.from({ length: lines }, (_, index) => [1 + Math.floor(index / 2), index % 2] as const);
  for (const [p, v] of variants) await stack.setStock(p, v, 100);
  const orderId = await stack.placeOrder(variants.map(([p, v]) => ({ variantId: stack.variant(p, v), quantity: 1 })));
  const confirmed = await gql(`mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`, {
    id: orderId,
  });
  if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
  for (let attempt = 0; attempt < 100; attempt++) {
    const shipped = await gql(
      `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
      { input: { orderId, lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] } },
    );
    if (shipped.data?.shipmentCreate.shipment) return orderId;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error('the shipment was never accepted');
}

const ORDER_PAGE = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) {
      id status total { amount currency }
      lines {
        quantity unitPrice { amount }
        variant { id sku title product { title status } inventory { available } }
      }
      shipments { status lines { quantity } }
    }
  }`;

const measure = (orderId: string) => leastStatements(statements.counts, () => gql(ORDER_PAGE, { id: orderId }));

describe('an order through the gateway', () => {
  it('joins catalog, inventory and fulfillment with a statement count independent of the line count', async () => {
    const small = await orderWith(2);
    const large = await orderWith(10);
    const two = await measure(small);
    const ten = await measure(large);
    expect(two.result.errors).toBeUndefined();
    expect(ten.result.errors).toBeUndefined();
    const order = ten.result.data.order;
    expect(order.lines).toHaveLength(10);
    for (const line of order.lines) {
      expect(line.variant.sku).toMatch(/^SKU-/);
      expect(line.variant.product.title).toBeTruthy();
      expect(typeof line.variant.inventory.available).toBe('number');
    }
    expect(order.shipments).toEqual([{ status: 'PENDING', lines: [{ quantity: 1 }] }]);
    console.info('statements per service, 2 lines:', two.counts, '10 lines:', ten.counts);
    for (const service of STACK_SERVICES) {
      expect(two.counts[service], service).toBeGreaterThan(0);
    }
    expect(ten.counts).toEqual(two.counts);
  }, 120_000);
});

const ORDER_ACTIONS = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) {
      availableActions
      lines { variant { id } availableActions }
      fulfillment { availableActions lines { variant { id } orderedQuantity toShipQuantity returnableQuantity } }
      shipments { status availableActions }
    }
  }`;

describe('available actions through the gateway', () => {
  it("answers from orders (order, lines) and fulfillment (shipments, what is left) for the caller's scopes", async () => {
    // confirmed, one pending shipment of 1 × variant (1, 0); variant (1, 1) not shipped
    const orderId = await orderWith(2);
    const managed = await gql(ORDER_ACTIONS, { id: orderId });
    expect(managed.errors).toBeUndefined();
    const order = managed.data.order;
    expect(order.availableActions).toEqual(['CANCEL', 'CAPTURE_PAYMENT']);
    expect(order.lines.map((line: { availableActions: string[] }) => line.availableActions)).toEqual([
      ['UPDATE'],
      ['UPDATE'],
    ]);
    expect(order.shipments).toEqual([{ status: 'PENDING', availableActions: ['PACK', 'CANCEL'] }]);
    expect(order.fulfillment.availableActions).toEqual(['CREATE_SHIPMENT']);
    const left = Object.fromEntries(
      order.fulfillment.lines.map((line: { variant: { id: string }; toShipQuantity: number }) => [
        line.variant.id,
        line.toShipQuantity,
      ]),
    );
    expect(left).toEqual({ [stack.variant(1, 0)]: 0, [stack.variant(1, 1)]: 1 });

    const reader = await gql(ORDER_ACTIONS, { id: orderId }, ['orders:read']);
    expect(reader.errors).toBeUndefined();
    expect(reader.data.order.availableActions).toEqual([]);
    expect(
      reader.data.order.lines.every((line: { availableActions: string[] }) => line.availableActions.length === 0),
    ).toBe(true);
    expect(reader.data.order.shipments).toEqual([{ status: 'PENDING', availableActions: [] }]);
    expect(reader.data.order.fulfillment.availableActions).toEqual([]);
  }, 120_000);
});

describe('a signed-in shopper checking out a guest cart', () => {
  it("sees the order's shipments: the order and its orders.order.created event carry the same customer", async () => {
    await stack.setStock(1, 0, 100);
    const customerId = randomUUID();
    const asShopper = gateway.as({
      sub: customerId,
      tid: stack.tenantId,
      rol: [],
      scp: ['catalog:browse', 'cart:own', 'checkout', 'orders:own'],
      knd: 'customer',
    });
    // the cart is made as a guest (the storefront key), before signing in
    const orderId = await stack.placeOrder([{ variantId: stack.variant(1, 0), quantity: 1 }], {
      email: 'shopper@example.com',
      checkout: asShopper,
    });
    expect(
      (await gql(`mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`, { id: orderId }))
        .data?.orderConfirm.errors,
    ).toEqual([]);
    let shipmentId: string | null = null;
    for (let attempt = 0; attempt < 100 && !shipmentId; attempt++) {
      const shipped = await gql(
        `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
        { input: { orderId, lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] } },
      );
      shipmentId = shipped.data?.shipmentCreate.shipment?.id ?? null;
      if (!shipmentId) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(shipmentId).toBeTruthy();
    const seen = await asShopper(`query ($id: ID!) { order(id: $id) { id shipments { id status } } }`, { id: orderId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.order).toEqual({ id: orderId, shipments: [{ id: shipmentId, status: 'PENDING' }] });
  }, 60_000);
});
