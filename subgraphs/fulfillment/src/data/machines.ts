import { type AuthContext, hasScope } from '@ucos/kit';
import type { Sql } from '../db.ts';

export type ShipmentStatus = 'pending' | 'packed' | 'shipped' | 'delivered' | 'cancelled';
export type ReturnStatus = 'requested' | 'approved' | 'received' | 'refunded' | 'rejected';

export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  pending: ['packed', 'cancelled'],
  packed: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

export const RETURN_TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  requested: ['approved', 'rejected'],
  approved: ['received', 'rejected'],
  received: ['refunded', 'rejected'],
  refunded: [],
  rejected: [],
};

/** Shipments count against what is left to ship unless cancelled. */
export const LIVE_SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['pending', 'packed', 'shipped', 'delivered'];
/** Goods can be returned once they left: what these shipments hold, minus returns not rejected. */
export const SHIPPED_STATUSES: readonly ShipmentStatus[] = ['shipped', 'delivered'];
/** Fulfillment's read model of an order: shipments are created only for a confirmed one. */
export const SHIPPABLE_ORDER_STATUS = 'confirmed';

/** Packing and shipping wait while the order has an open hold (orders' holds); cancelling and delivering do not. */
export const HELD_MOVES: readonly ShipmentStatus[] = ['packed', 'shipped'];

/** The scope every staff action's mutation requires. */
export const FULFILLMENT_ACTION_SCOPE = 'fulfillment:manage';

const mayManage = (auth: AuthContext) => auth.tenantId !== null && hasScope(auth, FULFILLMENT_ACTION_SCOPE);

/** Each shipment action is the mutation `shipment<Action>` and moves the shipment to this state. */
export const SHIPMENT_ACTIONS = {
  pack: 'packed',
  ship: 'shipped',
  deliver: 'delivered',
  cancel: 'cancelled',
} as const satisfies Record<string, ShipmentStatus>;
export type ShipmentAction = keyof typeof SHIPMENT_ACTIONS;

/** Each return action is the mutation `return<Action>` and moves the return to this state. */
export const RETURN_ACTIONS = {
  approve: 'approved',
  receive: 'received',
  refund: 'refunded',
  reject: 'rejected',
} as const satisfies Record<string, ReturnStatus>;
export type ReturnAction = keyof typeof RETURN_ACTIONS;

/** The moves the transition table allows from here, for a caller with the scope (none without); none a hold refuses while the order is on hold. */
export function availableShipmentActions(
  status: ShipmentStatus,
  auth: AuthContext,
  orderOnHold = false,
): ShipmentAction[] {
  if (!mayManage(auth)) return [];
  return (Object.keys(SHIPMENT_ACTIONS) as ShipmentAction[]).filter(
    (action) =>
      SHIPMENT_TRANSITIONS[status].includes(SHIPMENT_ACTIONS[action]) &&
      !(orderOnHold && HELD_MOVES.includes(SHIPMENT_ACTIONS[action])),
  );
}

export function availableReturnActions(status: ReturnStatus, auth: AuthContext): ReturnAction[] {
  if (!mayManage(auth)) return [];
  return (Object.keys(RETURN_ACTIONS) as ReturnAction[]).filter((action) =>
    RETURN_TRANSITIONS[status].includes(RETURN_ACTIONS[action]),
  );
}

/** Per ordered variant: what is left to ship and what can still be returned. */
export interface FulfillmentLineProgress {
  variantId: string;
  ordered: number;
  /** ordered minus the quantity in live (not cancelled) shipments: what shipmentCreate accepts */
  toShip: number;
  /** in shipped or delivered shipments minus returns not rejected: what returnRequest accepts */
  returnable: number;
}

export type OrderFulfillmentAction = 'create_shipment' | 'request_return';

/**
 * `create_shipment` for staff while the order is confirmed, not on hold and something is left to ship;
 * `request_return` for staff, or the order's own customer within the tenant's return window, while
 * something can be returned (staff are not bound by the window: a goodwill return is theirs to record).
 */
export function availableOrderFulfillmentActions(
  order: {
    status: string;
    customerId: string | null;
    onHold: boolean;
    returnWindowClosed: boolean;
    lines: readonly FulfillmentLineProgress[];
  },
  auth: AuthContext,
): OrderFulfillmentAction[] {
  const actions: OrderFulfillmentAction[] = [];
  const staff = mayManage(auth);
  if (
    staff &&
    order.status === SHIPPABLE_ORDER_STATUS &&
    !order.onHold &&
    order.lines.some((line) => line.toShip > 0)
  ) {
    actions.push('create_shipment');
  }
  const owner = (auth.kind as string) === 'customer' && auth.subject !== null && auth.subject === order.customerId;
  if ((staff || (owner && !order.returnWindowClosed)) && order.lines.some((line) => line.returnable > 0)) {
    actions.push('request_return');
  }
  return actions;
}

export interface Actor {
  kind: string;
  id: string | null;
}
export const actorOf = (auth: AuthContext): Actor => ({ kind: auth.kind, id: auth.subject });

export async function recordTransition(
  sql: Sql,
  tenantId: string,
  aggregate: { type: 'Shipment' | 'Return'; id: string },
  from: string | null,
  to: string,
  actor: Actor,
): Promise<void> {
  await sql.query(
    `insert into fulfillment.transitions (tenant_id, aggregate_type, aggregate_id, from_state, to_state, actor_kind, actor_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [tenantId, aggregate.type, aggregate.id, from, to, actor.kind, actor.id],
  );
}
