import { randomUUID } from 'node:crypto';
import {
  type AuthContext,
  countStatements,
  createLogger,
  type EventBus,
  InProcessEventBus,
  type StatementCounter,
} from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
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
export const fulfillmentStaff = (tenantId: string): Partial<AuthContext> => ({
  kind: 'user',
  subject: randomUUID(),
  tenantId,
  scopes: ['fulfillment:manage'],
});

export const ordersMigrations = new URL('../../orders/migrations/', import.meta.url);
export { createTestDatabase };
