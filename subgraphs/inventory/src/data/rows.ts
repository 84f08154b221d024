/** Rows as the stores return them (camelCase), shared by the stores and the schema. */

export const MOVEMENT_REASONS = [
  'ADJUSTMENT',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'RESERVATION',
  'RESERVATION_RELEASE',
  'SHIPMENT',
  'RETURN',
  'RECEIPT',
] as const;
export type MovementReason = (typeof MOVEMENT_REASONS)[number];

export const RESERVATION_STATUSES = ['ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export interface WarehouseRow {
  id: string;
  code: string;
  name: string;
  active: boolean;
  version: number;
  createdAt: Date | string;
}

export interface StockLevelRow {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  incoming: number;
  lowStockThreshold: number | null;
  updatedAt: Date | string;
}

export interface StockMovementRow {
  id: string;
  variantId: string;
  warehouseId: string;
  onHandDelta: number;
  reservedDelta: number;
  reason: MovementReason;
  actorKind: string;
  actorId: string | null;
  reference: string | null;
  note: string | null;
  reservationId: string | null;
  occurredAt: Date | string;
}

export interface ReservationLineRow {
  reservationId: string;
  variantId: string;
  warehouseId: string;
  quantity: number;
  committed: number;
  released: number;
}

export interface ReservationRow {
  id: string;
  reference: string;
  status: ReservationStatus;
  expiresAt: Date | string | null;
  actorKind: string;
  actorId: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** present when the store loaded them with the reservation (mutations); queries batch them */
  lines?: ReservationLineRow[];
}

export const available = (level: { onHand: number; reserved: number }) => level.onHand - level.reserved;

/** At or below its threshold (a level without a threshold is never low). */
export const isLow = (level: { onHand: number; reserved: number; lowStockThreshold: number | null }) =>
  level.lowStockThreshold !== null && available(level) <= level.lowStockThreshold;

export const levelKey = (variantId: string, warehouseId: string) => `${variantId}/${warehouseId}`;

export const LEVEL_COLUMNS = `variant_id as "variantId", warehouse_id as "warehouseId", on_hand as "onHand", reserved,
  incoming, low_stock_threshold as "lowStockThreshold", updated_at as "updatedAt"`;

export const WAREHOUSE_COLUMNS = 'id, code, name, active, version, created_at as "createdAt"';

export const MOVEMENT_COLUMNS = `public_id as id, variant_id as "variantId", warehouse_id as "warehouseId",
  on_hand_delta as "onHandDelta", reserved_delta as "reservedDelta", reason, actor_kind as "actorKind",
  actor_id as "actorId", reference, note, reservation_id as "reservationId", occurred_at as "occurredAt"`;

export const RESERVATION_COLUMNS = `id, reference, status, expires_at as "expiresAt", actor_kind as "actorKind",
  actor_id as "actorId", created_at as "createdAt", updated_at as "updatedAt"`;

export const LINE_COLUMNS = `reservation_id as "reservationId", variant_id as "variantId",
  warehouse_id as "warehouseId", quantity, committed, released`;
