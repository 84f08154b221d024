import { createPool, type Logger, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { FULFILLMENT_EVENTS, type FulfillmentEvents } from './events/out/fulfillment-events.ts';

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
