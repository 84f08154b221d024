import { createPool, type Logger, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { NOTIFICATIONS_EVENTS, type NotificationsEvents } from './events/out/notifications-events.ts';

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
