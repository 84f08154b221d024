import {
  type AuthContext,
  countStatements,
  createLogger,
  type EventBus,
  InProcessEventBus,
  type StatementCounter,
} from '@ucos/kit';
import { createTestDatabase, inProcessCaller, staffOf, type TestDatabase, waitFor } from '@ucos/kit/testing';
import { type Own, suiteFixture } from '@ucos/kit/testing/suite';
import {
  type Caller,
  cartWith,
  customer,
  lateBound,
  type OrdersHarness,
  staff,
  startOrders,
  VARIANTS,
  vid,
} from '../../orders/test/harness.ts';
import { loadFulfillmentEnv } from '../src/env.ts';
import { createFulfillmentServer } from '../src/yoga.ts';
import { MemoryStock } from './memory-stock.ts';

export const SECRET = 'fulfillment-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export interface FulfillmentHarness {
  server: Awaited<ReturnType<typeof createFulfillmentServer>>;
  stock: MemoryStock;
  /** every SQL statement the subgraph's pool sends (its outbox relay's polls included) */
  statements: StatementCounter;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Partial<AuthContext>,
  ): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

export async function startFulfillment(db: TestDatabase, bus: EventBus, secret = SECRET): Promise<FulfillmentHarness> {
  const stock = new MemoryStock();
  const env = loadFulfillmentEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('fulfillment'),
    INTERNAL_TOKEN_SECRET: secret,
    LOG_LEVEL: 'silent',
  });
  const server = await createFulfillmentServer(
    env,
    createLogger('fulfillment', process.env.DBG ? 'debug' : 'silent'),
    bus,
    { stock },
  );
  await server.start();
  return {
    server,
    stock,
    statements: countStatements(server.deps.pool),
    call: inProcessCaller(server.yoga, secret),
    close: () => server.close(),
  };
}

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });
export const fulfillmentStaff = (tenantId: string) => staffOf(tenantId, ['fulfillment:manage']);

export const ordersMigrations = new URL('../../orders/migrations/', import.meta.url);

export interface OrdersAndFulfillment {
  db: TestDatabase;
  bus: EventBus;
  orders: OrdersHarness;
  fulfillment: FulfillmentHarness;
  /** closes both services, the bus and drops the database */
  close(): Promise<void>;
}

/**
 * One database with orders' and fulfillment's schemas and both services on one bus (in-process unless
 * given): what every test of fulfillment's read model of orders starts from.
 */
export async function startOrdersAndFulfillment(bus: EventBus = newBus()): Promise<OrdersAndFulfillment> {
  const db = await createTestDatabase([
    { schema: 'orders', directory: ordersMigrations },
    { schema: 'fulfillment', directory: MIGRATIONS },
  ]);
  const orders = await startOrders({ db, bus });
  const fulfillment = await startFulfillment(db, bus);
  return {
    db,
    bus,
    orders,
    fulfillment,
    async close() {
      await fulfillment.close();
      await orders.close();
      await bus.close();
      await db.drop();
    },
  };
}

/**
 * The set-up of a file that tests fulfillment with orders: `startOrdersAndFulfillment()` once before
 * the file's tests, ended after them; `started` for what the file starts besides (a subscriber). The
 * answer is the stack, its services to use inside the tests.
 */
export function fulfillmentSuite(
  started?: (stack: OrdersAndFulfillment, own: Own) => Promise<unknown>,
): OrdersAndFulfillment {
  let stack: OrdersAndFulfillment | undefined;
  suiteFixture(async (own) => {
    stack = own(await startOrdersAndFulfillment());
    await started?.(stack, own);
  });
  const whole = lateBound('fulfillmentSuite', () => stack);
  return {
    get db() {
      return whole.db;
    },
    get bus() {
      return whole.bus;
    },
    orders: lateBound('fulfillmentSuite', () => stack?.orders),
    fulfillment: lateBound('fulfillmentSuite', () => stack?.fulfillment),
    close: () => whole.close(),
  };
}

/** Polls `check` until it holds, for up to 5 s: what these tests give the read model to follow the events. */
export const eventually = (check: () => Promise<unknown>) => waitFor(check, 5000);

const ORDER_ACTIONS = /* GraphQL */ `
  query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Order { fulfillment { availableActions } } } }`;

/**
 * An order a shopper of `tenant` placed (`lines`: units of the price list's variants, in stock) and
 * staff confirmed, once fulfillment's read model has followed orders' events so far that it can be
 * shipped. Its global id and the shopper.
 */
export async function placeConfirmedOrder(
  { orders, fulfillment }: Pick<OrdersAndFulfillment, 'orders' | 'fulfillment'>,
  tenant: string,
  lines: Partial<Record<keyof typeof VARIANTS, number>>,
  checkoutOverrides: Record<string, unknown> = {},
): Promise<{ orderId: string; shopper: Caller }> {
  const cartLines = Object.entries(lines).map(([name, quantity]) => {
    const variant = VARIANTS[name as keyof typeof VARIANTS];
    orders.stock.available.set(variant, 1000);
    return { variantId: vid(variant), quantity };
  });
  const shopper = customer(tenant);
  const cart = await cartWith(orders, shopper, cartLines);
  const placed = await orders.checkout(cart.id, shopper, checkoutOverrides);
  const orderId: string = placed.data?.checkoutComplete.order.id;
  await orders.call(
    `mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`,
    { id: orderId },
    staff(tenant),
  );
  await eventually(async () => {
    const known = await fulfillment.call(
      ORDER_ACTIONS,
      { reps: [{ __typename: 'Order', id: orderId }] },
      fulfillmentStaff(tenant),
    );
    return known.data?._entities[0]?.fulfillment?.availableActions.includes('CREATE_SHIPMENT');
  });
  return { orderId, shopper };
}

export { createTestDatabase };
