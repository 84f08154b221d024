import {
  type AuthContext,
  countStatements,
  createLogger,
  type EventBus,
  InProcessEventBus,
  type StatementCounter,
} from '@ucos/kit';
import { createTestDatabase, inProcessCaller, staffOf, type TestDatabase } from '@ucos/kit/testing';
import { type OrdersHarness, startOrders } from '../../orders/test/harness.ts';
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
export { createTestDatabase };
