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
import { NOTIFICATIONS_EVENTS, type NotificationsEvents } from './events/out/notifications-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The notifications database as one tenant sees it (RLS-scoped units of work). */
export type TenantDb = PgUnitOfWork<NotificationsEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<NotificationsEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: NOTIFICATIONS_EVENTS, relay });

export const connectPool = (url: string, max: number, logger?: Logger): pg.Pool =>
  createPool({ url, max, applicationName: 'notifications', ...(logger ? { logger } : {}) });

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.orderContact.findFirst(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). The
 * send queue (the claim function, the bulk enqueue, retries due by the database's clock) and the
 * keyset log stay hand SQL, typed from the same models (src/data/rows.ts).
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
