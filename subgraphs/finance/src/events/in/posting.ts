import { type EventBus, idempotentConsumer, type PgUnitOfWork, type Subscription } from '@ucos/kit';
import { POSTED_EVENT_TYPES, postFromEvent } from '../../data/posting.ts';
import type { FinanceEvents } from '../out/finance-events.ts';

export const POSTING_CONSUMER = 'finance-posting';

/** The handler alone (tests and the bench call it directly, as a second consumer would). */
export const postingHandler = (unitOfWork: PgUnitOfWork<FinanceEvents, string | null>) =>
  idempotentConsumer<FinanceEvents, unknown>({
    unitOfWork,
    consumer: POSTING_CONSUMER,
    handle: async (envelope, sql, tx) => {
      await postFromEvent(sql, tx.tenantId, envelope);
    },
  });

/**
 * Every event that moves money or goods becomes a journal entry, in one unit of work with the
 * event's `processed_messages` mark, so a redelivery posts nothing; the journal's unique source key
 * also holds when the same document arrives in another event or two consumers race.
 */
export function subscribePosting(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>,
  concurrency: number,
): Promise<Subscription> {
  return bus.subscribe<unknown>({
    consumer: POSTING_CONSUMER,
    subjects: POSTED_EVENT_TYPES.map((type) => `ucos.${type}`),
    maxDeliver: 10,
    concurrency,
    handler: postingHandler(unitOfWork),
  });
}
