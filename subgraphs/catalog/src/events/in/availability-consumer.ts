import type { EventBus, Subscription } from '@ucos/kit';
import { z } from 'zod';
import { recordAvailability } from '../../data/read-models-store.ts';
import type { CatalogDatabase } from '../../db.ts';
import { subscribeReadModel } from './read-model-consumer.ts';

export const STOCK_CHANGED_SUBJECT = 'ucos.inventory.stock.changed';
export const AVAILABILITY_CONSUMER = 'catalog-availability';

/** inventory.stock.changed v1: ids are local uuids. */
const stockChanged = z.object({
  variantId: z.guid(),
  available: z.number().int(),
  onHand: z.number().int().optional(),
});

/** Keeps catalog.variant_availability (the in-stock filter and facet) in step with inventory. */
export function subscribeAvailability(bus: EventBus, unitOfWork: CatalogDatabase): Promise<Subscription> {
  return subscribeReadModel(bus, unitOfWork, {
    consumer: AVAILABILITY_CONSUMER,
    subject: STOCK_CHANGED_SUBJECT,
    payload: stockChanged,
    report: (payload) => ({ key: payload.variantId, value: payload.available }),
    record: recordAvailability,
  });
}
