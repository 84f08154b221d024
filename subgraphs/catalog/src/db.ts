import { createPool, type Logger, type PgTenantDatabase, pgTenantDatabase } from '@ucos/kit';
import pg from 'pg';

export type { Sql } from '@ucos/kit';

/**
 * The catalog database bound to one tenant. Every `run` is one transaction that sets the tenant
 * first, so RLS scopes every statement in it; stores never see a connection without a tenant.
 */
export type CatalogDatabase = PgTenantDatabase;

export const tenantDatabase = (pool: pg.Pool, tenantId: string | null): CatalogDatabase =>
  pgTenantDatabase(pool, tenantId);

/**
 * The catalog's pool. Its sessions resolve unqualified names in the catalog schema (public holds
 * pg_trgm's operators), so the stores' SQL reads like the domain. int8 (count(*), sums) is read as a
 * JS number on this pool only: catalog counts stay far below 2^53, and the other subgraphs sharing
 * the process keep pg's default (a string).
 */
export function connectCatalogPool(url: string, poolSize: number, logger?: Logger): pg.Pool {
  return createPool({
    url,
    max: poolSize,
    searchPath: 'catalog',
    applicationName: 'catalog',
    typeParsers: { [pg.types.builtins.INT8]: Number },
    ...(logger ? { logger } : {}),
  });
}
