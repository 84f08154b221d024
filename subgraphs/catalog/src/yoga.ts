import { createDomainServer, type EventBus, hasScope, type Logger } from '@ucos/kit';
import { type PluginHookRunner, pluginHooksOf } from '@ucos/kit/plugin-hooks';
import type pg from 'pg';
import type { CatalogContext } from './context.ts';
import { type CatalogDatabase, database, tenantDatabase } from './db.ts';
import type { CatalogEnv } from './env.ts';
import { subscribeAvailability } from './events/in/availability-consumer.ts';
import { subscribePricingGroups } from './events/in/pricing-group-consumer.ts';
import { mediaRoutes } from './media-routes.ts';
import { localDiskStorage, type MediaStorage } from './ports/media-storage.ts';
import { schema } from './schema/index.ts';

export { schema };

/** What the request path is built on: the unit of work for any tenant, kicking the relay. */
interface CatalogDeps {
  unitOfWork(tenantId: string | null): CatalogDatabase;
  /** tenants' plugins at product save and import */
  plugins: PluginHookRunner;
}

export interface CatalogServerOptions {
  /** a pool made with `connectCatalogPool` (tests hook a statement counter on it before it connects) */
  pool?: pg.Pool;
  /** where uploaded images go (default: the local folder MEDIA_DIR) */
  mediaStorage?: MediaStorage;
}

/**
 * Builds the catalog subgraph with the kit's `createDomainServer`: its pool as its own role, the
 * outbox relay, the media routes and the consumers (started by `start()`, stopped by `close()`).
 */
export async function createCatalogServer(
  env: CatalogEnv,
  logger: Logger,
  bus: EventBus,
  options: CatalogServerOptions = {},
) {
  return createDomainServer<CatalogDeps, CatalogContext>({
    database,
    schema,
    env,
    logger,
    bus,
    ...(options.pool ? { pool: options.pool } : {}),
    // every unit of work kicks the relay after a commit that emitted
    deps: ({ pool, relay }) => ({
      unitOfWork: (tenantId) => tenantDatabase(pool, tenantId, relay),
      plugins: pluginHooksOf({
        url: env.PLUGINS_SUBGRAPH_URL,
        secret: env.INTERNAL_TOKEN_SECRET,
        caller: 'catalog',
        logger,
      }),
    }),
    context: (base, { unitOfWork, plugins }) => ({
      ...base,
      // one transaction for all of a request's reads (page, variants, prices…), not one per batch
      db: unitOfWork(base.auth.tenantId).readingThrough(base.reads),
      seesEverything: base.auth.tenantId !== null && hasScope(base.auth, 'catalog:read'),
      plugins,
    }),
    server: ({ unitOfWork }) => ({
      routes: mediaRoutes({
        storage: options.mediaStorage ?? localDiskStorage(env.MEDIA_DIR),
        maxBytes: env.MEDIA_MAX_BYTES,
        unitOfWork,
      }),
    }),
    subscribe: async ({ unitOfWork, plugins }) => [
      await subscribeAvailability(bus, unitOfWork(null)),
      await subscribePricingGroups(bus, unitOfWork(null)),
      ...(await plugins.subscribe(bus)),
    ],
    release: ({ plugins }) => plugins.close(),
  });
}
