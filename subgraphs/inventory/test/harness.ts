import { type AuthContext, countStatements, createLogger, InProcessEventBus, type StatementCounter } from '@ucos/kit';
import { createTestDatabase, type GraphQLResponse, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { type Own, suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { connectInventoryDatabase } from '../src/db.ts';
import { loadInventoryEnv } from '../src/env.ts';
import { createInventoryWorker, type InventoryWorker, loadInventoryWorkerEnv } from '../src/worker.ts';
import { createInventoryServer } from '../src/yoga.ts';

export const INTERNAL_SECRET = 'inventory-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export type Server = Awaited<ReturnType<typeof createInventoryServer>>;

export interface InventoryHarness {
  db: TestDatabase;
  server: Server;
  /** inventory's worker (the reservation sweeper), built but not started: tests sweep with `sweepOnce()` */
  worker: InventoryWorker;
  bus: InProcessEventBus;
  statements: StatementCounter;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Partial<AuthContext>,
  ): Promise<GraphQLResponse<T>>;
  /** an admin (owner) query on the test database, bypassing RLS: for assertions only */
  admin<R extends pg.QueryResultRow = Record<string, any>>(text: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A migrated test database and the inventory subgraph served in-process (yoga.fetch). */
export async function startInventory(options: { poolSize?: number } = {}): Promise<InventoryHarness> {
  const db = await createTestDatabase([{ schema: 'inventory', directory: MIGRATIONS }]);
  const env = loadInventoryEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    DATABASE_POOL_SIZE: String(options.poolSize ?? 20),
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    LOG_LEVEL: 'silent',
  });
  const logger = createLogger('inventory', process.env.DBG ? 'debug' : 'silent');
  const bus = new InProcessEventBus({ logger });
  const connections = connectInventoryDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  // wraps every connection the pool opens, so it must come before the first one
  const statements = countStatements(connections.pool);
  const server = await createInventoryServer(env, logger, bus, connections);
  const worker = await createInventoryWorker(
    loadInventoryWorkerEnv({ DATABASE_URL: db.appUrl, RESERVATION_SWEEP_INTERVAL_MS: '3600000' }),
    logger,
  );
  const adminClient = new pg.Client({ connectionString: db.adminUrl });
  await adminClient.connect();
  return {
    db,
    server,
    worker,
    bus,
    statements,
    call: inProcessCaller(server.yoga, INTERNAL_SECRET),
    admin: async (text, values) => (await adminClient.query(text, values)).rows,
    async close() {
      await adminClient.end();
      await worker.close();
      await server.close();
      await bus.close();
      await db.drop();
    },
  };
}

export interface InventorySuiteOptions {
  poolSize?: number;
  /** what the file starts besides, once inventory is up (`own` ends it after the tests) */
  afterStart?(inventory: InventoryHarness, own: Own): unknown;
}

/**
 * The set-up of a file that tests inventory through its server: `startInventory(options)` once before
 * the file's tests (`suiteFixture`), closed after them. The answer is that harness, to use inside the
 * tests (it refuses to be used before the file's tests start).
 */
export function inventorySuite(options: InventorySuiteOptions = {}): InventoryHarness {
  let started: InventoryHarness | undefined;
  suiteFixture(async (own) => {
    started = own(await startInventory(options));
    await options.afterStart?.(started, own);
  });
  const live = () => {
    if (!started) throw new Error('inventorySuite: inventory starts before the tests, use it inside them');
    return started;
  };
  return new Proxy({} as InventoryHarness, { get: (_target, key) => live()[key as keyof InventoryHarness] });
}

/** A staff user of a tenant with the given scopes (all by default). */
export const staff = (tenantId: string, scopes: string[] = ['*']): Partial<AuthContext> => ({
  kind: 'user',
  subject: crypto.randomUUID(),
  tenantId,
  scopes,
  roles: ['owner'],
});

/** The orders service acting for a tenant. */
export const ordersService = (tenantId: string): Partial<AuthContext> => ({
  kind: 'service',
  subject: 'orders',
  tenantId,
  scopes: ['inventory:adjust', 'inventory:read'],
});

export const storefront = (tenantId: string): Partial<AuthContext> => ({
  kind: 'publishable_key',
  subject: crypto.randomUUID(),
  tenantId,
  scopes: ['catalog:browse', 'cart:own', 'checkout'],
});

export const variantId = () => Buffer.from(`ProductVariant:${crypto.randomUUID()}`).toString('base64url');
export const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

export const WAREHOUSE_CREATE = /* GraphQL */ `
  mutation ($input: WarehouseCreateInput!) {
    warehouseCreate(input: $input) { warehouse { id code name active version } errors { code field message } }
  }`;

export const STOCK_ADJUST = /* GraphQL */ `
  mutation ($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      stockLevel { onHand reserved available lowStock warehouse { code } }
      errors { code field message }
    }
  }`;

export const RESERVE = /* GraphQL */ `
  mutation ($input: ReservationCreateInput!) {
    reservationCreate(input: $input) {
      reservation { id reference status expiresAt lines { warehouse { code } quantity committed released remaining } }
      errors { code field message }
    }
  }`;

/** A tenant with warehouses and (optionally) on-hand stock of one variant in them. */
export async function tenantWithStock(
  harness: InventoryHarness,
  stock: number[],
): Promise<{ tenantId: string; auth: Partial<AuthContext>; warehouses: string[]; variant: string }> {
  const tenantId = crypto.randomUUID();
  const auth = staff(tenantId);
  const variant = variantId();
  const warehouses: string[] = [];
  for (const [index, units] of stock.entries()) {
    const created = await harness.call(
      WAREHOUSE_CREATE,
      { input: { code: `WH${index + 1}`, name: `W${index}` } },
      auth,
    );
    const id = created.data?.warehouseCreate.warehouse?.id;
    if (!id) throw new Error(`warehouse: ${JSON.stringify(created)}`);
    warehouses.push(id);
    if (units > 0) {
      const adjusted = await harness.call(
        STOCK_ADJUST,
        { input: { variantId: variant, warehouseId: id, delta: units, idempotencyKey: crypto.randomUUID() } },
        auth,
      );
      if (adjusted.data?.stockAdjust.errors.length !== 0) throw new Error(`adjust: ${JSON.stringify(adjusted)}`);
    }
  }
  return { tenantId, auth, warehouses, variant };
}
