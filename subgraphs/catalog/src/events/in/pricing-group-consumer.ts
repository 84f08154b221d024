import { type EventBus, idempotentConsumer, parseEventPayload, type Subscription } from '@ucos/kit';
import { z } from 'zod';
import { recordPricingGroup } from '../../data/read-models-store.ts';
import type { CatalogDatabase } from '../../db.ts';

export const PRICING_GROUP_SUBJECT = 'ucos.orders.customer.pricing_group_changed';
export const PRICING_GROUP_CONSUMER = 'catalog-pricing-groups';

/** orders.customer.pricing_group_changed v1 */
const groupChanged = z.object({
  customerId: z.guid(),
  customerGroup: z.string().nullable(),
});

/**
 * Keeps catalog.customer_pricing_groups in step with orders' companies, so a signed-in B2B buyer's
 * prices come from their company's lists. Once per event; an older event never overwrites a newer one.
 */
export function subscribePricingGroups(bus: EventBus, unitOfWork: CatalogDatabase): Promise<Subscription> {
  return bus.subscribe({
    consumer: PRICING_GROUP_CONSUMER,
    subjects: [PRICING_GROUP_SUBJECT],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: PRICING_GROUP_CONSUMER,
      async handle(envelope, sql) {
        const payload = parseEventPayload(groupChanged, envelope);
        await recordPricingGroup(sql, envelope.tenantId, {
          key: payload.customerId,
          value: payload.customerGroup,
          at: envelope.occurredAt,
        });
      },
    }),
  });
}
