import type { EventBus, Logger, Subscription } from '@ucos/kit';
import { parseEventPayload } from '@ucos/kit';
import { z } from 'zod';
import type { StockPort } from '../../ports/stock.ts';

export const RESERVATION_CONSUMER = 'orders-reservations';

const payload = z.object({ orderId: z.guid() });
const edited = z.object({
  orderId: z.guid(),
  lines: z.array(z.object({ variantId: z.guid(), quantity: z.number().int().min(0) })),
});

/**
 * Makes the reservation follow the order even when the direct call after commit was lost (a crash, an
 * inventory blip): `created` confirms it (no more expiry), `cancelled` releases it, `edited` lowers it,
 * and `fulfilled` releases what is left after the last shipment committed its lines.
 * Every call is idempotent in inventory, so at-least-once delivery is enough; a failure is retried
 * with backoff and ends in `ucos.dlq.orders-reservations`.
 */
export function subscribeReservations(
  bus: EventBus,
  stock: StockPort,
  log: Logger,
  consumer = RESERVATION_CONSUMER,
): Promise<Subscription> {
  return bus.subscribe({
    consumer,
    subjects: [
      'ucos.orders.order.created',
      'ucos.orders.order.cancelled',
      'ucos.orders.order.edited',
      'ucos.orders.order.fulfillment_status_changed',
    ],
    handler: async (envelope) => {
      const { orderId } = parseEventPayload(payload, envelope);
      if (envelope.type === 'orders.order.created') await stock.confirm(envelope.tenantId, orderId);
      else if (envelope.type === 'orders.order.cancelled') await stock.release(envelope.tenantId, orderId);
      else if (envelope.type === 'orders.order.fulfillment_status_changed') {
        // everything shipped: whatever an edit left reserved is given back
        if ((envelope.payload as { status?: string }).status === 'fulfilled')
          await stock.release(envelope.tenantId, orderId);
      } else {
        const { lines } = parseEventPayload(edited, envelope);
        await stock.adjust(envelope.tenantId, orderId, lines).catch((error: unknown) => {
          // not retried: a refused or failed adjustment only leaves more reserved than the order needs,
          // which is safe, and the release when the order is fulfilled or cancelled gives the rest back
          log.warn({ err: error, orderId }, 'could not lower the reservation after an edit');
        });
      }
    },
  });
}
