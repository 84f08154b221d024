import type { KitContext } from '@ucos/kit';
import type { InventoryDb } from './db.ts';

export interface InventorySettings {
  defaultReservationTtlSeconds: number;
  /** what a level without a threshold of its own is measured against for `lowStock` */
  defaultLowStockThreshold: number;
}

export interface InventoryContext extends KitContext {
  /** the database bound to the caller's tenant (RLS) */
  db: InventoryDb;
  settings: InventorySettings;
}
