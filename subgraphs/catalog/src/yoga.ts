import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  hasScope,
  internalTokenKey,
  type Logger,
  OutboxRelay,
  placeTenants,
  type Subscription,
} from '@ucos/kit';
import type pg from 'pg';
import type { CatalogContext } from './context.ts';
import { connectCatalogPool, tenantDatabase } from './db.ts';
import type { CatalogEnv } from './env.ts';
import { subscribeAvailability } from './events/in/availability-consumer.ts';
import { subscribePricingGroups } from './events/in/pricing-group-consumer.ts';
import { mediaRoutes } from './media-routes.ts';
import { localDiskStorage, type MediaStorage } from './ports/media-storage.ts';
import { schema } from './schema/index.ts';

export { schema };

export interface CatalogServerOptions {
  /** a pool made with `connectCatalogPool` (tests hook a statement counter on it before it connects) */
  pool?: pg.Pool;
  /** where uploaded images go (default: the local folder MEDIA_DIR) */
  mediaStorage?: MediaStorage;
}

/**
 * Builds the catalog subgraph: connects as the application role, checks it, serves the schema, and
 * prepares the outbox relay and the consumers (started by `start()`, stopped by `close()`).
 */
export async function createCatalogServer(
  env: CatalogEnv,
  logger: Logger,
  bus: EventBus,
  options: CatalogServerOptions = {},
) {
  const connect = (url: string) => connectCatalogPool(url, env.DATABASE_POOL_SIZE, logger);
  const pool = placeTenants(options.pool ?? connect(env.DATABASE_URL), env.TENANT_PLACEMENT, env.DATABASE_URL, connect);
  await assertUnprivileged(pool);
  const relay = new OutboxRelay({ pool, schema: 'catalog', bus, logger });
  // every unit of work kicks the relay after a commit that emitted
  const unitOfWork = (tenantId: string | null) => tenantDatabase(pool, tenantId, relay);
  const yoga = createSubgraphServer<CatalogContext>({
    name: 'catalog',
    schema,
    logger,
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({
      ...base,
      // one transaction for all of a request's reads (page, variants, prices…), not one per batch
      db: unitOfWork(base.auth.tenantId).readingThrough(base.reads),
      seesEverything: base.auth.tenantId !== null && hasScope(base.auth, 'catalog:read'),
    }),
    database: { pool, schema: 'catalog' },
    routes: mediaRoutes({
      storage: options.mediaStorage ?? localDiskStorage(env.MEDIA_DIR),
      maxBytes: env.MEDIA_MAX_BYTES,
      unitOfWork: (tenantId) => unitOfWork(tenantId),
    }),
  });
  const subscriptions: Subscription[] = [];
  return {
    yoga,
    pool,
    relay,
    async start() {
      relay.start();
      subscriptions.push(await subscribeAvailability(bus, unitOfWork(null)));
      subscriptions.push(await subscribePricingGroups(bus, unitOfWork(null)));
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await relay.stop();
      await pool.end();
    },
  };
}
