import { deepStrictEqual } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { AuthContext } from './auth-context.ts';
import { type MigrationTarget, migrate } from './db/migrate.ts';
import { createPool } from './db/pool.ts';
import { type RawExecutor, TenantDatabase, type TransactionalClient } from './db/prisma-tenant.ts';
import { assertTenantTablesProtected } from './db/rls-audit.ts';
import { bootstrapDatabase, dropDatabase, serviceRoleUrl, withDatabase } from './db/roles.ts';
import { createEnvelope, type EventEnvelope } from './events/event.ts';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from './internal-token.ts';

export interface TestDatabase {
  /** owner/admin connection to the fresh database (for assertions only) */
  adminUrl: string;
  /** the first target's service role (`ucos_<schema>`): what that subgraph connects as, RLS applies */
  appUrl: string;
  /** a pool as the first target's service role */
  appPool: pg.Pool;
  /** the connection of `schema`'s own service role (each subgraph connects as its own) */
  serviceUrl(schema: string): string;
  /** a pool as `schema`'s service role, ended by `drop()` */
  servicePool(schema: string): pg.Pool;
  drop(): Promise<void>;
}

/** The secret the test databases' service-role passwords are derived from. */
export const TEST_APP_PASSWORD = 'ucos_app_test';

export interface TestDatabaseOptions {
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
}

/**
 * A fresh, migrated database on the server in DATABASE_URL (the machine's PostgreSQL in CI, or the
 * embedded one the test setup started), with one service role per target schema, dropped again by
 * `drop()`. The roles get the platform's default timeouts unless `options` say otherwise.
 */
