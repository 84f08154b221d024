import { createPool, withTenantClient } from '@ucos/kit';
import type pg from 'pg';

export type Sql = pg.PoolClient;

/** The orders database as one tenant sees it: every unit of work is one RLS-scoped transaction. */
export interface TenantDb {
  readonly tenantId: string;
  readonly pool: pg.Pool;
  run<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

export function tenantDb(pool: pg.Pool, tenantId: string): TenantDb {
  return { tenantId, pool, run: (work) => withTenantClient(pool, tenantId, work) };
}

export function connectPool(url: string, max: number): pg.Pool {
  return createPool({ url, max, applicationName: 'orders' });
}

/** The first row of a query result, or null. */
export async function one<T extends pg.QueryResultRow>(sql: Sql, text: string, values: unknown[]): Promise<T | null> {
  const { rows } = await sql.query<T>(text, values);
  return rows[0] ?? null;
}
