import { type EventBus, idempotentConsumer, parseEventPayload, type Subscription } from '@ucos/kit';
import { z } from 'zod';
import { recordAvailability } from '../../data/read-models-store.ts';
import type { CatalogDatabase } from '../../db.ts';

export const STOCK_CHANGED_SUBJECT = 'ucos.inventory.stock.changed';
export const AVAILABILITY_CONSUMER = 'catalog-availability';

/** inventory.stock.changed v1: ids are local uuids; validated because the producer is not ours. */
const stockChanged = z.object({
  variantId: z.guid(),
  available: z.number().int(),
  onHand: z.number().int().optional(),
});

/**
 * Keeps catalog.variant_availability (the in-stock filter and facet) in step with inventory. Applied
 * once per event (processed_messages); a stale event never overwrites a newer one (occurredAt).
 */
export function subscribeAvailability(bus: EventBus, unitOfWork: CatalogDatabase): Promise<Subscription> {
  return bus.subscribe({
    consumer: AVAILABILITY_CONSUMER,
    subjects: [STOCK_CHANGED_SUBJECT],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: AVAILABILITY_CONSUMER,
      async handle(envelope, sql) {
        const payload = parseEventPayload(stockChanged, envelope);
        await recordAvailability(sql, envelope.tenantId, {
          key: payload.variantId,
          value: payload.available,
          at: envelope.occurredAt,
        });
      },
    }),
  });
}
