import { ok } from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import { canMovePayment, serviceActor } from './machines.ts';
import { movePayment } from './orders.ts';
import { ORDER_COLUMNS, type OrderRow, type PaymentStatus } from './rows.ts';

/** What a provider's webhook says happened to a payment, once verified and read. */
export interface PaymentWebhookEvent {
  provider: string;
  /** the provider's event id: a redelivery of the same id changes nothing */
  eventId: string;
  eventType: string;
  /** the payment's reference as checkout stored it (a Stripe PaymentIntent id) */
  reference: string | null;
  /** the status the event moves the payment to; null: an event orders does not act on */
  to: PaymentStatus | null;
}

export type PaymentWebhookOutcome = 'applied' | 'duplicate' | 'ignored' | 'unknown_payment' | 'not_applicable';

/**
 * Applies a verified webhook event in the tenant's unit of work, idempotently: the event id is
 * recorded first (a second delivery finds it and does nothing), then the order whose payment it
 * names moves if its state machine allows it (a capture already made through the API, say, is
 * simply not moved again).
 */
export function applyPaymentWebhook(db: TenantDb, event: PaymentWebhookEvent) {
  return db.tx(async (sql, tx) => {
    // hand SQL: a conditional insert is the idempotency check
    const recorded = await sql.query(
      `insert into orders.payment_webhook_events (tenant_id, provider, event_id, event_type)
       values ($1, $2, $3, $4) on conflict do nothing`,
      [db.tenantId, event.provider, event.eventId, event.eventType],
    );
    if (recorded.rowCount === 0) return ok<PaymentWebhookOutcome>('duplicate');
    if (!event.to || !event.reference) return ok<PaymentWebhookOutcome>('ignored');
    // hand SQL: the order row is locked while its payment moves
    const order = await one<OrderRow>(
      sql,
      `select ${ORDER_COLUMNS} from orders.orders where payment_provider = $1 and payment_reference = $2 for update`,
      [event.provider, event.reference],
    );
    if (!order) return ok<PaymentWebhookOutcome>('unknown_payment');
    await sql.query(`update orders.payment_webhook_events set order_id = $3 where provider = $1 and event_id = $2`, [
      event.provider,
      event.eventId,
      order.id,
    ]);
    if (!canMovePayment(order.paymentStatus, event.to)) return ok<PaymentWebhookOutcome>('not_applicable');
    const moved = await movePayment(sql, tx, order, event.to, serviceActor(event.provider));
    return moved.ok ? ok<PaymentWebhookOutcome>('applied') : moved;
  });
}
