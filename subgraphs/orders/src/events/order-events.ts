import { createEnvelope, enqueueEvent, type JsonValue } from '@ucos/kit';
import type { OrderLineRow, OrderRow } from '../data/rows.ts';
import type { Sql } from '../db.ts';
import { SCHEMA } from '../deps.ts';

/**
 * Events orders publishes (all version 1; see the README's event catalogue). Written to the outbox in
 * the transaction that makes the change.
 */
export type OrderEventType =
  | 'orders.order.created'
  | 'orders.order.confirmed'
  | 'orders.order.edited'
  | 'orders.order.cancelled'
  | 'orders.order.fulfillment_status_changed'
  | 'orders.order.completed'
  | 'orders.order.payment_status_changed'
  | 'orders.cart.merged'
  | 'orders.customer.pricing_group_changed';

export async function publishOrderEvent(
  sql: Sql,
  tenantId: string,
  type: OrderEventType,
  aggregate: { type: 'Order' | 'Cart' | 'Customer'; id: string },
  payload: { [key: string]: JsonValue },
): Promise<void> {
  await enqueueEvent(
    sql,
    SCHEMA,
    createEnvelope({ type, tenantId, aggregateType: aggregate.type, aggregateId: aggregate.id, payload, version: 1 }),
  );
}

export const linesPayload = (lines: OrderLineRow[]): JsonValue =>
  lines.map((line) => ({
    lineId: line.id,
    variantId: line.variantId,
    sku: line.sku,
    quantity: line.quantity,
    unitAmount: line.unitAmount,
  }));

export const orderSummary = (order: OrderRow): { [key: string]: JsonValue } => ({
  orderId: order.id,
  number: order.number,
  customerId: order.customerId,
  status: order.status,
  paymentStatus: order.paymentStatus,
  currency: order.currency,
  totalAmount: order.totalAmount,
});
