import pg from 'pg';
import { createLogger } from '../logger.ts';

const fallbackLog = createLogger('db-pool', process.env.LOG_LEVEL ?? 'warn');

export interface PoolOptions {
  url: string;
  max: number;
  /** the Postgres schema unqualified table names resolve in */
  searchPath?: string;
  /** shows up in pg_stat_activity, so a connection's service is visible (and countable) */
  applicationName?: string;
  onIdleError?: (error: Error) => void;
}

/**
 * Every pool of the platform. An idle connection that the server ends (a restart, a failover, a
 * dropped test database) makes pg emit 'error' on the pool; without a listener that crashes the
 * process. The listener reports it and the pool replaces the connection on next use.
 */
export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath},public` } : {}),
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
  });
  pool.on('error', (error) => {
    if (options.onIdleError) options.onIdleError(error);
    else
      fallbackLog.warn(
        { err: error, pool: options.applicationName },
        'idle connection ended by the server; replaced on next use',
      );
  });
  return pool;
}
