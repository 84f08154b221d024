import {
  type EventBus,
  type EventEnvelope,
  idempotentConsumer,
  PermanentEventError,
  type PgUnitOfWork,
  parseEventPayload,
  type Subscription,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { z } from 'zod';
import { creditGiftCard } from '../../data/gift-cards.ts';
import type { PaymentProviders } from '../../data/integrations.ts';
import { serviceActor } from '../../data/machines.ts';
import { movePayment } from '../../data/orders.ts';
import { ORDER_COLUMNS, type OrderRow, providerAmountOf } from '../../data/rows.ts';
import { one, type Sql } from '../../db.ts';
import type { OrdersEvents } from '../out/order-events.ts';

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
 * this transaction committed — never refunds twice. An order paid partly with a gift card refunds
 * through the provider first, up to what the provider was charged, and gives the rest back to the
 * card (a ledger row). When the refunds reach the order's total, the payment moves to refunded. A
 * payment that was never captured cannot be refunded: dead-lettered.
 */
export async function applyRefund(
  client: Sql,
  tx: UnitOfWorkTx<OrdersEvents, string>,
  envelope: EventEnvelope,
  payments: PaymentProviders,
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
    [tx.tenantId, order.id, payload.returnId, payload.refundAmount, order.currency],
  );
  if (inserted.rowCount === 0 || payload.refundAmount === 0) return;
  const refunded = await one<{ total: number }>(
    client,
    `select coalesce(sum(amount), 0)::float8 as total from orders.order_refunds where order_id = $1`,
    [order.id],
  );
  const before = (refunded?.total ?? 0) - payload.refundAmount;
  const toProvider = Math.min(payload.refundAmount, Math.max(0, providerAmountOf(order) - before));
  if (toProvider > 0) {
    const provider = await payments.resolve(client, tx.tenantId, order.paymentProvider, 'existing');
    if (!provider) throw new PermanentEventError(`no payment provider "${order.paymentProvider}" to refund with`);
    await provider.refund(order.paymentReference, toProvider, order.currency, `return:${payload.returnId}`);
  }
  await creditGiftCard(client, tx, order, payload.refundAmount - toProvider, {
    source: 'return',
    note: `return ${payload.returnId} refunded`,
  });
  if ((refunded?.total ?? 0) >= order.totalAmount && order.paymentStatus === 'captured') {
    await movePayment(client, tx, order, 'refunded', serviceActor('fulfillment'));
  }
}

export function subscribeRefunds(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<OrdersEvents, string | null>,
  payments: PaymentProviders,
): Promise<Subscription> {
  return bus.subscribe({
    consumer: REFUND_CONSUMER,
    subjects: ['ucos.fulfillment.return.refunded'],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: REFUND_CONSUMER,
      handle: (envelope, sql, tx) => applyRefund(sql, tx, envelope, payments),
    }),
  });
}
