import { createPool, type PgUnitOfWork, pgUnitOfWork, type RelayKick, type UnitOfWorkTx } from '@ucos/kit';
import pg from 'pg';
import { CATALOG_EVENTS, type CatalogEvents } from './events/out/catalog-events.ts';

export type { Sql } from '@ucos/kit';

/**
 * The catalog database bound to one tenant: `tx(work)` is one RLS-scoped unit of work that emits
 * catalog's events and commits only an ok result (a thrown `Rejection` or a listed unique violation
 * rolls it back as a failed one); `run(work)` runs reads.
 */
export type CatalogDatabase = PgUnitOfWork<CatalogEvents>;

/** The open unit of work beside its `sql`: the tenant, and `emit` for catalog's events. */
export type CatalogTx = UnitOfWorkTx<CatalogEvents, string | null>;

export const tenantDatabase = (pool: pg.Pool, tenantId: string | null, relay: RelayKick | null): CatalogDatabase =>
  pgUnitOfWork(pool, tenantId, { schema: 'catalog', events: CATALOG_EVENTS, relay });

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
