import { domainDatabase, type PgUnitOfWork } from '@ucos/kit';
import pg from 'pg';
import { SCHEMA } from './deps.ts';
import { FINANCE_EVENTS, type FinanceEvents } from './events/out/finance-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The finance database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<FinanceEvents, string>;

/** `tenantDb`, `connectPool` and `orm` (Prisma inside a unit of work) as the kit builds them for every domain. */
export const database = domainDatabase({
  schema: SCHEMA,
  events: FINANCE_EVENTS,
  // bigint money columns read as numbers: the kit bounds every amount to 2^53 - 1
  typeParsers: { [pg.types.builtins.INT8]: Number },
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb, connectPool, orm } = database;
