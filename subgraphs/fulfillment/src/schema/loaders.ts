import { type AuthContext, groupedByKeys, hasScope, tenantRequired } from '@ucos/kit';
import type { FulfillmentContext } from '../context.ts';
import { transitionsOf } from '../data/audit.ts';
import { heldOrders } from '../data/holds.ts';
import { loadLines } from '../data/lines.ts';
import { loadOrderProgress, type OrderProgress } from '../data/progress.ts';
import { ofOrders } from '../data/queue.ts';
import type { ReturnRow, ShipmentRow, TransitionRow } from '../data/rows.ts';
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
  table: 'shipments' | 'returns',
) {
  return context.loaders.get<string, Row[]>(name, async (orderIds) => {
    const customer = customerOf(context.auth);
    if (!isStaff(context.auth) && !customer) return orderIds.map(() => []);
    const rows = await dbOf(context).run((sql) =>
      ofOrders<Row>(sql, table, orderIds, isStaff(context.auth) ? null : customer),
    );
    return groupedByKeys(orderIds, rows, (row) => row.orderId);
  });
}

export const shipmentsLoader = (context: FulfillmentContext) =>
  perOrder<ShipmentRow>(context, 'shipmentsByOrder', 'shipments');
export const returnsLoader = (context: FulfillmentContext) => perOrder<ReturnRow>(context, 'returnsByOrder', 'returns');

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
    const rows = await dbOf(context).run((sql) => transitionsOf(sql, ids));
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
