import { domainDatabase, type PgUnitOfWork } from '@ucos/kit';
import { SCHEMA } from './deps.ts';
import { WEBHOOKS_EVENTS, type WebhooksEvents } from './events/out/webhooks-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/** The webhooks database as one tenant sees it (see docs/architecture/unit-of-work.md). */
export type TenantDb = PgUnitOfWork<WebhooksEvents, string>;

/** `tenantDb`, `connectPool` and `orm` (Prisma inside a unit of work) as the kit builds them for every domain. */
export const database = domainDatabase({
  schema: SCHEMA,
  events: WEBHOOKS_EVENTS,
  prisma: (adapter) => new PrismaClient({ adapter }),
});

export const { tenantDb, connectPool, orm } = database;
