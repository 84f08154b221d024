import {
  type EventBus,
  type EventEnvelope,
  idempotentHandler,
  type Logger,
  parseEventPayload,
  type Subscription,
} from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';
import { serviceActor } from '../data/machines.ts';
import { moveOrder } from '../data/orders.ts';
import { ORDER_COLUMNS, type OrderRow } from '../data/rows.ts';
import { one } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import { orderSummary, publishOrderEvent } from './order-events.ts';

export const SHIPMENT_CONSUMER = 'orders-shipments';

const shippedPayload = z.object({
  shipmentId: z.guid(),
  orderId: z.guid(),
  lines: z.array(z.object({ variantId: z.guid(), quantity: z.number().int().positive() })).min(1),
});

/**
 * `fulfillment.shipment.shipped` moves the order to partially fulfilled or fulfilled. Once per event
 * (processed_messages); a malformed payload throws, is retried and ends in `ucos.dlq.orders-shipments`.
 */
export async function applyShipped(
  client: pg.PoolClient,
  envelope: EventEnvelope,
  log: Pick<Logger, 'warn'>,
): Promise<void> {
  const payload = parseEventPayload(shippedPayload, envelope);
  const order = await one<OrderRow>(client, `select ${ORDER_COLUMNS} from orders.orders where id = $1 for update`, [
    payload.orderId,
  ]);
  if (!order) throw new Error(`shipment ${payload.shipmentId} names unknown order ${payload.orderId}`);
  for (const line of payload.lines) {
    await client.query(
      `update orders.order_lines set fulfilled_quantity = least(quantity, fulfilled_quantity + $3)
         where order_id = $1 and variant_id = $2`,
      [order.id, line.variantId, line.quantity],
    );
  }
  const totals = await one<{ ordered: number; fulfilled: number }>(
    client,
    `select coalesce(sum(quantity), 0)::int as ordered, coalesce(sum(fulfilled_quantity), 0)::int as fulfilled
       from orders.order_lines where order_id = $1`,
    [order.id],
  );
  const next = totals && totals.fulfilled >= totals.ordered ? 'fulfilled' : 'partially_fulfilled';
  if (next === order.status) return;
  const moved = await moveOrder(
    client,
    envelope.tenantId,
    order,
    next,
    serviceActor('fulfillment'),
    `shipment ${payload.shipmentId}`,
  );
  if (!moved.ok) {
    log.warn(
      { orderId: order.id, status: order.status, next },
      'shipment for an order that cannot move; recorded only',
    );
    return;
  }
  await client.query(`update orders.orders set version = version + 1, updated_at = now() where id = $1`, [order.id]);
  await publishOrderEvent(
    client,
    envelope.tenantId,
    'orders.order.fulfillment_status_changed',
    { type: 'Order', id: order.id },
    {
      ...orderSummary({ ...order, status: next }),
      from: order.status,
      shipmentId: payload.shipmentId,
    },
  );
}

export function subscribeShipments(
  bus: EventBus,
  pool: pg.Pool,
  log: Logger,
  onCommitted: () => void,
  consumer = SHIPMENT_CONSUMER,
): Promise<Subscription> {
  const handle = idempotentHandler({
    pool,
    schema: SCHEMA,
    consumer,
    handle: (envelope, client) => applyShipped(client, envelope, log),
  });
  return bus.subscribe({
    consumer,
    subjects: ['ucos.fulfillment.shipment.shipped'],
    handler: async (envelope, meta) => {
      await handle(envelope, meta);
      onCommitted();
    },
  });
}
