import {
  type AuthContext,
  countStatements,
  createLogger,
  InProcessEventBus,
  internalTokenKey,
  STOREFRONT_SCOPES,
  type StatementCounter,
} from '@ucos/kit';
import { createTestDatabase, type GraphQLResponse, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { connectCatalogPool } from '../src/db.ts';
import { loadCatalogEnv } from '../src/env.ts';
import { createCatalogServer } from '../src/yoga.ts';

export const INTERNAL_SECRET = 'catalog-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export interface CatalogHarness {
  db: TestDatabase;
  /** the server's own pool */
  pool: pg.Pool;
  /** counts every statement the server's pool sends (hooked before its first connection) */
  statements: StatementCounter;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Partial<AuthContext>,
  ): Promise<GraphQLResponse<T>>;
  /** a query as the database's owner, bypassing RLS: for assertions and set-up only */
  admin<Row extends pg.QueryResultRow = Record<string, any>>(text: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** A migrated test database and the catalog subgraph served in-process (yoga.fetch) with signed internal tokens. */
export async function startCatalog(): Promise<CatalogHarness> {
  const db = await createTestDatabase([{ schema: 'catalog', directory: MIGRATIONS }]);
  const env = loadCatalogEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    LOG_LEVEL: 'silent',
  });
  const pool = connectCatalogPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  const statements = countStatements(pool);
  const logger = createLogger('catalog', process.env.DBG ? 'debug' : 'silent');
  // the relay is not started: tests read the outbox itself
  const server = await createCatalogServer(env, logger, new InProcessEventBus({ logger }), { pool });
  const adminClient = new pg.Client({ connectionString: db.adminUrl });
  await adminClient.connect();
  const _key = internalTokenKey(INTERNAL_SECRET);
  return {
    db,
    pool: server.pool,
    statements,
    call: inProcessCaller(server.yoga, INTERNAL_SECRET),
    admin: async (text, values) => (await adminClient.query(text, values)).rows,
    async close() {
      await adminClient.end();
      await server.close();
      await db.drop();
    },
  };
}

/** A facet's values as a search answers them, in this order: `valueCounts(['blue', 2], ['red', 1])`. */
export const valueCounts = (...counts: [value: string, count: number][]) =>
  counts.map(([value, count]) => ({ value, count }));

/** A merchant's staff member: reads everything, writes. */
export const staff = (tenantId: string): Partial<AuthContext> => ({
  kind: 'user',
  subject: crypto.randomUUID(),
  tenantId,
  roles: ['catalog-manager'],
  scopes: ['catalog:read', 'catalog:write'],
});

/** Read-only staff (an API key with catalog:read). */
export const reader = (tenantId: string): Partial<AuthContext> => ({
  kind: 'api_key',
  subject: crypto.randomUUID(),
  tenantId,
  scopes: ['catalog:read'],
});

/** A storefront's publishable key. */
export const storefront = (tenantId: string): Partial<AuthContext> => ({
  kind: 'publishable_key',
  subject: crypto.randomUUID(),
  tenantId,
  scopes: [...STOREFRONT_SCOPES],
});

export const PRODUCT_CREATE = /* GraphQL */ `
  mutation ($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product { id handle title status version variants { id sku version } }
      errors { code field message }
    }
  }`;

export async function createProduct(
  harness: CatalogHarness,
  tenantId: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number; variants: { id: string; sku: string; version: number }[] }> {
  const result = await harness.call(PRODUCT_CREATE, { input }, staff(tenantId));
  const payload = result.data?.productCreate;
  if (!payload?.product) throw new Error(`productCreate failed: ${JSON.stringify(result)}`);
  return payload.product;
}

export const PRICE_LIST_CREATE = /* GraphQL */ `
  mutation ($input: PriceListCreateInput!) {
    priceListCreate(input: $input) { priceList { id currency version } errors { code field message } }
  }`;

export async function createPriceList(harness: CatalogHarness, tenantId: string, input: Record<string, unknown>) {
  const result = await harness.call(PRICE_LIST_CREATE, { input }, staff(tenantId));
  const list = result.data?.priceListCreate?.priceList;
  if (!list) throw new Error(`priceListCreate failed: ${JSON.stringify(result)}`);
  return list as { id: string; currency: string; version: number };
}

export const PRICE_SET = /* GraphQL */ `
  mutation ($input: PriceSetInput!) {
    priceSet(input: $input) { price { minQuantity amount { amount currency } } errors { code field message } }
  }`;

export async function setPrice(harness: CatalogHarness, tenantId: string, input: Record<string, unknown>) {
  const result = await harness.call(PRICE_SET, { input }, staff(tenantId));
  const payload = result.data?.priceSet;
  if (!payload || payload.errors.length) throw new Error(`priceSet failed: ${JSON.stringify(result)}`);
  return payload;
}
