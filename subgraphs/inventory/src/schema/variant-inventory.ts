import { referenceUuid } from '@ucos/kit';
import { available } from '../data/rows.ts';
import type { VariantLevel } from '../data/stock-read-store.ts';
import { variantLevelsLoader } from './loaders.ts';
import { ProductVariantRef, StockLevelRef, type VariantInventory, VariantInventoryRef } from './refs.ts';

// Storefront (publishable) keys hold catalog:browse: they may see whether a variant can be bought
// and how many, never per-warehouse detail.
const sellableReaders = { $any: { scope: 'inventory:read', $any: { scope: 'catalog:browse' } } };
const staff = { scope: 'inventory:read' };

const sellable = (levels: VariantLevel[]) =>
  levels.reduce((sum, level) => sum + (level.warehouseActive ? Math.max(0, available(level)) : 0), 0);
const total = (levels: VariantLevel[], of: (level: VariantLevel) => number) =>
  levels.reduce((sum, level) => sum + of(level), 0);

VariantInventoryRef.implement({
  description: "A variant's stock across warehouses.",
  fields: (t) => ({
    available: t.int({
      description: 'Units that can be reserved, across active warehouses',
      // guarded by ProductVariant.inventory (same scopes): no second check per variant
      resolve: (inventory) => sellable(inventory.levels),
    }),
    inStock: t.boolean({ resolve: (inventory) => sellable(inventory.levels) > 0 }),
    onHand: t.int({ authScopes: staff, resolve: (inventory) => total(inventory.levels, (level) => level.onHand) }),
    reserved: t.int({ authScopes: staff, resolve: (inventory) => total(inventory.levels, (level) => level.reserved) }),
    incoming: t.int({ authScopes: staff, resolve: (inventory) => total(inventory.levels, (level) => level.incoming) }),
    locations: t.field({
      type: [StockLevelRef],
      authScopes: staff,
      description: 'Per warehouse, by warehouse code',
      resolve: (inventory) => inventory.levels,
    }),
  }),
});

ProductVariantRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    inventory: t.field({
      type: VariantInventoryRef,
      authScopes: sellableReaders,
      description: 'Stock of this variant; batched across every variant of the request (one statement)',
      resolve: async (variant, _args, context): Promise<VariantInventory> => {
        // a reference another subgraph sent: one that is no variant id has no stock
        const variantId = referenceUuid(variant.id, 'ProductVariant');
        return { variantId, levels: variantId ? await variantLevelsLoader(context).load(variantId) : [] };
      },
    }),
  }),
});
