import { type EventBus, idempotentConsumer, type PgUnitOfWork, parseEventPayload, type Subscription } from '@ucos/kit';
import { z } from 'zod';
import { recordSoldCurrencies } from '../../data/shop-currencies.ts';
import type { OrdersEvents } from '../out/order-events.ts';

export const TENANT_SETTINGS_CONSUMER = 'orders-tenant-settings';

// only what orders acts on: identity's payload carries more (name, locale, profile)
const settingsPayload = z.object({
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/))
    .min(1)
    .max(20),
});

/** `identity.tenant.settings_changed` keeps the currencies the shop sells in (carts and checkout check them). */
export function subscribeTenantSettings(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<OrdersEvents, string | null>,
): Promise<Subscription> {
  return bus.subscribe({
    consumer: TENANT_SETTINGS_CONSUMER,
    subjects: ['ucos.identity.tenant.settings_changed'],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: TENANT_SETTINGS_CONSUMER,
      handle: async (envelope, sql, tx) => {
        const { currencies } = parseEventPayload(settingsPayload, envelope);
        await recordSoldCurrencies(sql, tx.tenantId, currencies, envelope.occurredAt);
      },
    }),
  });
}
