import {
  createPool,
  type Logger,
  type PgUnitOfWork,
  pgUnitOfWork,
  prismaOnConnection,
  type RelayKick,
  type UnitOfWorkTx,
} from '@ucos/kit';
import pg from 'pg';
import { CATALOG_EVENTS, type CatalogEvents } from './events/out/catalog-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

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

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.collection.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). Row
 * locks, bulk statements, search, the listings and the storefront's hot reads stay hand SQL, typed
 * from the same models.
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
