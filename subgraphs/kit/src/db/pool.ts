import pg from 'pg';
import { createLogger, type Logger } from '../logger.ts';
import { pipelineMetrics } from '../pipeline-metrics.ts';

let fallbackLogger: Logger | undefined;
const defaultLogger = () => {
  fallbackLogger ??= createLogger('db-pool');
  return fallbackLogger;
};

/** How a pool's connections parse one column type's text into a value (pg's `types`). */
export type TypeParsers = Partial<Record<number, (value: string) => unknown>>;

export interface PoolOptions {
  url: string;
  max: number;
  /** the Postgres schema unqualified table names resolve in */
  searchPath?: string;
  /** shows up in pg_stat_activity, so a connection's service is visible (and countable) */
  applicationName?: string;
  /** where an idle connection's error is reported (default: a kit logger named db-pool) */
  logger?: Logger;
  /**
   * Text-format parsers by type oid for this pool's connections only (`pg.types.builtins.INT8`);
   * every other type keeps pg's parser. Never `pg.types.setTypeParser`: that is process-global and
   * would change every other subgraph sharing the process.
   */
  typeParsers?: TypeParsers;
}

/** pg's per-client `types` option: the given text parsers, pg's defaults for everything else. */
export function poolTypes(parsers: TypeParsers): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      const own = parsers[oid];
      if (own && format !== 'binary') return own;
      return pg.types.getTypeParser(oid, format ?? 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/**
 * Every pool of the platform. An idle connection that the server ends (a restart, a failover, a
 * dropped test database) makes pg emit 'error' on the pool; without a listener that crashes the
 * process. The listener logs the error (the kit's `err` serializer leaves out the connection pg-pool
 * hangs on it) and the pool replaces the connection on next use.
 */
export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath},public` } : {}),
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
    ...(options.typeParsers ? { types: poolTypes(options.typeParsers) } : {}),
  });
  pool.on('error', (error) => {
    (options.logger ?? defaultLogger()).warn(
      { err: error, pool: options.applicationName },
      'idle connection ended by the server; replaced on next use',
    );
  });
  // by name: a process has one pool per service, and a test's many same-named pools replace each other
  pipelineMetrics().watchPool(options.applicationName ?? 'unnamed', pool);
  return pool;
}