export async function createTestDatabase(
  targets: MigrationTarget[],
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests through vitest (its setup provides one)');
  const first = targets[0];
  if (!first) throw new Error('createTestDatabase needs at least one migration target');
  const database = `ucos_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const services = targets.map((target) => target.schema);
  await bootstrapDatabase({ adminUrl: serverUrl, database, services, appPassword: TEST_APP_PASSWORD, ...options });
  const adminUrl = withDatabase(serverUrl, database);
  await migrate(adminUrl, targets);
  const serviceUrl = (schema: string) => {
    if (!services.includes(schema)) throw new Error(`${schema} is not one of this test database's schemas`);
    return serviceRoleUrl(serverUrl, TEST_APP_PASSWORD, schema, database);
  };
  const pools = new Map<string, pg.Pool>();
  const servicePool = (schema: string) => {
    let pool = pools.get(schema);
    if (!pool) {
      pool = createPool({ url: serviceUrl(schema), max: 10 });
      pools.set(schema, pool);
    }
    return pool;
  };
  return {
    adminUrl,
    appUrl: serviceUrl(first.schema),
    appPool: servicePool(first.schema),
    serviceUrl,
    servicePool,
    async drop() {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
      await dropDatabase(serverUrl, database);
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary answers
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary answers
export type InProcessCall = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  auth?: Partial<AuthContext>,
) => Promise<GraphQLResponse<T>>;

/** The internal token the gateway would sign for `auth` (anonymous unless told otherwise). */
export function internalTokenSigner(internalSecret: string) {
  const key = internalTokenKey(internalSecret);
  return (auth: Partial<AuthContext>) =>
    signInternalToken(key, {
      kind: 'anonymous',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: crypto.randomUUID(),
      ...auth,
    });
}

function callerOver(
  send: (request: Request) => Response | Promise<Response>,
  url: string,
  internalSecret: string,
): InProcessCall {
  const sign = internalTokenSigner(internalSecret);
  return async (query, variables = {}, auth = {}) => {
    const token = await sign(auth);
    const response = await send(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return { status: response.status, ...((await response.json()) as object) };
  };
}

/**
 * Calls a subgraph in-process (`yoga.fetch`) as the gateway would: with an internal token signed for
 * the given caller (anonymous unless told otherwise).
 */
export function inProcessCaller(
  yoga: { fetch(request: Request): Response | Promise<Response> },
  internalSecret: string,
): InProcessCall {
  return callerOver((request) => yoga.fetch(request), 'http://subgraph/graphql', internalSecret);
}

/** The same over HTTP, for a subgraph served on `url` (a stack of several services). */
export function httpCaller(url: string, internalSecret: string): InProcessCall {
  return callerOver((request) => fetch(request), url, internalSecret);
}

/** A staff member of `tenantId` with `scopes`, as the gateway passes a signed-in user on. */
export const staffOf = (tenantId: string, scopes: string[], roles: string[] = []): Partial<AuthContext> => ({
  kind: 'user',
  subject: randomUUID(),
  tenantId,
  roles,
  scopes,
});

/**
 * Polls `probe` until it returns something truthy (the row arrived, the mail was sent) and returns
 * it; fails after `timeoutMs`. What asynchronous work (a relay, a consumer, a worker) a test waits
 * for, without a fixed sleep.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** An envelope as another domain's relay publishes it (`ucos.orders.order.created` → aggregate `Order`). */
export const domainEvent = (
  tenantId: string,
  type: string,
  aggregateId: string,
  payload: Record<string, unknown> = {},
): EventEnvelope =>
  createEnvelope({
    type,
    tenantId,
    aggregateType: type.split('.')[1]?.replace(/^./, (c) => c.toUpperCase()) ?? 'Event',
    aggregateId,
    payload: payload as EventEnvelope['payload'],
  });

const KIT_TABLES = ['outbox', 'audit_log', 'processed_messages', 'idempotency_records'];

export interface ModelsContract<Tx extends RawExecutor> {
  /** the domain's Postgres schema */
  schema: string;
  /** its migrations folder */
  migrations: string | URL;
  /** its generated Prisma client over a pool: `(pool) => new PrismaClient({ adapter: prismaAdapter(pool) })` */
  prisma(pool: pg.Pool): TransactionalClient<Tx>;
  /** one read per model, by the table it maps: `{ orders: (tx) => tx.order.findMany() }` */
  models: Record<string, (tx: Tx) => Promise<unknown[]>>;
  /** the tables that must be tenant tables with forced RLS (default: every table of `models`) */
  tenantTables?: string[];
  /** every table the migrations create (the kit's aside) must have a model */
  exhaustive?: boolean;
  /** read as the owner instead of the service role (a role that may not read some columns) */
  asOwner?: boolean;
}

/**
 * The contract between a domain's migrations and its Prisma schema, in a fresh migrated database:
 * every tenant table has forced RLS and the tenant policy, every model reads every column it declares
 * as the service's role (a renamed or missing column fails), and with `exhaustive` no migrated table
 * lacks a model. Throws with the difference.
 */
export async function assertModelsMatchMigrations<Tx extends RawExecutor>(contract: ModelsContract<Tx>): Promise<void> {
  const db = await createTestDatabase([{ schema: contract.schema, directory: contract.migrations }]);
  const pool = createPool({ url: contract.asOwner ? db.adminUrl : db.appUrl, max: 2 });
  const prisma = contract.prisma(pool);
  try {
    const tables = Object.keys(contract.models);
    const protectedTables = await assertTenantTablesProtected(db.adminUrl, contract.schema);
    const unprotected = (contract.tenantTables ?? tables).filter((table) => !protectedTables.includes(table));
    deepStrictEqual(unprotected, [], `${contract.schema}: tables without forced RLS and the tenant policy`);
    const reads = Object.values(contract.models);
    const counts = await new TenantDatabase(prisma, randomUUID()).run(async (tx) => {
      const lengths: number[] = [];
      for (const read of reads) lengths.push((await read(tx)).length);
      return lengths;
    });
    deepStrictEqual(
      counts,
      reads.map(() => 0),
      `${contract.schema}: a new tenant sees no rows`,
    );
    if (contract.exhaustive) {
      const { rows } = await pool.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE'`,
        [contract.schema],
      );
      const migrated = rows.map((row) => row.table_name).filter((name) => !KIT_TABLES.includes(name));
      deepStrictEqual(migrated.sort(), [...tables].sort(), `${contract.schema}: migrated tables and models differ`);
    }
  } finally {
    await prisma.$disconnect();
    await pool.end().catch(() => undefined);
    await db.drop();
  }
}

/** Throws unless `schema` prints as the committed `schema/<name>.graphql` (`npm run compose` re-prints it). */
export function assertCommittedSdl(schema: GraphQLSchema, name: string): void {
  const committed = readFileSync(new URL(`../../../schema/${name}.graphql`, import.meta.url), 'utf8');
  deepStrictEqual(
    `${printSubgraphSchema(schema).trim()}\n`,
    committed,
    `schema/${name}.graphql is stale: npm run compose`,
  );
}

export { pdfText, pdfTextRuns } from './pdf-text.ts';

/**
 * A gateway answer without its budget report (`extensions.cost`, which changes with every request
 * a credential makes): what a test compares when two answers must say the same thing.
 */
export function withoutBudget<Body>(body: Body): Body {
  const extensions = (body as { extensions?: Record<string, unknown> } | null)?.extensions;
  if (!extensions || !('cost' in extensions)) return body;
  const { cost: _cost, ...rest } = extensions;
  const { extensions: _extensions, ...answer } = body as Record<string, unknown>;
  return (Object.keys(rest).length > 0 ? { ...answer, extensions: rest } : answer) as Body;
}
