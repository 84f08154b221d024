import {
  type EventBus,
  type EventEnvelope,
  idempotentConsumer,
  type Logger,
  type PgUnitOfWork,
  parseEventPayload,
  type Subscription,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { z } from 'zod';
import { serviceActor } from '../../data/machines.ts';
import { moveOrder } from '../../data/orders.ts';
import { ORDER_COLUMNS, type OrderRow } from '../../data/rows.ts';
import { one, type Sql } from '../../db.ts';
import { type OrdersEvents, orderSummary } from '../out/order-events.ts';

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
  client: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
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
  const moved = await moveOrder(client, tx, order, next, serviceActor('fulfillment'), `shipment ${payload.shipmentId}`);
  if (!moved.ok) {
    log.warn(
      { orderId: order.id, status: order.status, next },
      'shipment for an order that cannot move; recorded only',
    );
    return;
  }
  await client.query(`update orders.orders set version = version + 1, updated_at = now() where id = $1`, [order.id]);
  await tx.emit('orders.order.fulfillment_status_changed', order.id, {
    ...orderSummary({ ...order, status: next }),
    from: order.status,
    shipmentId: payload.shipmentId,
  });
}

export function subscribeShipments(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<OrdersEvents, string | null>,
  log: Logger,
  consumer = SHIPMENT_CONSUMER,
): Promise<Subscription> {
  return bus.subscribe({
    consumer,
    subjects: ['ucos.fulfillment.shipment.shipped'],
    handler: idempotentConsumer({
      unitOfWork,
      consumer,
      handle: (envelope, sql, tx) => applyShipped(sql, tx, envelope, log),
    }),
  });
}
