import { createPool, type Logger, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { WEBHOOKS_EVENTS, type WebhooksEvents } from './events/out/webhooks-events.ts';

export { one, type Sql } from '@ucos/kit';

/** The webhooks database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<WebhooksEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<WebhooksEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: WEBHOOKS_EVENTS, relay });

export const connectPool = (url: string, max: number, logger?: Logger, name = 'webhooks'): pg.Pool =>
  createPool({ url, max, applicationName: name, ...(logger ? { logger } : {}) });
