import { byKeys, groupedByKeys } from '@ucos/kit';
import type { ProcurementContext } from '../context.ts';
import { historyOfOrders, linesOfOrders, openOrdersOfSuppliers } from '../data/purchase-orders.ts';
import type {
  HistoryRow,
  PurchaseOrderLineRow,
  PurchaseOrderRow,
  SupplierContactRow,
  SupplierItemRow,
  SupplierRow,
} from '../data/rows.ts';
import { contactsOf, itemsOfSuppliers, itemsOfVariants, suppliersByIds } from '../data/suppliers.ts';
import { dbOf } from './common.ts';

/** Per-request batches: a page of N orders costs one statement per child type, not N. */

export const supplierLoader = (context: ProcurementContext) =>
  context.loaders.get<string, SupplierRow | null>('supplier', async (ids) =>
    byKeys(ids, await dbOf(context).run((sql) => suppliersByIds(sql, ids)), (row) => row.id),
  );

export const linesLoader = (context: ProcurementContext) =>
  context.loaders.get<string, PurchaseOrderLineRow[]>('lines', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => linesOfOrders(sql, ids)), (row) => row.purchaseOrderId),
  );

export const historyLoader = (context: ProcurementContext) =>
  context.loaders.get<string, HistoryRow[]>('history', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => historyOfOrders(sql, ids)), (row) => row.purchaseOrderId),
  );

export const contactsLoader = (context: ProcurementContext) =>
  context.loaders.get<string, SupplierContactRow[]>('contacts', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => contactsOf(sql, ids)), (row) => row.supplierId),
  );

export const supplierItemsLoader = (context: ProcurementContext) =>
  context.loaders.get<string, SupplierItemRow[]>('supplierItems', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => itemsOfSuppliers(sql, ids)), (row) => row.supplierId),
  );

export const variantItemsLoader = (context: ProcurementContext) =>
  context.loaders.get<string, SupplierItemRow[]>('variantItems', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => itemsOfVariants(sql, ids)), (row) => row.variantId),
  );

export const openOrdersLoader = (context: ProcurementContext) =>
  context.loaders.get<string, PurchaseOrderRow[]>('openOrders', async (ids) =>
    groupedByKeys(ids, await dbOf(context).run((sql) => openOrdersOfSuppliers(sql, ids)), (row) => row.supplierId),
  );
