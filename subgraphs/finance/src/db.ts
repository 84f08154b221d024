import {
  createPool,
  type Logger,
  type PgUnitOfWork,
  pgUnitOfWork,
  prismaOnConnection,
  type RelayKick,
} from '@ucos/kit';
import pg from 'pg';
import { SCHEMA } from './deps.ts';
import { FINANCE_EVENTS, type FinanceEvents } from './events/out/finance-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

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

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.account.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback).
 * Posting, the reports, invoice numbers and balance checks stay hand SQL (see docs/architecture.md).
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
