import { type EventBus, type EventEnvelope, idempotentConsumer, type PgUnitOfWork, type Subscription } from '@ucos/kit';
import { recordDeliveries } from '../../data/deliveries.ts';
import { deliverable } from '../../data/event-types.ts';
import type { WebhooksEvents } from '../out/webhooks-events.ts';

export const FAN_OUT_CONSUMER = 'webhooks-fan-out';

/**
 * Every domain event (`ucos.>`; dead letters and the identity mails that carry one-time tokens are
 * skipped before any database work) becomes one delivery per matching endpoint of its tenant, in
 * one unit of work, once per event (processed_messages and the (endpoint, event) key). After a
 * commit that recorded deliveries, `onRecorded` kicks the dispatcher.
 */
export function subscribeFanOut(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<WebhooksEvents, string | null>,
  onRecorded: () => void,
): Promise<Subscription> {
  const handle = idempotentConsumer<WebhooksEvents, unknown>({
    unitOfWork,
    consumer: FAN_OUT_CONSUMER,
    handle: async (envelope, sql, tx) => {
      const recorded = await recordDeliveries(sql, tx.tenantId, envelope as EventEnvelope);
      if (recorded > 0) tx.afterCommit(onRecorded);
    },
  });
  return bus.subscribe<unknown>({
    consumer: FAN_OUT_CONSUMER,
    subjects: ['ucos.>'],
    maxDeliver: 10,
    handler: async (envelope, meta) => {
      if (!deliverable(envelope.type)) return;
      await handle(envelope, meta);
    },
  });
}
