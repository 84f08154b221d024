import { assertUnprivileged, createSubgraphServer, hasScope, internalTokenKey, type Logger } from '@ucos/kit';
import type pg from 'pg';
import type { CatalogContext } from './context.ts';
import { connectCatalogPool, tenantDatabase } from './db.ts';
import type { CatalogEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

export interface CatalogServerOptions {
  /** wakes the outbox relay after a mutation wrote events (the service wires it) */
  onEvents?: () => void;
  /** a pool made with `connectCatalogPool` (tests hook a statement counter on it before it connects) */
  pool?: pg.Pool;
}

/** Builds the catalog subgraph server: connects as the application role, checks it, serves. */
export async function createCatalogServer(env: CatalogEnv, logger: Logger, options: CatalogServerOptions = {}) {
  const pool = options.pool ?? connectCatalogPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const yoga = createSubgraphServer<CatalogContext>({
    name: 'catalog',
    schema,
    logger,
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({
      ...base,
      db: tenantDatabase(pool, base.auth.tenantId),
      seesEverything: base.auth.tenantId !== null && hasScope(base.auth, 'catalog:read'),
      eventsWritten: () => options.onEvents?.(),
    }),
    database: { pool, schema: 'catalog' },
  });
  return { yoga, pool, close: () => pool.end() };
}
