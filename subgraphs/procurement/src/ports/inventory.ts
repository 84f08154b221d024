import { ReplenishmentNeeds } from '@ucos/internal-clients/inventory';
import { encodeGlobalId, type InternalClient, referenceUuid } from '@ucos/kit';

/** One level at or below its reorder point, as inventory answers it (ids are local uuids). */
export interface ReplenishmentNeed {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  available: number;
  incoming: number;
  reorderPoint: number;
  reorderQuantity: number;
  /** units to order before pack sizes and minimums */
  shortfall: number;
  /** inventory's cursor of this row: the suggestions page on it */
  cursor: string;
}

export interface NeedsPage {
  needs: ReplenishmentNeed[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface InventoryPort {
  /** one page of inventory's `replenishmentNeeds` (its cursor passes through) */
  needs(
    tenantId: string,
    warehouseIds: readonly string[] | null,
    first: number,
    after: string | null,
  ): Promise<NeedsPage>;
}

/** Inventory's needs with a service token (inventory:read): one call per page, a query (retried). */
export function inventoryNeeds(client: InternalClient): InventoryPort {
  return {
    async needs(tenantId, warehouseIds, first, after) {
      const { replenishmentNeeds: page } = await client.request(
        ReplenishmentNeeds,
        {
          warehouseIds: warehouseIds ? warehouseIds.map((id) => encodeGlobalId('Warehouse', id)) : null,
          first,
          after,
        },
        { caller: 'procurement', tenantId, scopes: ['inventory:read'] },
      );
      return {
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        needs: page.edges.flatMap(({ cursor, node }) => {
          const variantId = referenceUuid(node.variantId, 'ProductVariant');
          const warehouseId = referenceUuid(node.warehouseId, 'Warehouse');
          return variantId && warehouseId ? [{ ...node, variantId, warehouseId, cursor }] : [];
        }),
      };
    },
  };
}
