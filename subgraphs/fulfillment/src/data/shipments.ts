import { localUuid, ok } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { FulfillmentDeps } from '../deps.ts';
import type { ShipmentPayload } from '../events/out/fulfillment-events.ts';
import { type FulfillmentError, type FulfillmentResult, fulfillmentError, fulfillmentFail } from './errors.ts';
import { isOnHold } from './holds.ts';
import { insertLines, type LineInput, loadLines, orderedQuantities, parseLines, shippedQuantities } from './lines.ts';
import {
  type Actor,
  HELD_MOVES,
  LIVE_SHIPMENT_STATUSES,
  recordTransition,
  SHIPMENT_TRANSITIONS,
  SHIPPABLE_ORDER_STATUS,
  type ShipmentStatus,
} from './machines.ts';
import { SHIPMENT_COLUMNS, type ShipmentRow } from './rows.ts';

export interface ShipmentCreateInput {
  orderId: string;
  warehouseId?: string | null;
  carrier?: string | null;
  service?: string | null;
  lines: LineInput[];
}

/**
 * A shipment for part (or all) of a confirmed order. The order's read-model row is locked, so two
 * concurrent shipments cannot together exceed what was ordered (SHIP_QUANTITY_EXCEEDS_ORDER).
 */
export async function createShipment(
  deps: FulfillmentDeps,
  db: TenantDb,
  actor: Actor,
  input: ShipmentCreateInput,
): Promise<FulfillmentResult<ShipmentRow>> {
  const orderId = localUuid(input.orderId, 'Order', ['input', 'orderId']);
  const carrier = input.carrier ?? 'manual';
  if (!deps.carriers.has(carrier))
    return fulfillmentFail('UNKNOWN_CARRIER', `No carrier "${carrier}"`, ['input', 'carrier']);
  const warehouseId = input.warehouseId ? localUuid(input.warehouseId, 'Warehouse', ['input', 'warehouseId']) : null;
  if (warehouseId && !(await deps.stock.hasWarehouse(db.tenantId, warehouseId))) {
    return fulfillmentFail('NOT_FOUND', 'No such warehouse', ['input', 'warehouseId']);
  }
  const parsed = parseLines(input.lines);
  if (!parsed.ok) return parsed;
  return db.tx(async (sql, tx) => {
    const order = await one<{ status: string; shippingMethod: string | null }>(
      sql,
      `select status, shipping_method as "shippingMethod" from fulfillment.order_views where order_id = $1 for update`,
      [orderId],
    );
    if (!order)
      return fulfillmentFail('NOT_FOUND', 'No such order (or not yet known to fulfillment)', ['input', 'orderId']);
    // the order's row is locked: a hold event waits for this shipment, or this shipment for the hold.
    // The hold is checked first: a held order cannot be confirmed either (a workflow holds large
    // orders as they are placed), so the hold is what the caller must deal with first.
    if (await isOnHold(sql, orderId)) return onHold(['input', 'orderId']);
    if (order.status !== SHIPPABLE_ORDER_STATUS) {
      return fulfillmentFail('ORDER_NOT_SHIPPABLE', `The order is ${order.status}; confirm it first`, [
        'input',
        'orderId',
      ]);
    }
    const ordered = await orderedQuantities(sql, orderId);
    const shipped = await shippedQuantities(sql, orderId, LIVE_SHIPMENT_STATUSES);
    const errors: FulfillmentError[] = [];
    [...parsed.value].forEach(([variantId, quantity], index) => {
      const open = (ordered.get(variantId) ?? 0) - (shipped.get(variantId) ?? 0);
      if (quantity > open) {
        errors.push(
          fulfillmentError('SHIP_QUANTITY_EXCEEDS_ORDER', `Only ${Math.max(open, 0)} left to ship`, [
            'input',
            'lines',
            String(index),
            'quantity',
          ]),
        );
      }
    });
    if (errors.length) return { ok: false as const, errors };
    const shipment = (await one<ShipmentRow>(
      sql,
      `insert into fulfillment.shipments (tenant_id, order_id, warehouse_id, carrier, service)
       values ($1, $2, $3, $4, $5) returning ${SHIPMENT_COLUMNS}`,
      // the service the shopper paid for, unless the warehouse chose another
      [db.tenantId, orderId, warehouseId, carrier, input.service ?? order.shippingMethod],
    )) as ShipmentRow;
    await insertLines(sql, 'shipment_lines', 'shipment_id', db.tenantId, shipment.id, parsed.value);
    await recordTransition(sql, db.tenantId, { type: 'Shipment', id: shipment.id }, null, 'pending', actor);
    await tx.emit('fulfillment.shipment.created', shipment.id, await shipmentPayload(sql, shipment));
    return ok(shipment);
  });
}

async function shipmentPayload(sql: Sql, shipment: ShipmentRow): Promise<ShipmentPayload> {
  const lines = await loadLines(sql, 'shipment_lines', 'shipment_id', [shipment.id]);
  return {
    shipmentId: shipment.id,
    orderId: shipment.orderId,
    warehouseId: shipment.warehouseId,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    status: shipment.status,
    lines: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
  };
}

