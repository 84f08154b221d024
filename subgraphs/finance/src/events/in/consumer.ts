import {
  type EventBus,
  type EventHandler,
  idempotentConsumers,
  type PgUnitOfWork,
  partTypes,
  type Subscription,
} from '@ucos/kit';
import type { FinanceEvents } from '../out/finance-events.ts';
import { invoicingPart } from './invoicing.ts';
import { postingPart } from './posting.ts';

/** The one durable consumer of the worker (invoicing had its own, `finance-invoicing`, before). */
export const FINANCE_CONSUMER = 'finance-posting';

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
    parts: [postingPart, invoicingPart(options)],
  });

/** The event types the consumer subscribes to: what posting or invoicing takes. */
export const CONSUMED_EVENT_TYPES = partTypes([postingPart, invoicingPart()]);

/** `concurrency` events at once, each in its own transaction; 10 attempts, then the dead-letter subject. */
export function subscribeFinance(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  concurrency: number,
): Promise<Subscription> {
  return bus.subscribe<unknown>({
    consumer: FINANCE_CONSUMER,
    subjects: CONSUMED_EVENT_TYPES.map((type) => `ucos.${type}`),
    maxDeliver: 10,
    concurrency,
    handler: financeHandler(unitOfWork),
  });
}
