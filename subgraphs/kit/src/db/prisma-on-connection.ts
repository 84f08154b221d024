import { AsyncLocalStorage } from 'node:async_hooks';
import type { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { prismaAdapter } from './prisma-tenant.ts';

const connection = new AsyncLocalStorage<pg.PoolClient>();

/**
 * What a Prisma client built by `prismaOnConnection` sends its statements through: not a pool of its
 * own, but the connection of the unit of work that is running (`withPrisma`). So a Prisma read or
 * write is one more statement of that transaction: the tenant it set, its row locks, its events, its
 * commit or rollback. A statement outside `withPrisma` is refused, never run on some other connection.
 */
class UnitOfWorkConnection extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query overloads, passed through as they are
  override query(...args: any[]): any {
    const client = connection.getStore();
    if (!client) return Promise.reject(new Error('a Prisma statement outside a unit of work: call it in withPrisma'));
    return (client.query as (...a: unknown[]) => unknown)(...args);
  }

  // Prisma opens a transaction through connect(); the unit of work is the transaction, so there is none
  // biome-ignore lint/suspicious/noExplicitAny: pg's connect overloads
  override connect(): any {
    return Promise.reject(new Error('no Prisma transactions inside a unit of work: it is the transaction'));
  }
}

/** A domain's Prisma client over the running unit of work's connection (one per process). */
export interface PrismaOnConnection<Client> {
  readonly client: Client;
}

/**
 * Builds a domain's generated Prisma client for use inside its pg unit of work:
 * `prismaOnConnection((adapter) => new PrismaClient({ adapter }))`. Use it with `withPrisma`.
 */
export function prismaOnConnection<Client>(create: (adapter: PrismaPg) => Client): PrismaOnConnection<Client> {
  return { client: create(prismaAdapter(new UnitOfWorkConnection({ max: 1 }))) };
}

/**
 * Runs `work` with the Prisma client on `sql`, the connection of the open unit of work
 * (`db.tx((sql, tx) => …)`, `db.run((sql) => …)`): plain reads and writes through the typed models,
 * in the same transaction as the hand SQL beside them.
 */
export function withPrisma<Client, T>(
  prisma: PrismaOnConnection<Client>,
  sql: pg.PoolClient,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  // awaited inside: a Prisma query is a lazy thenable that starts when awaited, and must start here
  return connection.run(sql, async () => await work(prisma.client));
}
