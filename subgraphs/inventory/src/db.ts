import {
  connectPlaced,
  domainDatabase,
  type Logger,
  type PgUnitOfWork,
  type TenantPlacement,
  type UnitOfWorkTx,
} from '@ucos/kit';
import type pg from 'pg';
import { INVENTORY_EVENTS, type InventoryEvents } from './events/out/inventory-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type { Sql } from '@ucos/kit';

/** inventory's Postgres schema: its tables, its outbox and its idempotency records */
export const INVENTORY_SCHEMA = 'inventory';

/**
 * The database as one tenant (or as no tenant, which sees nothing): `tx(work)` is one RLS-scoped unit
 * of work that emits inventory's events and commits only an ok result; `run(work)` runs reads.
 */
export type InventoryDb = PgUnitOfWork<InventoryEvents>;

/** The open unit of work beside its `sql`: the tenant, and `emit` for inventory's events. */
export type InventoryTx = UnitOfWorkTx<InventoryEvents, string | null>;

/**
 * Plain reads and writes go through `orm` on a unit of work's connection; reservations (row locks in a
 * fixed order), the ledger (bulk unnest writes) and the keyset listings stay hand SQL. The stores name
 * tables without their schema: every connection resolves them in "inventory".
 */
export const database = domainDatabase({
  schema: INVENTORY_SCHEMA,
  events: INVENTORY_EVENTS,
  searchPath: INVENTORY_SCHEMA,
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb, orm } = database;

export interface InventoryConnections {
  pool: pg.Pool;
  close(): Promise<void>;
}

/** One pool per process (placed by tenant), used by the stores, the outbox relay and the sweeper. */
export function connectInventoryDatabase(
  url: string,
  poolSize: number,
  logger?: Logger,
  placement?: TenantPlacement,
): InventoryConnections {
  const pool = connectPlaced(url, placement, (databaseUrl) => database.connectPool(databaseUrl, poolSize, logger));
  return { pool, close: () => pool.end().catch(() => undefined) };
}
