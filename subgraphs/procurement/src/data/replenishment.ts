import { type Connection, type CURSOR_KEYS, encodeCursor, type Page } from '@ucos/kit';
import type { TenantDb } from '../db.ts';
import type { InventoryPort, ReplenishmentNeed } from '../ports/inventory.ts';
import type { SupplierItemRow, SupplierRow } from './rows.ts';
import { preferredItems, suppliersByIds } from './suppliers.ts';

/** One proposed purchase order line: inventory's need, rounded to the preferred supplier's pack and minimum. */
export interface Suggestion extends ReplenishmentNeed {
  /** the variant's preferred supplier item; null: nobody is preferred for it yet */
  item: SupplierItemRow | null;
  supplier: SupplierRow | null;
  /** what to order: at least the shortfall and the minimum order quantity, in whole packs */
  quantity: number;
}

/** At least `shortfall` and the minimum order quantity, rounded up to whole packs. */
export function roundToSupplier(
  shortfall: number,
  item: Pick<SupplierItemRow, 'packSize' | 'minimumOrderQuantity'> | null,
) {
  if (!item) return shortfall;
  const wanted = Math.max(shortfall, item.minimumOrderQuantity);
  return Math.ceil(wanted / item.packSize) * item.packSize;
}

/**
 * One page of suggestions: one call to inventory for the page of needs, then one statement for the
 * preferred items of its variants and one for their suppliers, whatever the page size. Paged on
 * inventory's own key (variant, warehouse), so the cursor passes through.
 */
export async function replenishmentSuggestions(
  db: TenantDb,
  inventory: InventoryPort,
  warehouseIds: readonly string[] | null,
  page: Page<typeof CURSOR_KEYS.uuidPair>,
): Promise<Connection<Suggestion>> {
  const after = page.after ? encodeCursor(page.after) : null;
  const needs = await inventory.needs(db.tenantId, warehouseIds, page.limit, after);
  const { items, suppliers } = await db.run(async (sql) => {
    const items = await preferredItems(
      sql,
      needs.needs.map((need) => need.variantId),
    );
    const suppliers = await suppliersByIds(sql, [...new Set(items.map((item) => item.supplierId))]);
    return { items, suppliers };
  });
  const itemOf = new Map(items.map((item) => [item.variantId, item]));
  const supplierOf = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  const edges = needs.needs.map((need) => {
    const item = itemOf.get(need.variantId) ?? null;
    const node: Suggestion = {
      ...need,
      item,
      supplier: item ? (supplierOf.get(item.supplierId) ?? null) : null,
      quantity: roundToSupplier(need.shortfall, item),
    };
    return { cursor: encodeCursor([need.variantId, need.warehouseId] as const), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: needs.hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: needs.totalCount,
  };
}
