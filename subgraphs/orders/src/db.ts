import { createPool, type Logger, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { ORDERS_EVENTS, type OrdersEvents } from './events/out/order-events.ts';

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
