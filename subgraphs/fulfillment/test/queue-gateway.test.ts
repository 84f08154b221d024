import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countStatementsPerService,
  type GatewayOverStack,
  leastStatements,
  STACK_SERVICES,
  startGatewayOver,
} from '../../orders/test/gateway-over-stack.ts';
import { type Stack, startStack } from '../../orders/test/stack.ts';

/**
 * The work queue as the admin reads it, through the real gateway and the committed supergraph: each
 * shipment's order number and email come from orders, its warehouse's code from inventory, its variants' SKUs from catalog, and the
 * statements every service runs do not grow with the page size.
 */
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
let stack: Stack;
let gateway: GatewayOverStack;
const shoppers = ['queue-1@example.com', 'queue-2@example.com', 'queue-3@example.com'];
/** order global id → its number, in the order the orders were placed */
const numbers = new Map<string, number>();

let statements: ReturnType<typeof countStatementsPerService>;

const VIEWER_SCOPES = ['catalog:read', 'inventory:read', 'orders:read', 'finance:read'];
const STAFF_SCOPES = ['orders:manage', 'orders:read', 'fulfillment:manage', 'inventory:read'];

const gql = (query: string, variables: Record<string, unknown> = {}, scopes = STAFF_SCOPES) =>
  gateway.as({ sub: randomUUID(), tid: stack.tenantId, rol: ['staff'], scp: scopes })(query, variables);

/** A confirmed order of four units, and four one-unit shipments of it from the seeded warehouse. */
async function orderWithFourShipments(email: string): Promise<void> {
  await stack.setStock(1, 0, 100);
  const orderId = await stack.placeOrder([{ variantId: stack.variant(1, 0), quantity: 4 }], { email });
  const confirmed = await gql(`mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`, {
    id: orderId,
  });
  if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
  const number = await gql(`query ($id: ID!) { order(id: $id) { number } }`, { id: orderId });
  numbers.set(orderId, number.data.order.number);
  let shipments = 0;
  // fulfillment learns of the confirmation from orders' events, a moment later
  for (let attempt = 0; attempt < 200 && shipments < 4; attempt++) {
    const shipped = await gql(
      `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
      { input: { orderId, warehouseId: stack.warehouse, lines: [{ variantId: stack.variant(1, 0), quantity: 1 }] } },
    );
    if (shipped.data?.shipmentCreate.shipment) shipments++;
    else await new Promise((resolve) => setTimeout(resolve, 30));
  }
  if (shipments < 4) throw new Error('the shipments were never accepted');
}

beforeAll(async () => {
  stack = await startStack(bus, { poolSize: 8 });
  gateway = await startGatewayOver(stack);
  for (const email of shoppers) await orderWithFourShipments(email);
  statements = countStatementsPerService();
}, 120_000);

afterAll(async () => {
  statements?.restore();
  await gateway?.close();
  await stack?.close();
  await bus.close();
});

const QUEUE = /* GraphQL */ `
  query ($first: Int!) {
    shipments(filter: { statuses: [PENDING] }, first: $first) {
      totalCount
      edges { node { status order { id number email } warehouse { code name } lines { quantity variant { sku } } } }
    }
  }`;

const measure = (first: number) => leastStatements(statements.counts, () => gql(QUEUE, { first }));

describe('the work queue through the gateway', () => {
  it("shows each shipment's order number, email and warehouse; statements per service flat for 2 and 10 rows", async () => {
    const two = await measure(2);
    const ten = await measure(10);
    expect(two.result.errors).toBeUndefined();
    expect(ten.result.errors).toBeUndefined();
    const { totalCount, edges } = ten.result.data.shipments;
    expect(totalCount).toBe(12);
    expect(edges).toHaveLength(10);
    // oldest first: the first order's four, the second's four, two of the third's
    const [first, second, third] = [...numbers.entries()];
    expect(edges.map((edge: any) => edge.node.order)).toEqual([
      ...Array(4).fill({ id: first![0], number: first![1], email: shoppers[0] }),
      ...Array(4).fill({ id: second![0], number: second![1], email: shoppers[1] }),
      ...Array(2).fill({ id: third![0], number: third![1], email: shoppers[2] }),
    ]);
    expect(edges[0].node).toMatchObject({
      status: 'PENDING',
      warehouse: { code: 'WH1', name: 'Warehouse 1' },
      lines: [{ quantity: 1, variant: { sku: expect.stringMatching(/^SKU-/) } }],
    });
    console.info('queue statements per service, 2 rows:', two.counts, '10 rows:', ten.counts);
    for (const service of STACK_SERVICES) {
      expect(two.counts[service], service).toBeGreaterThan(0);
    }
    expect(ten.counts).toEqual(two.counts);
  }, 120_000);

  it('a read-only viewer reads the same queue with order numbers', async () => {
    const answer = await gql(QUEUE, { first: 1 }, VIEWER_SCOPES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.shipments.edges[0].node.order.email).toBe(shoppers[0]);
  });
});
