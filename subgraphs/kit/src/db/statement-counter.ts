import type pg from 'pg';

/**
 * Counts the SQL statements a pool sends (every client it hands out, Prisma's included). Tests use
 * it to prove a page of N items costs the same number of statements as a page of M. It wraps clients
 * as the pool hands them out, so connections opened before the counter was created count too.
 */
export interface StatementCounter {
  readonly count: number;
  reset(): void;
}

const counters = new WeakMap<pg.Pool, { count: number }>();
const wrapped = new WeakSet<object>();

export function countStatements(pool: pg.Pool): StatementCounter {
  let state = counters.get(pool);
  if (!state) {
    const created = { count: 0 };
    state = created;
    counters.set(pool, created);
    const wrap = (client: pg.PoolClient) => {
      if (wrapped.has(client)) return client;
      wrapped.add(client);
      const original = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        created.count++;
        return original(...args);
      };
      return client;
    };
    const connect = pool.connect.bind(pool) as (callback?: unknown) => unknown;
    (pool as { connect: (callback?: unknown) => unknown }).connect = (callback?: unknown) => {
      if (typeof callback === 'function') {
        return connect((error: Error | undefined, client: pg.PoolClient, done: () => void) =>
          (callback as (e: unknown, c: unknown, d: unknown) => void)(error, client ? wrap(client) : client, done),
        );
      }
      return (connect() as Promise<pg.PoolClient>).then(wrap);
    };
  }
  const current = state;
  return {
    get count() {
      return current.count;
    },
    reset() {
      current.count = 0;
    },
  };
}

/**
 * The statements one piece of work costs, as the least of `runs` runs of `measure` (each resets its
 * counter and returns the count): the counter sees the whole pool, and background work on it (the
 * relay's poll, a consumer) can only add to a run, never take one away. The first run is left out,
 * since it warms caches the later ones skip.
 */
export async function leastStatements(measure: () => Promise<number>, runs = 5): Promise<number> {
  await measure();
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) least = Math.min(least, await measure());
  return least;
}
