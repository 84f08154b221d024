import { type EventBus, idempotentHandler, parseEventPayload, type Subscription } from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';

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
export function subscribePricingGroups(bus: EventBus, pool: pg.Pool): Promise<Subscription> {
  return bus.subscribe({
    consumer: PRICING_GROUP_CONSUMER,
    subjects: [PRICING_GROUP_SUBJECT],
    handler: idempotentHandler({
      pool,
      schema: 'catalog',
      consumer: PRICING_GROUP_CONSUMER,
      async handle(envelope, client) {
        const payload = parseEventPayload(groupChanged, envelope);
        await client.query(
          `insert into customer_pricing_groups (tenant_id, customer_id, customer_group, updated_at) values ($1, $2, $3, $4)
           on conflict (tenant_id, customer_id) do update set customer_group = excluded.customer_group,
             updated_at = excluded.updated_at
           where customer_pricing_groups.updated_at <= excluded.updated_at`,
          [envelope.tenantId, payload.customerId, payload.customerGroup, envelope.occurredAt],
        );
      },
    }),
  });
}
