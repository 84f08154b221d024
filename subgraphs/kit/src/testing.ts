import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { AuthContext } from './auth-context.ts';
import { type MigrationTarget, migrate } from './db/migrate.ts';
import { createPool } from './db/pool.ts';
import { appRoleUrl, bootstrapDatabase, dropDatabase, withDatabase } from './db/roles.ts';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from './internal-token.ts';

export interface TestDatabase {
  /** owner/admin connection to the fresh database (for assertions only) */
  adminUrl: string;
  /** the application role's connection: what subgraphs use, RLS applies */
  appUrl: string;
  appPool: pg.Pool;
  drop(): Promise<void>;
}

export const TEST_APP_PASSWORD = 'ucos_app_test';

/**
 * A fresh, migrated database on the server in DATABASE_URL (the machine's PostgreSQL in CI, or the
 * embedded one the test setup started), dropped again by `drop()`.
 */
export async function createTestDatabase(targets: MigrationTarget[]): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests through vitest (its setup provides one)');
  const database = `ucos_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await bootstrapDatabase({ adminUrl: serverUrl, database, appPassword: TEST_APP_PASSWORD });
  const adminUrl = withDatabase(serverUrl, database);
  await migrate(adminUrl, targets);
  const appUrl = appRoleUrl(serverUrl, TEST_APP_PASSWORD, database);
  const appPool = createPool({ url: appUrl, max: 10 });
  return {
    adminUrl,
    appUrl,
    appPool,
    async drop() {
      await appPool.end();
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
