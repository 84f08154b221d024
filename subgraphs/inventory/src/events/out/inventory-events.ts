import { defineEvents, event } from '@ucos/kit';

/**
 * What inventory publishes (subjects `ucos.<type>`), written to the outbox in the unit of work of the
 * change: each type once, with its aggregate and payload. Ids are local uuids, not global ids.
 */

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

/**
 * A posted receipt moved the variant's moving-average unit cost (across warehouses). Decimals are
 * strings in minor units of `currency` (the tenant's base currency), exact.
 */
export interface VariantCostChangedPayload {
  variantId: string;
  averageCost: string;
  currency: string;
  /** units on hand across all warehouses after the receipt */
  onHand: number;
  receiptId: string;
  /** units of this variant the receipt accepted */
  receivedQuantity: number;
  /** the receipt's unit cost for this variant (its accepted-quantity-weighted mean over lines) */
  unitCost: string;
  /**
   * ISO instant the cost took effect: the receipt's stock movements' time. Goods moving from then on
   * are valued at it (finance). Optional in the contract: events published before it existed lack it,
   * and a consumer then takes the envelope's `occurredAt`.
   */
  effectiveAt?: string;
}

export const INVENTORY_EVENTS = defineEvents('inventory', {
  'inventory.stock.changed': event<StockChangedPayload>('ProductVariant'),
  'inventory.stock.low': event<StockLowPayload>('ProductVariant'),
  'inventory.reservation.created': event<ReservationEventPayload>('Reservation'),
  'inventory.reservation.released': event<ReservationEventPayload>('Reservation'),
  'inventory.reservation.committed': event<ReservationEventPayload>('Reservation'),
  'inventory.reservation.expired': event<ReservationEventPayload>('Reservation'),
  'inventory.variant_cost.changed': event<VariantCostChangedPayload>('ProductVariant'),
});

export type InventoryEvents = typeof INVENTORY_EVENTS;
