import pg from 'pg';

/**
 * Counts the statements every pg client of this process sends, by the pool's `application_name`
 * (each service names its pool after itself: `procurement`, `inventory`, `catalog`…). The whole
 * platform runs in one process, so a test can see what one gateway request costs each subgraph's
 * database without reaching into the services. The kit's `countStatements(pool)` does the same for
 * one pool a test holds.
 */
export function countStatementsByService() {
  const counts = new Map<string, number>();
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
    const service = this.connectionParameters?.application_name ?? 'unnamed';
    counts.set(service, (counts.get(service) ?? 0) + 1);
    return original.apply(this, args);
  };
  return {
    /** statements each named service sent since the last reset */
    of(services: readonly string[]): Record<string, number> {
      return Object.fromEntries(services.map((service) => [service, counts.get(service) ?? 0]));
    },
    reset: () => counts.clear(),
    stop: () => {
      prototype.query = original;
    },
  };
}
