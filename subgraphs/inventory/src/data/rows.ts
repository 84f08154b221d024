import type {
  ReservationLine as ReservationLineModel,
  Reservation as ReservationModel,
  StockLevel as StockLevelModel,
  StockMovement as StockMovementModel,
  Warehouse as WarehouseModel,
} from '../generated/prisma/client.ts';

/**
 * Rows as the stores return them (camelCase), shared by the stores and the schema: derived from the
 * Prisma models of prisma/schema.prisma, which test/schema-and-models.test.ts checks against the
 * migrated database.
 */

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

/** A stored status (the model's string) as the union; the table's check constraint allows no other. */
export function reservationStatus(stored: string): ReservationStatus {
  const status = RESERVATION_STATUSES.find((known) => known === stored);
  if (!status) throw new Error(`a reservation in an unknown status: ${stored}`);
  return status;
}

/** What a store sends back; dates are strings where a row came back through JSON (cached or idempotent replies). */
type Instant = Date | string;

/** A model's columns as the stores' SQL returns them: without `tenant_id` (row security scopes every statement). */
type RowOf<Model, Overrides = Record<never, never>> = Omit<Model, 'tenantId' | keyof Overrides> & Overrides;

export type WarehouseRow = RowOf<WarehouseModel, { createdAt: Instant }>;

export type StockLevelRow = RowOf<StockLevelModel, { updatedAt: Instant }>;

/** A ledger entry; its API id is `public_id` (the ledger's sequence `id` is shared by every tenant and never shown). */
export type StockMovementRow = RowOf<
  Omit<StockMovementModel, 'publicId'>,
  { id: string; reason: MovementReason; occurredAt: Instant }
>;

export type ReservationLineRow = RowOf<ReservationLineModel>;

export type ReservationRow = RowOf<
  ReservationModel,
  {
    status: ReservationStatus;
    expiresAt: Instant | null;
    createdAt: Instant;
    updatedAt: Instant;
    /** present when the store loaded them with the reservation (mutations); queries batch them */
    lines?: ReservationLineRow[];
  }
>;

export const available = (level: { onHand: number; reserved: number }) => level.onHand - level.reserved;

/**
 * At or below its own threshold (a level without one is never low here): what `inventory.stock.low`
 * fires on, so subscribers hear only of thresholds someone set. Listings use `isLowAgainst`.
 */
export const isLow = (level: { onHand: number; reserved: number; lowStockThreshold: number | null }) =>
  level.lowStockThreshold !== null && available(level) <= level.lowStockThreshold;

/** The threshold a level is measured against on screens: its own, else the deployment's default. */
export const effectiveThreshold = (level: { lowStockThreshold: number | null }, defaultThreshold: number) =>
  level.lowStockThreshold ?? defaultThreshold;

/** At or below its effective threshold: what `StockLevel.lowStock` and the `lowStock` filter mean. */
export const isLowAgainst = (
  level: { onHand: number; reserved: number; lowStockThreshold: number | null },
  defaultThreshold: number,
) => available(level) <= effectiveThreshold(level, defaultThreshold);

export const levelKey = (variantId: string, warehouseId: string) => `${variantId}/${warehouseId}`;

export const LEVEL_COLUMNS = `variant_id as "variantId", warehouse_id as "warehouseId", on_hand as "onHand", reserved,
  incoming, low_stock_threshold as "lowStockThreshold", reorder_point as "reorderPoint",
  reorder_quantity as "reorderQuantity", updated_at as "updatedAt"`;

/** A stock row with its warehouse's code and state: a variant's levels, as its page shows and a reservation locks them. */
export interface VariantLevel extends StockLevelRow {
  warehouseCode: string;
  warehouseActive: boolean;
}

/** The select of `VariantLevel`s: stock rows `s` joined to their warehouses `w`; the caller adds where and order. */
export const VARIANT_LEVEL_SELECT = `select s.variant_id as "variantId", s.warehouse_id as "warehouseId",
    s.on_hand as "onHand", s.reserved, s.incoming, s.low_stock_threshold as "lowStockThreshold",
    s.reorder_point as "reorderPoint", s.reorder_quantity as "reorderQuantity", s.updated_at as "updatedAt",
    w.code as "warehouseCode", w.active as "warehouseActive"
  from stock_levels s join warehouses w on w.tenant_id = s.tenant_id and w.id = s.warehouse_id`;

export const WAREHOUSE_COLUMNS = 'id, code, name, active, version, created_at as "createdAt"';

export const MOVEMENT_COLUMNS = `public_id as id, variant_id as "variantId", warehouse_id as "warehouseId",
  on_hand_delta as "onHandDelta", reserved_delta as "reservedDelta", reason, actor_kind as "actorKind",
  actor_id as "actorId", reference, note, reservation_id as "reservationId", occurred_at as "occurredAt"`;

export const RESERVATION_COLUMNS = `id, reference, status, expires_at as "expiresAt", actor_kind as "actorKind",
  actor_id as "actorId", created_at as "createdAt", updated_at as "updatedAt"`;

export const LINE_COLUMNS = `reservation_id as "reservationId", variant_id as "variantId",
  warehouse_id as "warehouseId", quantity, committed, released`;
