import { defineEvents, event } from '@ucos/kit';

/**
 * What fulfillment publishes (subjects `ucos.<type>`, see the README's event catalogue): each type
 * once, with its aggregate and payload. `tx.emit` accepts only these. Ids are local uuids.
 */

export interface ShipmentPayload {
  shipmentId: string;
  orderId: string;
  warehouseId: string | null;
  carrier: string;
  trackingNumber: string | null;
  status: string;
  lines: { variantId: string; quantity: number }[];
}

/** A move carries the state it left. */
export type ShipmentMovedPayload = ShipmentPayload & { from: string };

/**
 * Shipped also says whom to tell and about which order: the order's email and number (null for an
 * order fulfillment heard of without them).
 */
export type ShipmentShippedPayload = ShipmentMovedPayload & { email: string | null; orderNumber: number | null };

export interface ReturnPayload {
  returnId: string;
  orderId: string;
  status: string;
  warehouseId: string | null;
  refundAmount: number | null;
  lines: { variantId: string; quantity: number; warehouseId: string | null }[];
}

export type ReturnMovedPayload = ReturnPayload & { from: string; currency: string | null };

export const FULFILLMENT_EVENTS = defineEvents('fulfillment', {
  'fulfillment.shipment.created': event<ShipmentPayload>('Shipment'),
  'fulfillment.shipment.packed': event<ShipmentMovedPayload>('Shipment'),
  'fulfillment.shipment.shipped': event<ShipmentShippedPayload>('Shipment'),
  'fulfillment.shipment.delivered': event<ShipmentMovedPayload>('Shipment'),
  'fulfillment.shipment.cancelled': event<ShipmentMovedPayload>('Shipment'),
  'fulfillment.return.requested': event<ReturnPayload>('Return'),
  'fulfillment.return.approved': event<ReturnMovedPayload>('Return'),
  'fulfillment.return.received': event<ReturnMovedPayload>('Return'),
  'fulfillment.return.refunded': event<ReturnMovedPayload>('Return'),
  'fulfillment.return.rejected': event<ReturnMovedPayload>('Return'),
});

export type FulfillmentEvents = typeof FULFILLMENT_EVENTS;
