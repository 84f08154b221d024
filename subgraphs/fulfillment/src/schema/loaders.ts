import { type AuthContext, groupedByKeys, hasScope, tenantRequired } from '@ucos/kit';
import type { FulfillmentContext } from '../context.ts';
import { heldOrders } from '../data/holds.ts';
import { loadLines } from '../data/lines.ts';
import { loadOrderProgress, type OrderProgress } from '../data/progress.ts';
import {
  RETURN_COLUMNS,
  type ReturnRow,
  SHIPMENT_COLUMNS,
  type ShipmentRow,
  type TransitionRow,
} from '../data/rows.ts';
import type { TenantDb } from '../db.ts';

export function dbOf(context: FulfillmentContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

export const isStaff = (auth: AuthContext) =>
  auth.tenantId !== null &&
  (auth.kind === 'service' ||
    hasScope(auth, 'fulfillment:manage') ||
    hasScope(auth, 'orders:read') ||
    hasScope(auth, 'orders:manage'));

export const customerOf = (auth: AuthContext) => ((auth.kind as string) === 'customer' ? auth.subject : null);

/**
 * Shipments or returns per order, in one query for all orders of the request. Staff see all; a
 * customer only those of their own orders; anyone else none.
 */
function perOrder<Row extends { orderId: string }>(
  context: FulfillmentContext,
  name: string,
  table: string,
  columns: string,
) {
  return context.loaders.get<string, Row[]>(name, async (orderIds) => {
    const customer = customerOf(context.auth);
    if (!isStaff(context.auth) && !customer) return orderIds.map(() => []);
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<Row>(
        `select ${columns} from fulfillment.${table} t where t.order_id = any($1::uuid[])
           and ($2::uuid is null or exists (select 1 from fulfillment.order_views v
                where v.tenant_id = t.tenant_id and v.order_id = t.order_id and v.customer_id = $2::uuid))
         order by t.created_at, t.id`,
        [orderIds, isStaff(context.auth) ? null : customer],
      ),
    );
    return groupedByKeys(orderIds, rows, (row) => row.orderId);
  });
}

export const shipmentsLoader = (context: FulfillmentContext) =>
  perOrder<ShipmentRow>(context, 'shipmentsByOrder', 'shipments', SHIPMENT_COLUMNS);
export const returnsLoader = (context: FulfillmentContext) =>
  perOrder<ReturnRow>(context, 'returnsByOrder', 'returns', RETURN_COLUMNS);

export const linesLoader = (context: FulfillmentContext, kind: 'shipment' | 'return') =>
  context.loaders.get<string, { parentId: string; variantId: string; quantity: number }[]>(
    `${kind}Lines`,
    async (ids) => {
      const rows = await dbOf(context).run((sql) =>
        kind === 'shipment'
          ? loadLines(sql, 'shipment_lines', 'shipment_id', ids)
          : loadLines(sql, 'return_lines', 'return_id', ids),
      );
      return groupedByKeys(ids, rows, (row) => row.parentId);
    },
  );

export const historyLoader = (context: FulfillmentContext) =>
  context.loaders.get<string, TransitionRow[]>('history', async (ids) => {
    const { rows } = await dbOf(context).run((sql) =>
      sql.query<TransitionRow>(
        `select aggregate_id as "aggregateId", from_state as "fromState", to_state as "toState", actor_kind as "actorKind",
                actor_id as "actorId", occurred_at as "occurredAt"
           from fulfillment.transitions where aggregate_id = any($1::uuid[]) order by id`,
        [ids],
      ),
    );
    return groupedByKeys(ids, rows, (row) => row.aggregateId);
  });

/**
 * Each order's fulfillment progress, batched per request; null for an order fulfillment has not
 * heard of, and for a caller who may not see it (like shipments: staff all, a customer their own).
 */
export const progressLoader = (context: FulfillmentContext) =>
  context.loaders.get<string, OrderProgress | null>('orderProgress', async (orderIds) => {
    const customer = customerOf(context.auth);
    if (!isStaff(context.auth) && !customer) return orderIds.map(() => null);
    const rows = await dbOf(context).run((sql) => loadOrderProgress(sql, orderIds));
    const visible = new Map(
      rows
        .filter((row) => isStaff(context.auth) || row.customerId === customer)
        .map((row) => [row.orderId, row] as const),
    );
    return orderIds.map((id) => visible.get(id) ?? null);
  });

/** Whether each order has an open hold (orders' holds, as fulfillment heard of them), batched per request. */
export const orderOnHoldLoader = (context: FulfillmentContext) =>
  context.loaders.get<string, boolean>('orderOnHold', async (orderIds) => {
    const held = await dbOf(context).run((sql) => heldOrders(sql, orderIds));
    return orderIds.map((id) => held.has(id));
  });
