import { domainDatabase, type PgUnitOfWork } from '@ucos/kit';
import { SCHEMA } from './deps.ts';
import { PROCUREMENT_EVENTS, type ProcurementEvents } from './events/out/procurement-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The procurement database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<ProcurementEvents, string>;

/** `tenantDb`, `connectPool` and `orm` (Prisma inside a unit of work) as the kit builds them for every domain. */
export const database = domainDatabase({
  schema: SCHEMA,
  events: PROCUREMENT_EVENTS,
  // the stores may name tables without their schema: every connection resolves them in "procurement"
  searchPath: SCHEMA,
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb, connectPool, orm } = database;
