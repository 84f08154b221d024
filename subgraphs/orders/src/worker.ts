import {
  envFields,
  envLoader,
  type Logger,
  processedMessagesPruneEnvShape,
  processedMessagesPruneJobOf,
  type ScheduledJob,
  scheduledJob,
  scheduledJobsWorker,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import { z } from 'zod';
import {
  DEFAULT_DUNNING_DAYS,
  DEFAULT_STOCK_WAIT,
  type RenewalRound,
  renewDueSubscriptions,
} from './data/subscription-renewals.ts';
import { connectPool, database } from './db.ts';
import type { OrdersDeps } from './deps.ts';
import { ordersEnvShape } from './env.ts';
import { type OrdersOverrides, ordersPorts } from './yoga.ts';

/** A comma-separated list of whole days, e.g. "1,3,7". */
const dayList = z
  .string()
  .optional()
  .transform((raw, context) => {
    if (!raw?.trim()) return [...DEFAULT_DUNNING_DAYS];
    const days = raw.split(',').map((part) => Number(part.trim()));
    if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 60)) {
      context.addIssue({ code: 'custom', message: 'must be whole days from 1 to 60, comma-separated (e.g. "1,3,7")' });
      return z.NEVER;
    }
    return days;
  });

/**
 * What orders' worker reads: what checkout needs (a renewal is a checkout: catalog, inventory, the
 * payment adapters' master key), its own pool and the renewal schedule.
 */
export const ordersWorkerEnvShape = {
  ...ordersEnvShape,
  /** the worker's own pool: each job's lock holds one connection (renewals, prune), their runs use the others */
  WORKER_DATABASE_POOL_SIZE: envFields.positiveInt.default(4),
  /** how often the renewal job looks for due subscriptions and retries */
  SUBSCRIPTION_RENEWAL_INTERVAL_MS: envFields.positiveInt.default(60_000),
  /** days after a failed renewal charge before each retry; after the last, the subscription is cancelled */
  SUBSCRIPTION_DUNNING_DAYS: dayList,
  /** hours before a renewal that found too little stock is tried again (no charge, no dunning) */
  SUBSCRIPTION_STOCK_RETRY_HOURS: envFields.positiveInt.default(DEFAULT_STOCK_WAIT.stockRetryHours),
  /** waits for stock before the period is skipped */
  SUBSCRIPTION_STOCK_WAITS: envFields.positiveInt.default(DEFAULT_STOCK_WAIT.stockWaits),
  ...processedMessagesPruneEnvShape,
};

export type OrdersWorkerEnv = ReturnType<typeof loadOrdersWorkerEnv>;

export const loadOrdersWorkerEnv = envLoader(ordersWorkerEnvShape, 'orders worker');

export interface OrdersWorker extends WorkerService {
  /** one renewal round now, outside the schedule (tests, operators) */
  renewOnce(): Promise<RenewalRound>;
  /** the scheduled job `orders.subscription-renewals` */
  renewals: ScheduledJob;
  deps: OrdersDeps;
}

/**
 * Orders' background work, run by the worker tier and never on the request path: the subscription
 * renewal job (on one replica at a time; each renewal is idempotent anyway, see
 * `data/subscription-renewals.ts`) and the pruning of old consumer marks. Events it emits go to the
 * outbox; the subgraph's relay publishes them.
 */
export async function createOrdersWorker(
  env: OrdersWorkerEnv,
  logger: Logger,
  overrides: OrdersOverrides = {},
): Promise<OrdersWorker> {
  const pool = connectPool(env.DATABASE_URL, env.WORKER_DATABASE_POOL_SIZE, logger, 'orders-worker');
  const ports = ordersPorts(env, logger, overrides);
  const deps: OrdersDeps = { ...database.deps({ pool, relay: null, logger }), ...ports };
  const renew = (signal?: AbortSignal) =>
    renewDueSubscriptions(deps, {
      policy: {
        dunningDays: env.SUBSCRIPTION_DUNNING_DAYS,
        stockRetryHours: env.SUBSCRIPTION_STOCK_RETRY_HOURS,
        stockWaits: env.SUBSCRIPTION_STOCK_WAITS,
      },
      ...(signal ? { signal } : {}),
    });
  const renewals = scheduledJob({
    name: 'orders.subscription-renewals',
    pool,
    everyMs: env.SUBSCRIPTION_RENEWAL_INTERVAL_MS,
    logger,
    run: async (signal) => {
      const round = await renew(signal);
      if (round.renewed || round.failed || round.waiting || round.later) logger.info(round, 'subscription renewals');
    },
  });
  const prune = processedMessagesPruneJobOf('orders', pool, logger, env);
  return {
    ...scheduledJobsWorker('orders', [renewals, prune], async () => {
      await ports.validators.close();
      await pool.end();
    }),
    deps,
    renewals,
    renewOnce: () => renew(),
  };
}

export const createWorker: WorkerFactory = async (source, { logger }) =>
  createOrdersWorker(loadOrdersWorkerEnv(source), logger);
