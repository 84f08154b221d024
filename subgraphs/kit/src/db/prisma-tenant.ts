import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { tracedPool } from './pg-tenant.ts';

/** The slice of a generated Prisma client the kit relies on; each subgraph has its own client. */
export interface TransactionalClient<Tx> {
  $transaction<R>(work: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
  $disconnect(): Promise<void>;
}

export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * The driver adapter a subgraph hands to its generated `PrismaClient`. Given a pool, its statements
 * are spans while tracing is on, like those of the pg unit of work.
 */
export function prismaAdapter(config: pg.Pool | pg.PoolConfig): PrismaPg {
  return new PrismaPg(config instanceof pg.Pool ? tracedPool(config) : config);
}

/**
 * How long a transaction may wait for a pooled connection, and run. Prisma's defaults (2 s and 5 s)
 * turn a burst that merely queues for the pool into failed requests; the pool's queue is the
 * back-pressure, so requests wait there as long as pg-backed subgraphs would.
 */
export const PRISMA_TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * A tenant-bound view of a subgraph's Prisma client: `run` opens a transaction that sets
 * `app.tenant_id` before anything else, so RLS scopes every query inside it.
 */
export class TenantDatabase<Tx extends RawExecutor> {
  private readonly client: TransactionalClient<Tx>;
  readonly tenantId: string | null;

  constructor(client: TransactionalClient<Tx>, tenantId: string | null) {
    this.client = client;
    this.tenantId = tenantId;
  }

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("select set_config('app.tenant_id', $1, true)", this.tenantId ?? '');
      return work(tx);
    }, PRISMA_TRANSACTION_LIMITS);
  }

  /** The same database acting for another tenant (sign-up creates a tenant, then works inside it). */
  as(tenantId: string | null): TenantDatabase<Tx> {
    return new TenantDatabase(this.client, tenantId);
  }
}
