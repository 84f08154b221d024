import type { EventBus, Subscription } from '@ucos/kit';
import { z } from 'zod';
import { recordPricingGroup } from '../../data/read-models-store.ts';
import type { CatalogDatabase } from '../../db.ts';
import { subscribeReadModel } from './read-model-consumer.ts';

export const PRICING_GROUP_SUBJECT = 'ucos.orders.customer.pricing_group_changed';
export const PRICING_GROUP_CONSUMER = 'catalog-pricing-groups';

/** orders.customer.pricing_group_changed v1 */
const groupChanged = z.object({
  customerId: z.guid(),
  customerGroup: z.string().nullable(),
});

/**
 * Keeps catalog.customer_pricing_groups in step with orders' companies, so a signed-in B2B buyer's
 * prices come from their company's lists.
 */
export function subscribePricingGroups(bus: EventBus, unitOfWork: CatalogDatabase): Promise<Subscription> {
  return subscribeReadModel(bus, unitOfWork, {
    consumer: PRICING_GROUP_CONSUMER,
    subject: PRICING_GROUP_SUBJECT,
    payload: groupChanged,
    report: (payload) => ({ key: payload.customerId, value: payload.customerGroup }),
    record: recordPricingGroup,
  });
}