export interface ShipmentMoveInput {
  shipmentId: string;
  version?: number | null;
  trackingNumber?: string | null;
}

/** One shipment of the tenant by id, or null (a plain look-up: no lock). */
export async function findShipment(sql: Sql, id: string): Promise<ShipmentRow | null> {
  const row = await orm(sql, (db) => db.shipment.findFirst({ where: { id }, omit: { tenantId: true } }));
  // the table's check constraint holds `status` to the machine's states
  return row as ShipmentRow | null;
}

/**
 * Moves a shipment along its state machine. Shipping first commits the order's reservation for the
 * shipped lines in inventory (idempotent on the shipment id), then records `shipped`: a retry after a
 * failure in between decrements nothing twice.
 */
export async function moveShipment(
  deps: FulfillmentDeps,
  db: TenantDb,
  actor: Actor,
  input: ShipmentMoveInput,
  to: ShipmentStatus,
): Promise<FulfillmentResult<ShipmentRow>> {
  const id = localUuid(input.shipmentId, 'Shipment', ['input', 'shipmentId']);
  const current = await db.run((sql) => findShipment(sql, id));
  if (!current) return fulfillmentFail('NOT_FOUND', 'No such shipment', ['input', 'shipmentId']);
  const guard = check(current, input, to);
  if (guard) return guard;
  // asked before the carrier and inventory are called; asked again under the order's lock below
  if (HELD_MOVES.includes(to) && (await db.run((sql) => isOnHold(sql, current.orderId)))) return onHold(null);
  let trackingNumber = current.trackingNumber;
  if (to === 'shipped') {
    const carrier = deps.carriers.get(current.carrier);
    if (!carrier) return fulfillmentFail('UNKNOWN_CARRIER', `No carrier "${current.carrier}"`, null);
    const lines = await db.run((sql) => loadLines(sql, 'shipment_lines', 'shipment_id', [id]));
    try {
      const label = await carrier.createLabel({
        shipmentId: id,
        weightGrams: null,
        destinationCountry: null,
        trackingNumber: input.trackingNumber ?? current.trackingNumber,
      });
      trackingNumber = label.trackingNumber;
      await deps.stock.commit(db.tenantId, {
        reference: current.orderId,
        idempotencyKey: `shipment:${id}`,
        lines: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
      });
    } catch (error) {
      deps.log.warn({ err: error, shipmentId: id }, 'could not ship');
      return fulfillmentFail('SERVICE_UNAVAILABLE', 'Inventory or the carrier is unavailable; retry', null);
    }
  }
  return db.tx(async (sql, tx) => {
    const locked = await one<ShipmentRow>(
      sql,
      `select ${SHIPMENT_COLUMNS} from fulfillment.shipments where id = $1 for update`,
      [id],
    );
    if (!locked) return fulfillmentFail('NOT_FOUND', 'No such shipment', ['input', 'shipmentId']);
    const again = check(locked, { ...input, version: input.version ?? current.version }, to);
    if (again) return again;
    if (HELD_MOVES.includes(to)) {
      // shares the order's row with other moves, excludes a hold event until this commits
      await sql.query('select 1 from fulfillment.order_views where order_id = $1 for share', [locked.orderId]);
      if (await isOnHold(sql, locked.orderId)) return onHold(null);
    }
    const updated = (await one<ShipmentRow>(
      sql,
      `update fulfillment.shipments set status = $2, tracking_number = $3, version = version + 1, updated_at = now()
        where id = $1 returning ${SHIPMENT_COLUMNS}`,
      [id, to, trackingNumber],
    )) as ShipmentRow;
    await recordTransition(sql, db.tenantId, { type: 'Shipment', id }, locked.status, to, actor);
    // no transition leads back to pending (checked above), so every move has its event
    const moved = { ...(await shipmentPayload(sql, updated)), from: locked.status };
    if (to === 'shipped') {
      const order = await one<{ email: string | null; number: number | null }>(
        sql,
        'select email, number from fulfillment.order_views where order_id = $1',
        [locked.orderId],
      );
      await tx.emit('fulfillment.shipment.shipped', id, {
        ...moved,
        email: order?.email ?? null,
        orderNumber: order?.number ?? null,
      });
    } else {
      await tx.emit(`fulfillment.shipment.${to as Exclude<ShipmentStatus, 'pending' | 'shipped'>}`, id, moved);
    }
    return ok(updated);
  });
}

const onHold = (field: string[] | null) =>
  fulfillmentFail('ORDER_ON_HOLD', 'The order is on hold: release its hold in orders first', field);

function check(shipment: ShipmentRow, input: ShipmentMoveInput, to: ShipmentStatus): FulfillmentResult<never> | null {
  if (input.version != null && input.version !== shipment.version) {
    return fulfillmentFail('CONFLICT', 'The shipment was changed meanwhile; reload it', ['input', 'version']);
  }
  if (!SHIPMENT_TRANSITIONS[shipment.status].includes(to)) {
    return fulfillmentFail('INVALID_TRANSITION', `A shipment cannot go from ${shipment.status} to ${to}`, null);
  }
  return null;
}
