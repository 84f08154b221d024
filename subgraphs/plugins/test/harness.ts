import { randomUUID } from 'node:crypto';
import { type AuthContext, createLogger, type EventBus, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, staffOf, type TestDatabase, waitFor } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { loadPluginsEnv } from '../src/env.ts';
import { createPluginsServer } from '../src/yoga.ts';

export const SECRET = 'plugins-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export const testEnv = (db: TestDatabase, overrides: Record<string, string> = {}) =>
  loadPluginsEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('plugins'),
    INTERNAL_TOKEN_SECRET: SECRET,
    PLUGIN_DISABLE_AFTER_FAILURES: '5',
    PLUGIN_LOG_RETENTION: '10',
    LOG_LEVEL: 'silent',
    ...overrides,
  });

export async function startPlugins(db: TestDatabase, bus: EventBus, overrides: Record<string, string> = {}) {
  const server = await createPluginsServer(
    testEnv(db, overrides),
    createLogger('plugins', process.env.DBG ? 'debug' : 'silent'),
    bus,
  );
  await server.start();
  return { server, call: inProcessCaller(server.yoga, SECRET), close: () => server.close() };
}

export type PluginsHarness = Awaited<ReturnType<typeof startPlugins>>;

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

export interface PluginsSuite {
  db: TestDatabase;
  bus: EventBus;
  plugins: PluginsHarness;
}

/**
 * The set-up of a file that tests plugins through its server: a migrated database, an in-process bus
 * and `startPlugins` on them, once before the file's tests and ended after them. `started` receives them.
 */
export function pluginsSuite(started: (suite: PluginsSuite) => unknown): void {
  suiteFixture(async (own) => {
    const db = own(await createTestDatabase([{ schema: 'plugins', directory: MIGRATIONS }]));
    const bus = own(newBus());
    const plugins = own(await startPlugins(db, bus));
    await started({ db, bus, plugins });
  });
}

export const admin = (tenantId: string) => staffOf(tenantId, ['plugins:read', 'plugins:write']);
export const reader = (tenantId: string) => staffOf(tenantId, ['plugins:read']);
/** a hook runner of another domain, as the kit's internal client signs it */
export const runnerOf = (tenantId: string, scopes = ['plugins:read', 'plugins:write']): Partial<AuthContext> => ({
  kind: 'service',
  subject: 'orders',
  tenantId,
  roles: [],
  scopes,
});

export const MINIMUM_ORDER_MANIFEST = (version = '1.0.0') => ({
  name: 'minimum-order',
  version,
  description: 'Refuses checkouts below a minimum subtotal',
  hooks: [{ point: 'checkout.validate', failurePolicy: 'refuse', timeoutMs: 50 }],
  capabilities: ['log'],
  configSchema: {
    type: 'object',
    properties: { minimumAmount: { type: 'integer', minimum: 0 }, message: { type: 'string', maxLength: 200 } },
    required: ['minimumAmount'],
    additionalProperties: false,
  },
});

export const MINIMUM_ORDER_SOURCE = `
interface Config { minimumAmount: number; message?: string }
export default {
  'checkout.validate'(input: { subtotal: { amount: number; currency: string } }, ctx: { config: Config }) {
    if (input.subtotal.amount < ctx.config.minimumAmount) {
      return { allow: false, message: ctx.config.message ?? 'Orders start at ' + ctx.config.minimumAmount, field: 'lines' };
    }
    return { allow: true };
  },
};
`;

export { createTestDatabase, randomUUID, waitFor };
