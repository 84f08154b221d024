import type { ConsumerPart } from '@ucos/kit';
import { POSTED_EVENT_TYPES, postFromEvent } from '../../data/posting.ts';
import type { FinanceEvents } from '../out/finance-events.ts';

/**
 * Every event that moves money or goods becomes a journal entry, in the consumer's unit of work with
 * the event's `processed_messages` mark, so a redelivery posts nothing; the journal's unique source
 * key also holds when the same document arrives in another event or two consumers race.
 */
export const postingPart: ConsumerPart<FinanceEvents, unknown> = {
  types: POSTED_EVENT_TYPES,
  handle: async (envelope, sql, tx) => {
    await postFromEvent(sql, tx.tenantId, envelope);
  },
};
