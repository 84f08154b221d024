import { createPool, type PgTenantDatabase, pgTenantDatabase } from '@ucos/kit';
import pg from 'pg';

export type { Sql } from '@ucos/kit';

/**
 * The catalog database bound to one tenant. Every `run` is one transaction that sets the tenant
 * first, so RLS scopes every statement in it; stores never see a connection without a tenant.
 */
export type CatalogDatabase = PgTenantDatabase;

export const tenantDatabase = (pool: pg.Pool, tenantId: string | null): CatalogDatabase =>
  pgTenantDatabase(pool, tenantId);

// int8 (count(*), sums) as a JS number: catalog counts stay far below 2^53
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * The catalog's pool. Its sessions resolve unqualified names in the catalog schema (public holds
 * pg_trgm's operators), so the stores' SQL reads like the domain.
 */
export function connectCatalogPool(url: string, poolSize: number): pg.Pool {
  const pool = createPool({ url, max: poolSize, searchPath: 'catalog', applicationName: 'catalog' });
  // an idle client whose server went away (restart, failover) is dropped by the pool; without a
  // listener its 'error' would crash the process
  pool.on('error', () => undefined);
  return pool;
}
