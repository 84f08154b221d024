import {
  type EventBus,
  type EventEnvelope,
  idempotentConsumer,
  type PgUnitOfWork,
  parseEventPayload,
  type Subscription,
} from '@ucos/kit';
import { z } from 'zod';
import { recordHold } from '../../data/holds.ts';
import type { Sql } from '../../db.ts';
import type { FulfillmentEvents } from '../out/fulfillment-events.ts';

export const ORDER_CONSUMER = 'fulfillment-orders';

const line = z.object({
  variantId: z.guid(),
  sku: z.string(),
  quantity: z.number().int().min(0),
  unitAmount: z.number().int().min(0),
});
const created = z.object({
  orderId: z.guid(),
  customerId: z.guid().nullable(),
  currency: z.string().length(3),
  /** the shopper's address and the order's number, for the shipped event */
  email: z.string().nullish(),
  number: z.number().int().nullish(),
  lines: z.array(line).min(1),
  /** absent from events published before orders recorded a method */
  shippingMethod: z.object({ code: z.string().min(1) }).nullish(),
});
const edited = z.object({ orderId: z.guid(), currency: z.string().length(3), lines: z.array(line) });
const statusOnly = z.object({ orderId: z.guid() });
const hold = z.object({ orderId: z.guid(), holdId: z.guid(), reason: z.string(), source: z.string() });

/**
 * Fulfillment's read model of orders, fed by orders' events (once each, via processed_messages): the
 * lines a shipment is checked against, the status that allows shipping and the holds that refuse it. A malformed event throws,
 * is retried, and ends in `ucos.dlq.fulfillment-orders` with the reason.
 */
export async function applyOrderEvent(client: Sql, envelope: EventEnvelope): Promise<void> {
  const tenantId = envelope.tenantId;
  switch (envelope.type) {
    case 'orders.order.created': {
      const payload = parseEventPayload(created, envelope);
      await client.query(
        `insert into fulfillment.order_views (tenant_id, order_id, customer_id, currency, status, shipping_method, email, number)
         values ($1, $2, $3, $4, 'created', $5, $6, $7)
         on conflict (tenant_id, order_id) do update set shipping_method = coalesce(order_views.shipping_method, excluded.shipping_method),
           customer_id = coalesce(order_views.customer_id, excluded.customer_id), email = coalesce(order_views.email, excluded.email),
           number = coalesce(order_views.number, excluded.number)`,
        [
          tenantId,
          payload.orderId,
          payload.customerId,
          payload.currency,
          payload.shippingMethod?.code ?? null,
          payload.email ?? null,
          payload.number ?? null,
        ],
      );
      await upsertLines(client, tenantId, payload.orderId, payload.lines, false);
      return;
    }
    case 'orders.order.edited': {
      const payload = parseEventPayload(edited, envelope);
      await client.query(
        `insert into fulfillment.order_views (tenant_id, order_id, currency, status) values ($1, $2, $3, 'created')
         on conflict do nothing`,
        [tenantId, payload.orderId, payload.currency],
      );
      await upsertLines(client, tenantId, payload.orderId, payload.lines, true);
      return;
    }
    case 'orders.order.confirmed': {
      const { orderId } = parseEventPayload(statusOnly, envelope);
      // status only moves forward: a late `confirmed` never revives a cancelled order
      const updated = await client.query(
        `update fulfillment.order_views set status = 'confirmed', updated_at = now() where order_id = $1 and status = 'created'`,
        [orderId],
      );
      if (updated.rowCount === 0) {
        const exists = await client.query(`select 1 from fulfillment.order_views where order_id = $1`, [orderId]);
        if (exists.rowCount === 0) throw new Error(`order ${orderId} confirmed before it was created here; retry`);
      }
      return;
    }
    case 'orders.order.cancelled': {
      const { orderId } = parseEventPayload(statusOnly, envelope);
      await client.query(
        `update fulfillment.order_views set status = 'cancelled', updated_at = now() where order_id = $1`,
        [orderId],
      );
      return;
    }
    case 'orders.order.hold_placed':
      await recordHold(client, tenantId, parseEventPayload(hold, envelope), true);
      return;
    case 'orders.order.hold_released':
      await recordHold(client, tenantId, parseEventPayload(hold, envelope), false);
      return;
    default:
      return;
  }
}

async function upsertLines(
  client: Sql,
  tenantId: string,
  orderId: string,
  lines: z.infer<typeof line>[],
  replace: boolean,
): Promise<void> {
  if (replace) {
    await client.query(
      `update fulfillment.order_line_views set quantity = 0 where order_id = $1 and not (variant_id = any($2::uuid[]))`,
      [orderId, lines.map((item) => item.variantId)],
    );
  }
  await client.query(
    `insert into fulfillment.order_line_views (tenant_id, order_id, variant_id, sku, quantity, unit_amount)
     select $1, $2, v, s, q, a from unnest($3::uuid[], $4::text[], $5::int[], $6::bigint[]) as l(v, s, q, a)
     on conflict (tenant_id, order_id, variant_id) do update set quantity = excluded.quantity,
       unit_amount = excluded.unit_amount`,
    [
      tenantId,
      orderId,
      lines.map((item) => item.variantId),
      lines.map((item) => item.sku),
      lines.map((item) => item.quantity),
      lines.map((item) => item.unitAmount),
    ],
  );
}

export function subscribeOrders(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<FulfillmentEvents, string | null>,
  consumer = ORDER_CONSUMER,
  maxDeliver?: number,
): Promise<Subscription> {
  return bus.subscribe({
    consumer,
    subjects: [
      'ucos.orders.order.created',
      'ucos.orders.order.edited',
      'ucos.orders.order.confirmed',
      'ucos.orders.order.cancelled',
      'ucos.orders.order.hold_placed',
      'ucos.orders.order.hold_released',
    ],
    handler: idempotentConsumer({
      unitOfWork,
      consumer,
      handle: (envelope, sql) => applyOrderEvent(sql, envelope),
    }),
    ...(maxDeliver ? { maxDeliver, backoffMs: [50, 100, 200] } : {}),
  });
}
