import { randomUUID } from 'node:crypto';
import { type AuthContext, createLogger, type EventBus, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { loadProcurementEnv } from '../src/env.ts';
import { createProcurementServer } from '../src/yoga.ts';

export const SECRET = 'procurement-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export const testDatabase = () => createTestDatabase([{ schema: 'procurement', directory: MIGRATIONS }]);

export const testEnv = (db: TestDatabase, overrides: Record<string, string> = {}) =>
  loadProcurementEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('procurement'),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...overrides,
  });

const logger = () => createLogger('procurement', process.env.DBG ? 'debug' : 'silent');

export async function startProcurement(db: TestDatabase, bus: EventBus, overrides: Record<string, string> = {}) {
  const server = await createProcurementServer(testEnv(db, overrides), logger(), bus);
  await server.start();
  return {
    server,
    call: inProcessCaller(server.yoga, SECRET),
    close: () => server.close(),
  };
}

export type ProcurementHarness = Awaited<ReturnType<typeof startProcurement>>;

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

/** A staff user of the tenant with the scopes given (a buyer by default). */
export const staff = (
  tenantId: string,
  scopes: string[] = ['procurement:manage'],
  subject: string = randomUUID(),
): Partial<AuthContext> => ({ kind: 'user', subject, tenantId, scopes });
