import { byKeys, groupedByKeys } from '@ucos/kit';
import type { InventoryContext } from '../context.ts';
import { linesOfReservations, reservationsByIds } from '../data/reservation-read-store.ts';
import type { ReservationLineRow, ReservationRow, VariantLevel, WarehouseRow } from '../data/rows.ts';
import { levelsOfVariants } from '../data/stock-read-store.ts';
import { costsOfVariants, type VariantCostRow } from '../data/variant-costs.ts';
import { warehousesByIds } from '../data/warehouse-store.ts';

// Per-request DataLoaders: every entity reference and nested list of a request costs one statement per type.

export const warehouseLoader = (context: InventoryContext) =>
  context.loaders.get<string, WarehouseRow | null>('warehouse', async (ids) =>
    byKeys(ids, await warehousesByIds(context.db, ids), (row) => row.id),
  );

export const variantLevelsLoader = (context: InventoryContext) =>
  context.loaders.get<string, VariantLevel[]>('variantLevels', async (ids) =>
    groupedByKeys(ids, await levelsOfVariants(context.db, ids), (row) => row.variantId),
  );

export const reservationLoader = (context: InventoryContext) =>
  context.loaders.get<string, ReservationRow | null>('reservation', async (ids) =>
    byKeys(ids, await reservationsByIds(context.db, ids), (row) => row.id),
  );

export const reservationLinesLoader = (context: InventoryContext) =>
  context.loaders.get<string, ReservationLineRow[]>('reservationLines', async (ids) =>
    groupedByKeys(ids, await linesOfReservations(context.db, ids), (row) => row.reservationId),
  );

export const variantCostLoader = (context: InventoryContext) =>
  context.loaders.get<string, VariantCostRow | null>('variantCost', async (ids) =>
    byKeys(ids, await costsOfVariants(context.db, ids), (row) => row.variantId),
  );
