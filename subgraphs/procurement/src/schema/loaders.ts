import { byKeys, groupedByKeys } from '@ucos/kit';
import type { ProcurementContext } from '../context.ts';
import { historyOfOrders, linesOfOrders, openOrdersOfSuppliers } from '../data/purchase-orders.ts';
import type { SupplierRow } from '../data/rows.ts';
import { contactsOf, itemsOfSuppliers, itemsOfVariants, suppliersByIds } from '../data/suppliers.ts';
import type { Sql } from '../db.ts';
import { dbOf } from './common.ts';

/** Per-request batches: a page of N orders costs one statement per child type, not N. */

/** The request's loader `name`: each key's rows, read for a whole batch of keys in one statement. */
const rowsByKey =
  <Row>(name: string, read: (sql: Sql, ids: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) =>
  (context: ProcurementContext) =>
    context.loaders.get<string, Row[]>(name, async (ids) =>
      groupedByKeys(ids, await dbOf(context).run((sql) => read(sql, ids)), keyOf),
    );

export const supplierLoader = (context: ProcurementContext) =>
  context.loaders.get<string, SupplierRow | null>('supplier', async (ids) =>
    byKeys(ids, await dbOf(context).run((sql) => suppliersByIds(sql, ids)), (row) => row.id),
  );

export const linesLoader = rowsByKey('lines', linesOfOrders, (row) => row.purchaseOrderId);

export const historyLoader = rowsByKey('history', historyOfOrders, (row) => row.purchaseOrderId);

export const contactsLoader = rowsByKey('contacts', contactsOf, (row) => row.supplierId);

export const supplierItemsLoader = rowsByKey('supplierItems', itemsOfSuppliers, (row) => row.supplierId);

export const variantItemsLoader = rowsByKey('variantItems', itemsOfVariants, (row) => row.variantId);

export const openOrdersLoader = rowsByKey('openOrders', openOrdersOfSuppliers, (row) => row.supplierId);
