import type { EventBus } from '@ucos/kit';
import {
  type Logger,
  OutboxRelay,
  processedMessagesPruneJobOf,
  type Subscription,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import { secretBox } from './data/secrets.ts';
import { database, tenantDb } from './db.ts';
import { SCHEMA } from './deps.ts';
import { Dispatcher } from './dispatcher.ts';
import { loadWebhooksEnv, type WebhooksEnv } from './env.ts';
import { subscribeFanOut } from './events/in/fan-out.ts';
import { secretKeyOf } from './keys.ts';
import { httpSender, type WebhookSender } from './ports/http-sender.ts';

export interface WebhooksWorkerOverrides {
  send?: WebhookSender;
}

/**
 * The webhooks worker: the fan-out consumer (every event → deliveries) and the dispatcher (sends,
 * retries, disables). Its own pool and outbox relay (for `webhooks.endpoint.disabled`).
 */
export async function createWebhooksWorker(
  env: WebhooksEnv,
  logger: Logger,
  bus: EventBus,
  overrides: WebhooksWorkerOverrides = {},
) {
  const pool = database.connectPlacedPool(env, env.DATABASE_POOL_SIZE, logger, 'webhooks-worker');
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const policy = { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS };
  const sender = overrides.send ? null : httpSender(policy, env.WEBHOOK_TIMEOUT_MS);
  const dispatcher = new Dispatcher({
    pool,
    unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
    secrets: secretBox(secretKeyOf(env)),
    send: overrides.send ?? (sender as WebhookSender),
    policy: {
      retryScheduleMs: env.WEBHOOK_RETRY_SCHEDULE_MS,
      disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    pollMs: env.WEBHOOK_POLL_MS,
    concurrency: env.WEBHOOK_CONCURRENCY,
    logger,
  });
  const prune = processedMessagesPruneJobOf(SCHEMA, pool, logger, env);
  const subscriptions: Subscription[] = [];
  const worker: WorkerService & { dispatcher: Dispatcher } = {
    name: 'webhooks',
    dispatcher,
    async start() {
      relay.start();
      subscriptions.push(await subscribeFanOut(bus, tenantDb(pool, null, relay), () => dispatcher.kick()));
      dispatcher.start();
      prune.start();
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await dispatcher.close();
      await prune.stop();
      sender?.close();
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
  return worker;
}

export const createWorker: WorkerFactory = (source, { logger, bus }) =>
  createWebhooksWorker(loadWebhooksEnv(source), logger, bus);
