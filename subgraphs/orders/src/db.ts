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
import { ORDERS_EVENTS, type OrdersEvents } from './events/out/order-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/**
 * The orders database as one tenant sees it: `tx(work)` is one RLS-scoped unit of work that emits
 * orders' events and commits only an ok result; `run(work)` runs reads.
 */
export type TenantDb = PgUnitOfWork<OrdersEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
  onAfterCommitError?: (error: unknown) => void,
): PgUnitOfWork<OrdersEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, {
    schema: SCHEMA,
    events: ORDERS_EVENTS,
    relay,
    ...(onAfterCommitError ? { onAfterCommitError } : {}),
  });

export const connectPool = (url: string, max: number, logger?: Logger): pg.Pool =>
  createPool({ url, max, applicationName: 'orders', ...(logger ? { logger } : {}) });

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.company.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). Row
 * locks, conditional updates, bulk statements and the hot paths stay hand SQL, typed from the same models.
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
