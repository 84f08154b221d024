import {
  type EventBus,
  envFields,
  envLoader,
  idempotencyRecordsPruneEnvShape,
  idempotencyRecordsPruneJobOf,
  type Logger,
  processedMessagesPruneEnvShape,
  processedMessagesPruneJobOf,
  type Subscription,
  tenantPlacementEnvField,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import type { PluginHost } from '@ucos/plugin-sdk';
import { z } from 'zod';
import { database, tenantDb } from './db.ts';
import { SCHEMA } from './deps.ts';
import { subscribeActions } from './events/in/actions.ts';

const DEFAULT_ACTION_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000];

const delays = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return DEFAULT_ACTION_BACKOFF_MS;
    const list = value.split(',').map((part) => Number(part.trim()));
    if (list.some((delay) => !Number.isInteger(delay) || delay < 0)) {
      context.addIssue({ code: 'custom', message: 'a comma-separated list of non-negative integers (ms)' });
      return z.NEVER;
    }
    return list;
  });

export const pluginsWorkerEnvShape = {
  LOG_LEVEL: envFields.logLevel,
  DATABASE_URL: envFields.url,
  /** a run holds one connection for its mark; kv and the log use another */
  WORKER_DATABASE_POOL_SIZE: envFields.positiveInt.default(4),
  TENANT_PLACEMENT: tenantPlacementEnvField,
  /** failed calls in a row after which an installation is disabled (as the subgraph's) */
  PLUGIN_DISABLE_AFTER_FAILURES: envFields.positiveInt.default(5),
  /** invocations kept per installation (as the subgraph's) */
  PLUGIN_LOG_RETENTION: envFields.positiveInt.default(200),
  /** deliveries of an event to an action hook before it is dead-lettered */
  PLUGIN_ACTION_ATTEMPTS: envFields.positiveInt.default(5),
  /** waits between them, ms, the last repeating */
  PLUGIN_ACTION_BACKOFF_MS: delays,
  ...processedMessagesPruneEnvShape,
  ...idempotencyRecordsPruneEnvShape,
};

export type PluginsWorkerEnv = ReturnType<typeof loadPluginsWorkerEnv>;

export const loadPluginsWorkerEnv = envLoader(pluginsWorkerEnvShape, 'plugins worker');

export interface PluginsWorkerOverrides {
  /** the `http` capability's transport */
  fetch?: NonNullable<PluginHost['fetch']>;
}

/**
 * The plugins worker: tenants' `event.action` hooks after every event (`events/in/actions.ts`), with
 * retries and backoff, the pruning of its consumer marks and of `pluginActionRun`'s idempotency records. It runs no relay: the
 * `plugins.installation.disabled` events it writes are published by the subgraph's relay.
 */
export async function createPluginsWorker(
  env: PluginsWorkerEnv,
  logger: Logger,
  bus: EventBus,
  overrides: PluginsWorkerOverrides = {},
): Promise<WorkerService> {
  const pool = database.connectPlacedPool(env, env.WORKER_DATABASE_POOL_SIZE, logger, 'plugins-worker');
  const prune = processedMessagesPruneJobOf(SCHEMA, pool, logger, env);
  // the keys of pluginActionRun (admin actions)
  const idempotencyPrune = idempotencyRecordsPruneJobOf(SCHEMA, pool, logger, env);
  const subscriptions: Subscription[] = [];
  return {
    name: 'plugins',
    async start() {
      subscriptions.push(
        await subscribeActions({
          bus,
          unitOfWork: tenantDb(pool, null, null),
          deps: { disableAfterFailures: env.PLUGIN_DISABLE_AFTER_FAILURES, logRetention: env.PLUGIN_LOG_RETENTION },
          logger,
          maxDeliver: env.PLUGIN_ACTION_ATTEMPTS,
          backoffMs: env.PLUGIN_ACTION_BACKOFF_MS,
          ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
        }),
      );
      prune.start();
      idempotencyPrune.start();
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await prune.stop();
      await idempotencyPrune.stop();
      await pool.end().catch(() => undefined);
    },
  };
}

export const createWorker: WorkerFactory = (source, { logger, bus }) =>
  createPluginsWorker(loadPluginsWorkerEnv(source), logger, bus);
