import type { AuthContext } from '@ucos/kit';
import type { Sql } from '../db.ts';
import type { OrderStatus, PaymentStatus } from './rows.ts';

/** The order's lifecycle: every allowed move, and nothing else. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  created: ['confirmed', 'cancelled'],
  confirmed: ['partially_fulfilled', 'fulfilled', 'cancelled'],
  partially_fulfilled: ['fulfilled'],
  fulfilled: ['completed'],
  completed: [],
  cancelled: [],
};

/** The payment's lifecycle, tracked separately from the order's. */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  authorized: ['captured', 'voided', 'failed'],
  captured: ['refunded'],
  voided: [],
  refunded: [],
  failed: [],
};

export const canMoveOrder = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].includes(to);
export const canMovePayment = (from: PaymentStatus, to: PaymentStatus) => PAYMENT_TRANSITIONS[from].includes(to);

export interface Actor {
  kind: string;
  id: string | null;
}

export const actorOf = (auth: AuthContext): Actor => ({ kind: auth.kind, id: auth.subject });
export const serviceActor = (name: string): Actor => ({ kind: 'service', id: name });

/** Appends one transition to the order's history (the caller's transaction, the caller's tenant). */
export async function recordTransition(
  sql: Sql,
  tenantId: string,
  orderId: string,
  machine: 'order' | 'payment',
  from: string | null,
  to: string,
  actor: Actor,
  reason: string | null = null,
): Promise<void> {
  await sql.query(
    `insert into orders.order_transitions (tenant_id, order_id, machine, from_state, to_state, actor_kind, actor_id, reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [tenantId, orderId, machine, from, to, actor.kind, actor.id, reason],
  );
}
