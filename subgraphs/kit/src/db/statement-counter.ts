import type pg from 'pg';

/**
 * Counts the SQL statements a pool sends (every client it hands out, Prisma's included). Tests use
 * it to prove a page of N items costs the same number of statements as a page of M.
 */
export interface StatementCounter {
  readonly count: number;
  reset(): void;
}

const counters = new WeakMap<pg.Pool, { count: number }>();

export function countStatements(pool: pg.Pool): StatementCounter {
  let state = counters.get(pool);
  if (!state) {
    const created = { count: 0 };
    state = created;
    counters.set(pool, created);
    pool.on('connect', (client) => {
      const original = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        created.count++;
        return original(...args);
      };
    });
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
