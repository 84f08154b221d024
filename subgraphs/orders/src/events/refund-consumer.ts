import {
  type EventBus,
  type EventEnvelope,
  idempotentHandler,
  PermanentEventError,
  parseEventPayload,
  type Subscription,
} from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';
import { serviceActor } from '../data/machines.ts';
import { movePayment } from '../data/orders.ts';
import { ORDER_COLUMNS, type OrderRow } from '../data/rows.ts';
import { one } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import type { PaymentProvider } from '../ports/payment.ts';

export const REFUND_CONSUMER = 'orders-refunds';

const refundedPayload = z.object({
  returnId: z.guid(),
  orderId: z.guid(),
  refundAmount: z.number().int().nonnegative(),
  currency: z.string().nullish(),
});

/**
 * `fulfillment.return.refunded` gives the returned goods' money back through the order's payment
 * provider, once per return: the refund row is unique per return and the provider call carries the
 * return as its idempotency key, so a redelivery — even one after the provider refunded but before
 * this transaction committed — never refunds twice. When the refunds reach the order's total, the
 * payment moves to refunded. A payment that was never captured cannot be refunded: dead-lettered.
 */
export async function applyRefund(
  client: pg.PoolClient,
  envelope: EventEnvelope,
  payments: Map<string, PaymentProvider>,
): Promise<void> {
  const payload = parseEventPayload(refundedPayload, envelope);
  const order = await one<OrderRow>(client, `select ${ORDER_COLUMNS} from orders.orders where id = $1 for update`, [
    payload.orderId,
  ]);
  if (!order) throw new PermanentEventError(`return ${payload.returnId} names unknown order ${payload.orderId}`);
  if (order.paymentStatus !== 'captured' && order.paymentStatus !== 'refunded') {
    throw new PermanentEventError(`order ${order.id} payment is ${order.paymentStatus}: capture it before refunding`);
  }
  const inserted = await client.query(
    `insert into orders.order_refunds (tenant_id, order_id, return_id, amount, currency)
     values ($1, $2, $3, $4, $5) on conflict (tenant_id, return_id) do nothing`,
    [envelope.tenantId, order.id, payload.returnId, payload.refundAmount, order.currency],
  );
  if (inserted.rowCount === 0 || payload.refundAmount === 0) return;
  const provider = payments.get(order.paymentProvider);
  if (!provider) throw new PermanentEventError(`no payment provider "${order.paymentProvider}" to refund with`);
  await provider.refund(order.paymentReference, payload.refundAmount, order.currency, `return:${payload.returnId}`);
  const refunded = await one<{ total: number }>(
    client,
    `select coalesce(sum(amount), 0)::float8 as total from orders.order_refunds where order_id = $1`,
    [order.id],
  );
  if ((refunded?.total ?? 0) >= order.totalAmount && order.paymentStatus === 'captured') {
    await movePayment(client, envelope.tenantId, order, 'refunded', serviceActor('fulfillment'));
  }
}

export function subscribeRefunds(
  bus: EventBus,
  pool: pg.Pool,
  payments: Map<string, PaymentProvider>,
  onCommitted: () => void,
): Promise<Subscription> {
  const handle = idempotentHandler({
    pool,
    schema: SCHEMA,
    consumer: REFUND_CONSUMER,
    handle: (envelope, client) => applyRefund(client, envelope, payments),
  });
  return bus.subscribe({
    consumer: REFUND_CONSUMER,
    subjects: ['ucos.fulfillment.return.refunded'],
    handler: async (envelope, meta) => {
      await handle(envelope, meta);
      onCommitted();
    },
  });
}
