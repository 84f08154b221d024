import type { EventBus, Logger, Subscription, WorkerFactory, WorkerService } from '@ucos/kit';
import { database, tenantDb } from './db.ts';
import { type FinanceEnv, loadFinanceEnv } from './env.ts';
import { subscribeFinance } from './events/in/consumer.ts';

/**
 * The finance worker: one consumer that posts (events of orders, fulfillment, inventory, procurement → journal
 * entries) and invoices (orders' and fulfillment's events → invoices and credit notes) in one transaction per
 * event. It runs no relay: what invoicing emits waits in the outbox for the service's relay poll
 * (docs/architecture/worker-tier.md).
 */
export async function createFinanceWorker(env: FinanceEnv, logger: Logger, bus: EventBus) {
  // every event handled at once holds a connection for its transaction: a smaller pool would leave
  // consumer slots waiting for one, adding to the lag without adding throughput
  const poolSize = Math.max(env.DATABASE_POOL_SIZE, env.FINANCE_POSTING_CONCURRENCY);
  const pool = database.connectPlacedPool(env, poolSize, logger, 'finance-worker');
  const subscriptions: Subscription[] = [];
  const worker: WorkerService = {
    name: 'finance',
    async start() {
      subscriptions.push(
        await subscribeFinance(
          bus,
          tenantDb(pool, null, null),
          env.FINANCE_POSTING_CONCURRENCY,
          env.FINANCE_POSTING_BATCH,
          env.FINANCE_POSTING_TENANT_LANES,
        ),
      );
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await pool.end().catch(() => undefined);
    },
  };
  return worker;
}

export const createWorker: WorkerFactory = (source, { logger, bus }) =>
  createFinanceWorker(loadFinanceEnv(source), logger, bus);
