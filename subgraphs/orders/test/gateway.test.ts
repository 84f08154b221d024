import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayOverStack, startGatewayOver } from './gateway-over-stack.ts';
import { ADDRESS, CHECKOUT, storefront } from './harness.ts';
import { type Stack, startStack } from './stack.ts';

/**
 * Through the real gateway and the committed supergraph: an order with its lines, each line's variant
 * and product (catalog), stock (inventory) and the order's shipments (fulfillment). The statements
 * each service runs must not grow with the number of lines.
 */
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
let stack: Stack;
let gateway: GatewayOverStack;

/** Statements per service, told apart by the application_name each service's connections carry. */
const statements = new Map<string, number>();
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  stack = await startStack(bus, { poolSize: 8 });
  gateway = await startGatewayOver(stack);
  pg.Client.prototype.query = function (
    this: pg.Client & { connectionParameters?: { application_name?: string } },
    ...args: never[]
  ) {
    const name = this.connectionParameters?.application_name ?? 'other';
    statements.set(name, (statements.get(name) ?? 0) + 1);
    return (originalQuery as (...a: never[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
}, 120_000);

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await gateway?.close();
  await stack?.close();
  await bus.close();
});

const staffScopes = ['orders:manage', 'orders:read', 'fulfillment:manage', 'catalog:read', 'inventory:read'];

async function gql(query: string, variables: Record<string, unknown> = {}, scopes = staffScopes) {
  const token = await gateway.sign({ sub: randomUUID(), tid: stack.tenantId, rol: ['owner'], scp: scopes });
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** An order with `lines` distinct variants (products 1..5, variants 0..1), confirmed, one shipment. */
async function orderWith(lines: number): Promise<string> {
  const variants = Array.from({ length: lines }, (_, index) => [1 + Math.floor(index / 2), index % 2] as const);
  for (const [p, v] of variants) await stack.setStock(p, v, 100);
  const auth = storefront(stack.tenantId);
  const created = await stack.call.orders(
    `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }`,
    {},
    auth,
  );
  const cartId = (created.data as any).cartCreate.cart.id;
  await stack.call.orders(
    `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`,
    { input: { cartId, lines: variants.map(([p, v]) => ({ variantId: stack.variant(p, v), quantity: 1 })) } },
    auth,
  );
  const placed = await stack.call.orders(
    CHECKOUT,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'a@example.com',
        shippingAddress: ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
    auth,
  );
  const orderId = (placed.data as any)?.checkoutComplete.order?.id;
  if (!orderId) throw new Error(JSON.stringify(placed));
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

/**
 * Statements per service for one query. Relays, consumers and inventory's sweeper poll in the
 * background (a few statements every 200-500 ms), so the least of several runs is the query's own cost.
 */
async function measure(orderId: string) {
  await gql(ORDER_PAGE, { id: orderId }); // warm: plans, pools, JWKS
  let result: Awaited<ReturnType<typeof gql>> = {};
  const least: Record<string, number> = {};
  for (let run = 0; run < 7; run++) {
    statements.clear();
    result = await gql(ORDER_PAGE, { id: orderId });
    for (const service of ['orders', 'catalog', 'inventory', 'fulfillment']) {
      const count = statements.get(service) ?? 0;
      least[service] = Math.min(least[service] ?? Number.POSITIVE_INFINITY, count);
    }
  }
  return { result, counts: least };
}

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
    for (const service of ['orders', 'catalog', 'inventory', 'fulfillment']) {
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
