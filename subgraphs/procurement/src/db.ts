import {
  createPool,
  type Logger,
  type PgUnitOfWork,
  pgUnitOfWork,
  prismaOnConnection,
  type RelayKick,
} from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { PROCUREMENT_EVENTS, type ProcurementEvents } from './events/out/procurement-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The procurement database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<ProcurementEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<ProcurementEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: PROCUREMENT_EVENTS, relay });

// the stores may name tables without their schema: every connection resolves them in "procurement"
export const connectPool = (url: string, max: number, logger?: Logger, name = 'procurement'): pg.Pool =>
  createPool({ url, max, searchPath: SCHEMA, applicationName: name, ...(logger ? { logger } : {}) });

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.supplier.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). The
 * supplier store uses it; purchase orders, receipts and bills still speak SQL only.
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
