import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { AuthContext } from './auth-context.ts';
import { type MigrationTarget, migrate } from './db/migrate.ts';
import { createPool } from './db/pool.ts';
import { bootstrapDatabase, dropDatabase, serviceRoleUrl, withDatabase } from './db/roles.ts';
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

/**
 * Calls a subgraph in-process (`yoga.fetch`) as the gateway would: with an internal token signed for
 * the given caller (anonymous unless told otherwise).
 */
export function inProcessCaller(
  yoga: { fetch(request: Request): Response | Promise<Response> },
  internalSecret: string,
): InProcessCall {
  const key = internalTokenKey(internalSecret);
  return async (query, variables = {}, auth = {}) => {
    const token = await signInternalToken(key, {
      kind: 'anonymous',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: crypto.randomUUID(),
      ...auth,
    });
    const response = await yoga.fetch(
      new Request('http://subgraph/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return { status: response.status, ...((await response.json()) as object) };
  };
}
