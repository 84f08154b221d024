import { localUuid, ok } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { FulfillmentDeps } from '../deps.ts';
import type { ReturnPayload } from '../events/out/fulfillment-events.ts';
import { type FulfillmentError, type FulfillmentResult, fulfillmentError, fulfillmentFail } from './errors.ts';
import { insertLines, type LineInput, loadLines, parseLines, returnedQuantities, shippedQuantities } from './lines.ts';
import { type Actor, RETURN_TRANSITIONS, type ReturnStatus, recordTransition, SHIPPED_STATUSES } from './machines.ts';
import { RETURN_COLUMNS, type ReturnRow } from './rows.ts';
import { RETURN_WINDOW_ENDS_SQL } from './settings.ts';

export interface ReturnRequestInput {
  orderId: string;
  reason?: string | null;
  lines: LineInput[];
}

/**
 * An RMA for shipped goods: never more than shipped minus what earlier (not rejected) returns cover.
 * A customer (`customerId`) requests only on their own order and only within the tenant's return
 * window (RETURN_WINDOW_CLOSED after it); staff are not bound by the window.
 */
export async function requestReturn(
  // the same signature as every fulfillment command (the resolvers pass their dependencies uniformly)
  _deps: FulfillmentDeps,
  db: TenantDb,
  actor: Actor,
  input: ReturnRequestInput,
  customerId: string | null,
): Promise<FulfillmentResult<ReturnRow>> {
  const orderId = localUuid(input.orderId, 'Order', ['input', 'orderId']);
  const parsed = parseLines(input.lines);
  if (!parsed.ok) return parsed;
  return db.tx(async (sql, tx) => {
    const order = await one<{ customerId: string | null }>(
      sql,
      `select customer_id as "customerId" from fulfillment.order_views where order_id = $1 for update`,
      [orderId],
    );
    // a customer may return only their own order; anything else looks like a missing order
    if (!order || (customerId !== null && order.customerId !== customerId)) {
      return fulfillmentFail('NOT_FOUND', 'No such order', ['input', 'orderId']);
    }
    if (customerId !== null) {
      const window = await one<{ closed: boolean; endsAt: Date | null }>(
        sql,
        `select ends_at as "endsAt", coalesce(ends_at <= now(), false) as closed
           from (select ${RETURN_WINDOW_ENDS_SQL('$1::uuid')} as ends_at) w`,
        [orderId],
      );
      if (window?.closed) {
        const until = window.endsAt ? ` on ${window.endsAt.toISOString().slice(0, 10)}` : '';
        return fulfillmentFail('RETURN_WINDOW_CLOSED', `The return window for this order closed${until}`, null);
      }
    }
    const shipped = await shippedQuantities(sql, orderId, SHIPPED_STATUSES);
    const returned = await returnedQuantities(sql, orderId);
    const errors: FulfillmentError[] = [];
    [...parsed.value].forEach(([variantId, quantity], index) => {
      const open = (shipped.get(variantId) ?? 0) - (returned.get(variantId) ?? 0);
      if (quantity > open) {
        errors.push(
          fulfillmentError('RETURN_QUANTITY_EXCEEDS_SHIPPED', `Only ${Math.max(open, 0)} can be returned`, [
            'input',
            'lines',
            String(index),
            'quantity',
          ]),
        );
      }
    });
    if (errors.length) return { ok: false as const, errors };
    const created = (await one<ReturnRow>(
      sql,
      `insert into fulfillment.returns (tenant_id, order_id, reason) values ($1, $2, $3) returning ${RETURN_COLUMNS}`,
      [db.tenantId, orderId, input.reason?.slice(0, 1000) ?? null],
    )) as ReturnRow;
    await insertLines(sql, 'return_lines', 'return_id', db.tenantId, created.id, parsed.value);
    await recordTransition(sql, db.tenantId, { type: 'Return', id: created.id }, null, 'requested', actor);
    await tx.emit('fulfillment.return.requested', created.id, await returnPayload(sql, created));
    return ok(created);
  });
}

async function returnPayload(sql: Sql, row: ReturnRow): Promise<ReturnPayload> {
  const lines = await loadLines(sql, 'return_lines', 'return_id', [row.id]);
  return {
    returnId: row.id,
    orderId: row.orderId,
    status: row.status,
    warehouseId: row.warehouseId,
    refundAmount: row.refundAmount,
    lines: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity, warehouseId: row.warehouseId })),
  };
}

export interface ReturnMoveInput {
  returnId: string;
  version?: number | null;
  /** where the goods came back to (received only): inventory restocks there */
  warehouseId?: string | null;
}

export async function moveReturn(
  deps: FulfillmentDeps,
  db: TenantDb,
  actor: Actor,
  input: ReturnMoveInput,
  to: ReturnStatus,
): Promise<FulfillmentResult<ReturnRow>> {
  const id = localUuid(input.returnId, 'Return', ['input', 'returnId']);
  const warehouseId = input.warehouseId ? localUuid(input.warehouseId, 'Warehouse', ['input', 'warehouseId']) : null;
  if (warehouseId && !(await deps.stock.hasWarehouse(db.tenantId, warehouseId))) {
    return fulfillmentFail('NOT_FOUND', 'No such warehouse', ['input', 'warehouseId']);
  }
  return db.tx(async (sql, tx) => {
    const current = await one<ReturnRow>(
      sql,
      `select ${RETURN_COLUMNS} from fulfillment.returns where id = $1 for update`,
      [id],
    );
    if (!current) return fulfillmentFail('NOT_FOUND', 'No such return', ['input', 'returnId']);
    if (input.version != null && input.version !== current.version) {
      return fulfillmentFail('CONFLICT', 'The return was changed meanwhile; reload it', ['input', 'version']);
    }
    if (!RETURN_TRANSITIONS[current.status].includes(to)) {
      return fulfillmentFail('INVALID_TRANSITION', `A return cannot go from ${current.status} to ${to}`, null);
    }
    let refund: number | null = current.refundAmount;
    if (to === 'refunded') {
      const total = await one<{ amount: number }>(
        sql,
        `select coalesce(sum(l.quantity * v.unit_amount), 0)::float8 as amount from fulfillment.return_lines l
           join fulfillment.order_line_views v on v.tenant_id = l.tenant_id and v.order_id = $2 and v.variant_id = l.variant_id
          where l.return_id = $1`,
        [id, current.orderId],
      );
      refund = total?.amount ?? 0;
    }
    const updated = (await one<ReturnRow>(
      sql,
      `update fulfillment.returns set status = $2, warehouse_id = coalesce($3, warehouse_id), refund_amount = $4,
         version = version + 1, updated_at = now() where id = $1 returning ${RETURN_COLUMNS}`,
      [id, to, warehouseId, refund],
    )) as ReturnRow;
    await recordTransition(sql, db.tenantId, { type: 'Return', id }, current.status, to, actor);
    const currency = await orm(sql, (db) =>
      db.orderView.findFirst({ where: { orderId: current.orderId }, select: { currency: true } }),
    );
    await tx.emit(`fulfillment.return.${to}` as const, id, {
      ...(await returnPayload(sql, updated)),
      from: current.status,
      currency: currency?.currency ?? null,
    });
    return ok(updated);
  });
}
