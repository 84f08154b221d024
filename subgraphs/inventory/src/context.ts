import type { KitContext } from '@ucos/kit';
import type { InventoryDb } from './db.ts';

export interface InventorySettings {
  defaultReservationTtlSeconds: number;
}

export interface InventoryContext extends KitContext {
  /** the database bound to the caller's tenant (RLS) */
  db: InventoryDb;
  settings: InventorySettings;
}
