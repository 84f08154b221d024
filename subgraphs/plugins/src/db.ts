import { domainDatabase, type PgUnitOfWork } from '@ucos/kit';
import { SCHEMA } from './deps.ts';
import { PLUGINS_EVENTS, type PluginsEvents } from './events/out/plugins-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The plugins database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<PluginsEvents, string>;

/** `tenantDb`, `connectPool` and `orm` (Prisma inside a unit of work) as the kit builds them for every domain. */
export const database = domainDatabase({
  schema: SCHEMA,
  events: PLUGINS_EVENTS,
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb, connectPool, orm } = database;
