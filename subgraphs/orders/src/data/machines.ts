import { type AuthContext, hasScope } from '@ucos/kit';
import type { Sql } from '../db.ts';
import type { OrderLineRow, OrderRow, OrderStatus, PaymentStatus } from './rows.ts';

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

/** Completed and cancelled: no move leads out, and no hold can be placed. */
export const isFinalOrder = (status: OrderStatus) => ORDER_TRANSITIONS[status].length === 0;

/** A hold refuses these moves (cancelling stays possible); fulfillment refuses shipping too. */
export const HELD_ACTIONS: readonly OrderAction[] = ['confirm', 'complete', 'capture_payment'];

/** A cancelled order's payment was voided or refunded with it: nothing is left to capture. */
export const orderAllowsCapture = (status: OrderStatus) => status !== 'cancelled';

/** Lines change only before the order ships anything (and only lines nothing of has shipped). */
export const EDITABLE_ORDER_STATUSES: readonly OrderStatus[] = ['created', 'confirmed'];
export const isEditableOrder = (status: OrderStatus) => EDITABLE_ORDER_STATUSES.includes(status);
export const isEditableLine = (line: Pick<OrderLineRow, 'fulfilledQuantity'>) => line.fulfilledQuantity === 0;

/** The scope every order action's mutation requires. */
export const ORDER_ACTION_SCOPE = 'orders:manage';

/**
 * What staff can do with an order, each the mutation of the same name, and when: the same tables
 * and guards the mutations check, so `Order.availableActions` offers exactly what would succeed
 * (a stale `version` aside).
 */
export const ORDER_ACTIONS = {
  confirm: (order) => canMoveOrder(order.status, 'confirmed'),
  cancel: (order) => canMoveOrder(order.status, 'cancelled'),
  complete: (order) => canMoveOrder(order.status, 'completed'),
  capture_payment: (order) => orderAllowsCapture(order.status) && canMovePayment(order.paymentStatus, 'captured'),
} as const satisfies Record<string, (order: Pick<OrderRow, 'status' | 'paymentStatus'>) => boolean>;

export type OrderAction = keyof typeof ORDER_ACTIONS;

/** The order actions this caller may perform now; none without the scope; while on hold, none a hold refuses. */
export function availableOrderActions(
  order: Pick<OrderRow, 'status' | 'paymentStatus'>,
  auth: AuthContext,
  onHold = false,
): OrderAction[] {
  if (auth.tenantId === null || !hasScope(auth, ORDER_ACTION_SCOPE)) return [];
  return (Object.keys(ORDER_ACTIONS) as OrderAction[]).filter(
    (action) => ORDER_ACTIONS[action](order) && !(onHold && HELD_ACTIONS.includes(action)),
  );
}

/** Placing and releasing holds (orderHoldPlace, orderHoldRelease) require the same scope as every order action. */
export const mayManageHolds = (auth: AuthContext) => auth.tenantId !== null && hasScope(auth, ORDER_ACTION_SCOPE);

export type OrderLineAction = 'update';

/** `update` (orderLineUpdate) while the order is editable and nothing of the line has shipped. */
export function availableLineActions(
  orderStatus: OrderStatus,
  line: Pick<OrderLineRow, 'fulfilledQuantity'>,
  auth: AuthContext,
): OrderLineAction[] {
  if (auth.tenantId === null || !hasScope(auth, ORDER_ACTION_SCOPE)) return [];
  return isEditableOrder(orderStatus) && isEditableLine(line) ? ['update'] : [];
}

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
