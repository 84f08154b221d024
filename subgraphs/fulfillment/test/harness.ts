import { randomUUID } from 'node:crypto';
import {
  type AuthContext,
  createLogger,
  type EventBus,
  INTERNAL_TOKEN_HEADER,
  InProcessEventBus,
  internalTokenKey,
  signInternalToken,
} from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { loadFulfillmentEnv } from '../src/env.ts';
import { MemoryStock } from '../src/ports/stock.ts';
import { createFulfillmentServer } from '../src/yoga.ts';

export const SECRET = 'fulfillment-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export interface FulfillmentHarness {
  server: Awaited<ReturnType<typeof createFulfillmentServer>>;
  stock: MemoryStock;
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
    DATABASE_URL: db.appUrl,
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
  const key = internalTokenKey(secret);
  return {
    server,
    stock,
    async call(query, variables = {}, auth = {}) {
      const token = await signInternalToken(key, {
        kind: 'anonymous',
        subject: null,
        tenantId: null,
        roles: [],
        scopes: [],
        requestId: randomUUID(),
        ...auth,
      });
      const response = await server.yoga.fetch('http://fulfillment/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
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
