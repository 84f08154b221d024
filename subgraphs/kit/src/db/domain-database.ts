import type { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import type { Logger } from '../logger.ts';
import { connectPlaced, type TenantPlacement } from './placement.ts';
import { createPool, type TypeParsers } from './pool.ts';
import { type PrismaOnConnection, prismaOnConnection } from './prisma-on-connection.ts';
import { type EventCatalogue, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from './unit-of-work.ts';

export interface DomainDatabaseOptions<Catalogue extends EventCatalogue, Client> {
  /** the domain's Postgres schema: its tables, its outbox, its idempotency records */
  schema: string;
  /** the domain's event catalogue (`tx.emit` takes only these) */
  events: Catalogue;
  /** shown in pg_stat_activity (default: the schema); a process may name a pool otherwise (the worker) */
  applicationName?: string;
  /** set when the domain's SQL names its tables without their schema */
  searchPath?: string;
  /** this pool's own text parsers (`pg.types.builtins.INT8` as a number, where amounts are bounded) */
  typeParsers?: TypeParsers;
  /** the domain's generated Prisma client on an adapter (`(adapter) => new PrismaClient({ adapter })`) */
  prisma(adapter: PrismaPg): Client;
}

/** The three ways a domain reaches its database, built once in its `src/db.ts`. */
export interface DomainDatabase<Catalogue extends EventCatalogue, Client> {
  /** the domain's schema name (the outbox the relay drains) */
  schema: string;
  /**
   * The database as one tenant (or none, which sees nothing): `tx(work)` is one RLS-scoped unit of
   * work that emits the domain's events and commits only an ok result; `run(work)` runs reads.
   */
  tenantDb<Tenant extends string | null>(
    pool: pg.Pool,
    tenantId: Tenant,
    relay: RelayKick | null,
    onAfterCommitError?: (error: unknown) => void,
  ): PgUnitOfWork<Catalogue, Tenant>;
  /** the domain's pool as its own role: application name, search path and type parsers applied */
  connectPool(url: string, max: number, logger?: Logger, applicationName?: string): pg.Pool;
  /**
   * the pool of a process beside the request path (a worker): `connectPool` on DATABASE_URL with the
   * databases of TENANT_PLACEMENT behind it, so its statements reach each tenant's own database
   */
  connectPlacedPool(env: PlacedDatabaseEnv, max: number, logger?: Logger, applicationName?: string): pg.Pool;
  /**
   * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.x.create(…))` is
   * one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). Row
   * locks, bulk statements and the measured hot paths stay hand SQL, typed from the same models.
   */
  orm: PrismaOnConnection<Client>;
  /**
   * What every domain's `deps` starts with, on the request path's pool and relay: the pool, the log and
   * `unitOfWork(tenantId)`, whose commits kick the relay.
   */
  deps(runtime: DomainDatabaseRuntime, options?: DomainDepsOptions): DomainDeps<Catalogue>;
}

/** Where a domain's tenants live: the home database and the cells placed beside it (`db/placement.ts`). */
export interface PlacedDatabaseEnv {
  DATABASE_URL: string;
  TENANT_PLACEMENT?: TenantPlacement | undefined;
}

/** The part of a domain server's runtime its database deps are built on. */
export interface DomainDatabaseRuntime {
  pool: pg.Pool;
  relay: RelayKick | null;
  logger: Logger;
}

export interface DomainDepsOptions {
  /** a post-commit step's failure (default: logged by the unit of work) */
  onAfterCommitError?: (error: unknown) => void;
}

/** The deps every domain's resolvers reach: the pool, the log and the tenant's unit of work. */
export interface DomainDeps<Catalogue extends EventCatalogue> {
  pool: pg.Pool;
  log: Logger;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<Catalogue, Tenant>;
}

/** A domain's `db.ts` in one call: `export const database = domainDatabase({ schema, events, prisma })`. */
export function domainDatabase<Catalogue extends EventCatalogue, Client>(
  options: DomainDatabaseOptions<Catalogue, Client>,
): DomainDatabase<Catalogue, Client> {
  const { schema, events } = options;
  const tenantDb: DomainDatabase<Catalogue, Client>['tenantDb'] = (pool, tenantId, relay, onAfterCommitError) =>
    pgUnitOfWork(pool, tenantId, { schema, events, relay, ...(onAfterCommitError ? { onAfterCommitError } : {}) });
  const connectPool: DomainDatabase<Catalogue, Client>['connectPool'] = (
    url,
    max,
    logger,
    applicationName = options.applicationName ?? schema,
  ) =>
    createPool({
      url,
      max,
      applicationName,
      ...(options.searchPath ? { searchPath: options.searchPath } : {}),
      ...(options.typeParsers ? { typeParsers: options.typeParsers } : {}),
      ...(logger ? { logger } : {}),
    });
  return {
    schema,
    tenantDb,
    deps: ({ pool, relay, logger }, depsOptions = {}) => ({
      pool,
      log: logger,
      unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay, depsOptions.onAfterCommitError),
    }),
    connectPool,
    connectPlacedPool: (env, max, logger, applicationName) =>
      connectPlaced(env.DATABASE_URL, env.TENANT_PLACEMENT, (url) => connectPool(url, max, logger, applicationName)),
    orm: prismaOnConnection(options.prisma),
  };
}
