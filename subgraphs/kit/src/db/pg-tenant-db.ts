import type pg from 'pg';
import { withTenantClient } from './pg-tenant.ts';

/** An open transaction whose tenant is set: every statement in it is scoped by RLS. */
export type Sql = pg.PoolClient;

/**
 * A subgraph's database as one tenant sees it (or no tenant, which sees nothing): every `run` is one
 * transaction that sets the tenant first. For subgraphs that speak SQL through `pg` directly.
 */
export interface PgTenantDatabase<Tenant extends string | null = string | null> {
  readonly tenantId: Tenant;
  readonly pool: pg.Pool;
  run<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

export function pgTenantDatabase<Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
): PgTenantDatabase<Tenant> {
  return { tenantId, pool, run: (work) => withTenantClient(pool, tenantId, work) };
}

/** The first row of a query's result, or null. */
export async function one<T extends pg.QueryResultRow>(sql: Sql, text: string, values: unknown[]): Promise<T | null> {
  const { rows } = await sql.query<T>(text, values);
  return rows[0] ?? null;
}
