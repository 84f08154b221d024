import { domainDatabase, type PgUnitOfWork, type UnitOfWorkTx } from '@ucos/kit';
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

/**
 * Catalog's sessions resolve unqualified names in the catalog schema (public holds pg_trgm's
 * operators), so the stores' SQL reads like the domain. int8 (count(*), sums) is read as a JS number on
 * this pool only: catalog counts stay far below 2^53, and the other subgraphs sharing the process keep
 * pg's default (a string). Row locks, bulk statements, search, the listings and the storefront's hot
 * reads stay hand SQL beside `orm`.
 */
export const database = domainDatabase({
  schema: 'catalog',
  events: CATALOG_EVENTS,
  searchPath: 'catalog',
  typeParsers: { [pg.types.builtins.INT8]: Number },
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb: tenantDatabase, connectPool: connectCatalogPool, orm } = database;
