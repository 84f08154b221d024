import { createPool, type Logger, type PgUnitOfWork, pgUnitOfWork, type RelayKick } from '@ucos/kit';
import pg from 'pg';
import { SCHEMA } from './deps.ts';
import { FINANCE_EVENTS, type FinanceEvents } from './events/out/finance-events.ts';

export { one, type Sql } from '@ucos/kit';

/** The finance database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<FinanceEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<FinanceEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: FINANCE_EVENTS, relay });

export const connectPool = (url: string, max: number, logger?: Logger, name = 'finance'): pg.Pool =>
  createPool({
    url,
    max,
    applicationName: name,
    // bigint money columns read as numbers: the kit bounds every amount to 2^53 - 1
    typeParsers: { [pg.types.builtins.INT8]: Number },
    ...(logger ? { logger } : {}),
  });
