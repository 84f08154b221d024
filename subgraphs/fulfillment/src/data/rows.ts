import type { ReturnStatus, ShipmentStatus } from './machines.ts';

export interface ShipmentRow {
  id: string;
  orderId: string;
  warehouseId: string | null;
  carrier: string;
  service: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface LineRow {
  parentId: string;
  variantId: string;
  quantity: number;
}

export interface ReturnRow {
  id: string;
  orderId: string;
  reason: string | null;
  warehouseId: string | null;
  status: ReturnStatus;
  refundAmount: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TransitionRow {
  aggregateId: string;
  fromState: string | null;
  toState: string;
  actorKind: string;
  actorId: string | null;
  occurredAt: Date;
}

export const SHIPMENT_COLUMNS = `id, order_id as "orderId", warehouse_id as "warehouseId", carrier, service,
  tracking_number as "trackingNumber", status, version, created_at as "createdAt", updated_at as "updatedAt"`;
export const RETURN_COLUMNS = `id, order_id as "orderId", reason, warehouse_id as "warehouseId", status,
  refund_amount::float8 as "refundAmount", version, created_at as "createdAt", updated_at as "updatedAt"`;
