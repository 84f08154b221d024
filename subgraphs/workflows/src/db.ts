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
import { WORKFLOWS_EVENTS, type WorkflowsEvents } from './events/out/workflows-events.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export { one, type Sql } from '@ucos/kit';

/**
 * The workflows database as one tenant sees it: `tx(work)` is one RLS-scoped unit of work that
 * emits workflows's events and commits only an ok result; `run(work)` runs reads.
 */
export type TenantDb = PgUnitOfWork<WorkflowsEvents, string>;

export const tenantDb = <Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  relay: RelayKick | null,
): PgUnitOfWork<WorkflowsEvents, Tenant> =>
  pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: WORKFLOWS_EVENTS, relay });

export const connectPool = (url: string, max: number, logger?: Logger): pg.Pool =>
  createPool({ url, max, applicationName: 'workflows', ...(logger ? { logger } : {}) });

/**
 * Plain reads and writes through Prisma inside a unit of work: `orm(sql, (db) => db.secret.findMany())`
 * is one more statement of the transaction `sql` belongs to (its tenant, its commit or rollback). The
 * run lease, conditional step and task transitions, the due-work functions and the keyset listings stay
 * hand SQL, typed from the same models (src/data/rows.ts).
 */
export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }));
