import {
  createPool,
  type Logger,
  prismaAdapter,
  prismaUnitOfWork,
  type RelayKick,
  type UnitOfWork,
  type UnitOfWorkTx,
} from '@ucos/kit';
import type pg from 'pg';
import { IDENTITY_EVENTS, type IdentityEvents } from './events/out/identity-events.ts';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;

/**
 * Identity's database as one tenant (or none, which sees nothing until `.as(tenantId)`): `tx(work)`
 * is one RLS-scoped unit of work over a Prisma transaction that emits identity's events and commits
 * only an ok result; `run(work)` runs plain work.
 */
export type IdentityDatabase = UnitOfWork<Tx, IdentityEvents, string | null>;

/** The open unit of work beside its Prisma `tx`: the tenant, and `emit` for identity's events. */
export type IdentityTx = UnitOfWorkTx<IdentityEvents, string | null>;

export interface IdentityConnections {
  pool: pg.Pool;
  prisma: PrismaClient;
  /** the database as no tenant, without a relay (tools and tests: events wait for the relay's next poll) */
  root: IdentityDatabase;
  /** the same, kicking the service's outbox relay after each commit that emitted */
  unitOfWork(relay: RelayKick): IdentityDatabase;
  close(): Promise<void>;
}

export const connectPool = (url: string, max: number, logger?: Logger): pg.Pool =>
  createPool({ url, max, applicationName: 'identity', ...(logger ? { logger } : {}) });

/** Prisma and the units of work over one pool, which the kit shares (audit log, outbox relay). */
export function identityDatabase(pool: pg.Pool): IdentityConnections {
  const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
  const unitOfWork = (relay: RelayKick | null): IdentityDatabase =>
    prismaUnitOfWork(prisma, null, { schema: 'identity', events: IDENTITY_EVENTS, relay });
  return {
    pool,
    prisma,
    root: unitOfWork(null),
    unitOfWork,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

/** One pool per process, for tools and tests outside the server (`createIdentityServer` opens its own). */
export function connectIdentityDatabase(url: string, poolSize: number, logger?: Logger): IdentityConnections {
  return identityDatabase(connectPool(url, poolSize, logger));
}
