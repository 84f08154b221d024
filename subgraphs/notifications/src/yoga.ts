import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
} from '@ucos/kit';
import type { NotificationsContext } from './context.ts';
import { connectPool, tenantDb } from './db.ts';
import { type NotificationsDeps, SCHEMA } from './deps.ts';
import type { NotificationsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/**
 * The request path: templates, previews and the log. Delivery (the event consumers and the sender)
 * is background work and lives in the worker (worker.ts).
 */
export async function createNotificationsServer(env: NotificationsEnv, logger: Logger, bus: EventBus) {
  const pool = connectPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const deps: NotificationsDeps = {
    pool,
    log: logger,
    defaultLocale: env.NOTIFICATIONS_DEFAULT_LOCALE,
    unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
  };
  const yoga = createSubgraphServer<NotificationsContext>({
    name: 'notifications',
    schema,
    logger,
    internalTokenKey: key,
    context: (base) => ({ ...base, deps }),
    database: { pool, schema: SCHEMA },
  });
  return {
    yoga,
    deps,
    relay,
    async start() {
      relay.start();
    },
    async close() {
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
}
