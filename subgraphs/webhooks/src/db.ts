import {
  createPool,
  type Logger,
  type PgUnitOfWork,
  pgUnitOfWork,
  prismaOnConnection,
  type RelayKick,
} from '@ucos/kit';
import type pg from 'pg';
import { SCHEMA } from './deps.ts';
import { WEBHOOKS_EVENTS, type WebhooksEvents } from './events/out/webhooks-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

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

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.endpoint.create(…))`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). The
 * delivery queue (claims with SKIP LOCKED and leases), the fan-out and what compares with the
 * database's clock stay hand SQL, typed from the same models (src/data/rows.ts).
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
