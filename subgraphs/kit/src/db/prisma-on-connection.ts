import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** The unit of work's connection, and the database's own error when a statement through it failed. */
interface OrmCall {
  readonly client: pg.PoolClient;
  failure?: unknown;
}

const connection = new AsyncLocalStorage<OrmCall>();

/**
 * What a Prisma client built by `prismaOnConnection` sends its statements through: not a pool of its
 * own, but the connection of the unit of work that is running (`orm(sql, …)`). So a Prisma read or
 * write is one more statement of that transaction: the tenant it set, its row locks, its events, its
 * commit or rollback. A statement outside `orm` is refused, never run on some other connection.
 */
class UnitOfWorkConnection extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query overloads, passed through as they are
  override query(...args: any[]): any {
    const call = connection.getStore();
    if (!call)
      return Promise.reject(new Error('a Prisma statement outside a unit of work: call it through orm(sql, …)'));
    const result = (call.client.query as (...a: unknown[]) => unknown)(...args);
    // Prisma's adapter awaits the promise form; keep the database's error for orm to rethrow
    return result instanceof Promise
      ? result.catch((error: unknown) => {
          call.failure = error;
          throw error;
        })
      : result;
  }

  // Prisma opens a transaction through connect(); the unit of work is the transaction, so there is none
  // biome-ignore lint/suspicious/noExplicitAny: pg's connect overloads
  override connect(): any {
    return Promise.reject(new Error('no Prisma transactions inside a unit of work: it is the transaction'));
  }
}

/**
 * `orm(sql, (db) => db.company.create(…))`: `work` gets the domain's Prisma client on `sql`, the
 * connection of the open unit of work (`db.tx((sql, tx) => …)`, `db.run((sql) => …)`), so its plain
 * reads and writes go through the typed models in the same transaction as the hand SQL beside them.
 * A statement the database refuses fails with the database's own error (`code`, `constraint`), as
 * hand SQL does, so the unit of work's `unique` mapping and any caller see one kind of failure.
 */
export interface PrismaOnConnection<Client> {
  <T>(sql: pg.PoolClient, work: (client: Client) => Promise<T>): Promise<T>;
  /** the client itself: a statement through it outside `orm(sql, …)` is refused */
  readonly client: Client;
}

/**
 * A domain's `orm`, once per process, from its generated Prisma client:
 * `export const orm = prismaOnConnection((adapter) => new PrismaClient({ adapter }))` in its `db.ts`.
 */
export function prismaOnConnection<Client>(create: (adapter: PrismaPg) => Client): PrismaOnConnection<Client> {
  // not the kit's prismaAdapter: the unit of work's connection already makes each statement a span
  const client = create(new PrismaPg(new UnitOfWorkConnection({ max: 1 })));
  // awaited inside: a Prisma query is a lazy thenable that starts when awaited, and must start here
  const orm = <T>(sql: pg.PoolClient, work: (client: Client) => Promise<T>): Promise<T> => {
    const call: OrmCall = { client: sql };
    return connection.run(call, async () => {
      try {
        return await work(client);
      } catch (error) {
        throw call.failure ?? error;
      }
    });
  };
  return Object.assign(orm, { client });
}
