import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
} from '@ucos/kit';
import type { WebhooksContext } from './context.ts';
import { secretBox } from './data/secrets.ts';
import { connectPool, tenantDb } from './db.ts';
import { SCHEMA, type WebhooksDeps } from './deps.ts';
import type { WebhooksEnv } from './env.ts';
import { secretKeyOf } from './keys.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: the API over endpoints and the delivery log. Sending is the worker's (`src/worker.ts`). */
export async function createWebhooksServer(env: WebhooksEnv, logger: Logger, bus: EventBus) {
  const pool = connectPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const deps: WebhooksDeps = {
    pool,
    log: logger,
    secrets: secretBox(secretKeyOf(env)),
    destinations: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS },
    unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
  };
  const yoga = createSubgraphServer<WebhooksContext>({
    name: 'webhooks',
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
