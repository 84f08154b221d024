import { builder } from '../builder.ts';
import type {
  ReservationLineRow,
  ReservationRow,
  StockLevelRow,
  StockMovementRow,
  VariantLevel,
  WarehouseRow,
} from '../data/rows.ts';

// Declared once here, implemented in their own files, so types can point at each other.
export const WarehouseRef = builder.objectRef<WarehouseRow>('Warehouse');
export const StockLevelRef = builder.objectRef<StockLevelRow>('StockLevel');
export const StockMovementRef = builder.objectRef<StockMovementRow>('StockMovement');
export const ReservationRef = builder.objectRef<ReservationRow>('Reservation');
export const ReservationLineRef = builder.objectRef<ReservationLineRow>('ReservationLine');

/** A variant's stock as `ProductVariant.inventory` shows it; `variantId` is null for an id that is not a variant's. */
export interface VariantInventory {
  variantId: string | null;
  levels: VariantLevel[];
}
export const VariantInventoryRef = builder.objectRef<VariantInventory>('VariantInventory');

/** Catalog owns ProductVariant (keyed by its global id); inventory adds `inventory` to it. */
export const ProductVariantRef = builder.externalRef('ProductVariant', builder.selection<{ id: string }>('id'));
