import { createPool, withTenantClient } from '@ucos/kit';
import type pg from 'pg';

/** An open transaction whose tenant is set: every statement in it is scoped by RLS. */
export type Sql = pg.PoolClient;

/** The database as one tenant (or as no tenant, which sees nothing). */
export interface InventoryDb {
  readonly tenantId: string | null;
  run<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

export function tenantDb(pool: pg.Pool, tenantId: string | null): InventoryDb {
  return { tenantId, run: (work) => withTenantClient(pool, tenantId, work) };
}

export interface InventoryConnections {
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * One pool per process, used by the stores, the outbox relay and the sweeper. The stores speak SQL
 * directly: reservations need row locks in a fixed order and the ledger writes in bulk (unnest).
 */
export function connectInventoryDatabase(url: string, poolSize: number): InventoryConnections {
  // the stores name tables without their schema: every connection resolves them in "inventory"
  const pool = createPool({ url, max: poolSize, searchPath: 'inventory', applicationName: 'inventory' });
  return { pool, close: () => pool.end().catch(() => undefined) };
}
