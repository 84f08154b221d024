import type { AuthContext } from '@ucos/kit';
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
