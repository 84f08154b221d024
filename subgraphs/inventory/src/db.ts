import {
  connectPlaced,
  createPool,
  type Logger,
  type PgUnitOfWork,
  pgUnitOfWork,
  prismaOnConnection,
  type RelayKick,
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

export const tenantDb = (pool: pg.Pool, tenantId: string | null, relay: RelayKick | null): InventoryDb =>
  pgUnitOfWork(pool, tenantId, { schema: INVENTORY_SCHEMA, events: INVENTORY_EVENTS, relay });

export interface InventoryConnections {
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * One pool per process, used by the stores, the outbox relay and the sweeper. Plain reads and writes
 * go through `orm` on a unit of work's connection; reservations (row locks in a fixed order) and the
 * ledger (bulk unnest writes) stay hand SQL.
 */
export function connectInventoryDatabase(
  url: string,
  poolSize: number,
  logger?: Logger,
  placement?: TenantPlacement,
): InventoryConnections {
  // the stores name tables without their schema: every connection resolves them in "inventory"
  const pool = connectPlaced(url, placement, (databaseUrl) =>
    createPool({
      url: databaseUrl,
      max: poolSize,
      searchPath: INVENTORY_SCHEMA,
      applicationName: 'inventory',
      ...(logger ? { logger } : {}),
    }),
  );
  return { pool, close: () => pool.end().catch(() => undefined) };
}

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.warehouse.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). Row
 * locks in a fixed order, the ledger's bulk writes and the keyset listings stay hand SQL, typed from
 * the same models.
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
