import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { NotificationsEvents } from './events/out/notifications-events.ts';

export interface NotificationsDeps {
  pool: pg.Pool;
  log: Logger;
  /** the locale when neither the recipient nor the caller says one */
  defaultLocale: string;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<NotificationsEvents, Tenant>;
}

export const SCHEMA = 'notifications';
