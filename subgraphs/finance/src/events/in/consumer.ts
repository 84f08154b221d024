import {
  type ConsumerPart,
  type EventBus,
  type EventHandler,
  idempotentConsumers,
  type PgUnitOfWork,
  partTypes,
  type Subscription,
} from '@ucos/kit';
import { preparing } from '../../data/prepared.ts';
import type { FinanceEvents } from '../out/finance-events.ts';
import { type BatchedWork, postingBatcher } from './batch.ts';
import { invoicingPart } from './invoicing.ts';
import { postingPart } from './posting.ts';

/** The one durable consumer of the worker (invoicing had its own, `finance-invoicing`, before). */
export const FINANCE_CONSUMER = 'finance-posting';

/** Posting, then invoicing, their statements prepared (`preparing`: parsed and planned once per connection). */
const financeParts = (options: { announce?: boolean }): ConsumerPart<FinanceEvents, unknown>[] =>
  [postingPart, invoicingPart(options)].map((part) => ({
    types: part.types,
    handle: (envelope, sql, tx, meta) => part.handle(envelope, preparing(sql), tx, meta),
  }));

/**
 * Posting and invoicing on one consumer: an order's event is delivered once and handled in one
 * transaction with one `processed_messages` mark, where two consumers took two of each.
 * `announce` false issues invoices without publishing `finance.*.issued` (the demo's back-fill).
 */
export const financeHandler = (
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  options: { announce?: boolean } = {},
): EventHandler<unknown> =>
  idempotentConsumers<FinanceEvents, unknown>({
    unitOfWork,
    consumer: FINANCE_CONSUMER,
    parts: financeParts(options),
  });

/** The event types the consumer subscribes to: what posting or invoicing takes. */
export const CONSUMED_EVENT_TYPES = partTypes([postingPart, invoicingPart()]);

/** What one event does in a batch's transaction: each part that takes its type, in order. */
export const financeWork = (options: { announce?: boolean } = {}): BatchedWork => {
  const parts = financeParts(options);
  return async (envelope, sql, tx, meta) => {
    for (const part of parts) {
      if (part.types.includes(envelope.type)) await part.handle(envelope, sql, tx, meta);
    }
  };
};

/**
 * The worker's handler: the events of a tenant delivered while its transaction runs are posted
 * together in the next one, each in a savepoint with its own mark (`postingBatcher`), up to
 * `concurrency` transactions (tenants) at once and `batch` events in each.
 */
export const financeBatchHandler = (
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  { concurrency, batch }: { concurrency: number; batch: number },
): EventHandler<unknown> =>
  postingBatcher({ unitOfWork, consumer: FINANCE_CONSUMER, work: financeWork(), lanes: concurrency, maxBatch: batch });

/**
 * `concurrency` transactions at once, each posting up to `batch` events (so that many deliveries in
 * flight); 10 attempts, then the dead-letter subject.
 */
export function subscribeFinance(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  concurrency: number,
  batch = 1,
): Promise<Subscription> {
  return bus.subscribe<unknown>({
    consumer: FINANCE_CONSUMER,
    subjects: CONSUMED_EVENT_TYPES.map((type) => `ucos.${type}`),
    maxDeliver: 10,
    concurrency: concurrency * batch,
    handler: financeBatchHandler(unitOfWork, { concurrency, batch }),
  });
}
