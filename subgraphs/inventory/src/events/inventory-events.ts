import { createEnvelope, enqueueEvent } from '@ucos/kit';
import type { Sql } from '../db.ts';

/**
 * The events inventory publishes (subject `ucos.<type>`), written to the outbox in the transaction
 * of the change. Ids in payloads are local uuids, not global ids. Version 1 of each.
 */
export const INVENTORY_EVENTS = {
  stockChanged: 'inventory.stock.changed',
  stockLow: 'inventory.stock.low',
  reservationCreated: 'inventory.reservation.created',
  reservationReleased: 'inventory.reservation.released',
  reservationCommitted: 'inventory.reservation.committed',
  reservationExpired: 'inventory.reservation.expired',
} as const;

/** One per changed variant × warehouse; the totals are the variant's, across warehouses (catalog's read model). */
export interface StockChangedPayload {
  variantId: string;
  warehouseId: string;
  /** sellable units across active warehouses */
  available: number;
  /** units on hand across all warehouses */
  onHand: number;
}

/** The level's available units went from above its threshold to at or below it. */
export interface StockLowPayload {
  variantId: string;
  warehouseId: string;
  available: number;
  threshold: number;
}

export interface ReservationEventPayload {
  reservationId: string;
  reference: string;
  status: string;
  /** for created: the reserved quantities; for committed/released/expired: the quantities this change moved */
  lines: { variantId: string; warehouseId: string; quantity: number }[];
}

const SCHEMA = 'inventory';

export function enqueueInventoryEvent(
  sql: Sql,
  tenantId: string,
  type: (typeof INVENTORY_EVENTS)[keyof typeof INVENTORY_EVENTS],
  aggregate: { type: string; id: string },
  payload: StockChangedPayload | StockLowPayload | ReservationEventPayload,
): Promise<void> {
  return enqueueEvent(
    sql,
    SCHEMA,
    createEnvelope({ type, tenantId, aggregateType: aggregate.type, aggregateId: aggregate.id, payload }),
  );
}
