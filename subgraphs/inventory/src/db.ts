import { createPool, type PgTenantDatabase, pgTenantDatabase } from '@ucos/kit';
import type pg from 'pg';

export type { Sql } from '@ucos/kit';

/** The database as one tenant (or as no tenant, which sees nothing). */
export type InventoryDb = PgTenantDatabase;

export const tenantDb = (pool: pg.Pool, tenantId: string | null): InventoryDb => pgTenantDatabase(pool, tenantId);

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
