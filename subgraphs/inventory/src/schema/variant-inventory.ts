import { referenceUuid } from '@ucos/kit';
import { builder } from '../builder.ts';
import { available, type VariantLevel } from '../data/rows.ts';
import type { VariantCostRow } from '../data/variant-costs.ts';
import { variantCostLoader, variantLevelsLoader } from './loaders.ts';
import { ProductVariantRef, StockLevelRef, type VariantInventory, VariantInventoryRef } from './refs.ts';

// Storefront (publishable) keys hold catalog:browse: they may see whether a variant can be bought
// and how many, never per-warehouse detail.
const sellableReaders = { $any: { scope: 'inventory:read', $any: { scope: 'catalog:browse' } } };
const staff = { scope: 'inventory:read' };

const sellable = (levels: VariantLevel[]) =>
  levels.reduce((sum, level) => sum + (level.warehouseActive ? Math.max(0, available(level)) : 0), 0);
const total = (levels: VariantLevel[], of: (level: VariantLevel) => number) =>
  levels.reduce((sum, level) => sum + of(level), 0);

const AverageCostRef = builder.objectRef<VariantCostRow>('AverageCost').implement({
  description:
    "A variant's moving-average unit cost across warehouses, from posted receipts, in the tenant's base currency.",
  fields: (t) => ({
    amount: t.exposeString('averageCost', {
      description: 'Minor units of currency as an exact decimal string (e.g. "1234.5678")',
    }),
    currency: t.exposeString('currency'),
    updatedAt: t.field({ type: 'DateTime', resolve: (cost) => cost.updatedAt }),
  }),
});

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
    averageCost: t.field({
      type: AverageCostRef,
      nullable: true,
      authScopes: staff,
      description: 'null until a receipt of this variant is posted; batched across the variants of a request',
      resolve: (inventory, _args, context) =>
        inventory.variantId ? variantCostLoader(context).load(inventory.variantId) : null,
    }),
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
