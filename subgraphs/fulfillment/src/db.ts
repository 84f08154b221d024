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
import { FULFILLMENT_EVENTS, type FulfillmentEvents } from './events/out/fulfillment-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/**
 * The fulfillment database as one tenant sees it: `tx(work)` is one RLS-scoped unit of work that
 * emits fulfillment's events and commits only an ok result; `run(work)` runs reads.
 */
export type TenantDb = PgUnitOfWork<FulfillmentEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<FulfillmentEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: FULFILLMENT_EVENTS, relay });

export const connectPool = (url: string, max: number, logger?: Logger): pg.Pool =>
  createPool({ url, max, applicationName: 'fulfillment', ...(logger ? { logger } : {}) });

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.shipment.findFirst(…))`
 * is one more statement of the transaction `sql` belongs to. Row locks, conditional updates, bulk
 * statements and the work queue stay hand SQL, typed from the same models.
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
