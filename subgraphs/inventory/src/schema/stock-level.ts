import { CURSOR_KEYS, connectionType, encodeGlobalId, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { available, effectiveThreshold, isLowAgainst } from '../data/rows.ts';
import { listStockLevels } from '../data/stock-read-store.ts';
import { filterUuid, filterUuids, variantGlobalId, variantUuid, warehouseUuid } from './ids.ts';
import { warehouseLoader } from './loaders.ts';
import { ProductVariantRef, StockLevelRef, WarehouseRef } from './refs.ts';

StockLevelRef.implement({
  description: 'The stock of one variant in one warehouse. available = onHand - reserved, never negative.',
  authScopes: { scope: 'inventory:read' },
  fields: (t) => ({
    id: t.id({ resolve: (level) => encodeGlobalId('StockLevel', `${level.variantId}:${level.warehouseId}`) }),
    variant: t.field({ type: ProductVariantRef, resolve: (level) => ({ id: variantGlobalId(level.variantId) }) }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (level, _args, context) => (await warehouseLoader(context).load(level.warehouseId))!,
    }),
    onHand: t.exposeInt('onHand', { description: 'Units physically in the warehouse' }),
    reserved: t.exposeInt('reserved', { description: 'Units promised to reservations, not yet shipped' }),
    available: t.int({ description: 'Units that can still be reserved', resolve: (level) => available(level) }),
    incoming: t.exposeInt('incoming', { description: 'Units on their way (purchase orders)' }),
    lowStockThreshold: t.exposeInt('lowStockThreshold', {
      nullable: true,
      description: 'The threshold set for this level; null: none set (effectiveLowStockThreshold applies)',
    }),
    effectiveLowStockThreshold: t.int({
      description:
        'What lowStock compares available with: lowStockThreshold, or the default (LOW_STOCK_DEFAULT_THRESHOLD, 5) when none is set',
      resolve: (level, _args, context) => effectiveThreshold(level, context.settings.defaultLowStockThreshold),
    }),
    reorderPoint: t.exposeInt('reorderPoint', {
      nullable: true,
      description: 'Procurement proposes buying when available + incoming is at or below it; null: no policy',
    }),
    reorderQuantity: t.exposeInt('reorderQuantity', {
      nullable: true,
      description: 'The least a purchase suggestion orders; set together with reorderPoint',
    }),
    lowStock: t.boolean({
      description: 'available is at or below effectiveLowStockThreshold',
      resolve: (level, _args, context) => isLowAgainst(level, context.settings.defaultLowStockThreshold),
    }),
    updatedAt: t.field({ type: 'DateTime', resolve: (level) => level.updatedAt }),
  }),
});

/** A filter list is one `= any(…)` probe per id: bounded like a page. */
const MAX_FILTER_VARIANTS = 100;

const StockLevelConnection = connectionType(builder, 'StockLevel', StockLevelRef);

const StockLevelFilter = builder.inputType('StockLevelFilter', {
  fields: (t) => ({
    variantId: t.id(),
    variantIds: t.idList({
      description: `Any of these variants (at most ${MAX_FILTER_VARIANTS}): the page of a catalog search, whose stock a screen shows`,
    }),
    warehouseId: t.id(),
    lowStock: t.boolean({
      description: 'true: only levels at or below their effective threshold; false: only the others',
    }),
  }),
});

builder.queryField('stockLevels', (t) =>
  t.connection(
    {
      type: StockLevelRef,
      authScopes: { scope: 'inventory:read' },
      args: { filter: t.arg({ type: StockLevelFilter }) },
      resolve: (_root, args, context) =>
        listStockLevels(context.db, pageOf(args, CURSOR_KEYS.uuidPair), {
          variantId: filterUuid(args.filter?.variantId, variantUuid, 'variantId'),
          variantIds: filterUuids(args.filter?.variantIds, variantUuid, 'variantIds', MAX_FILTER_VARIANTS),
          warehouseId: filterUuid(args.filter?.warehouseId, warehouseUuid, 'warehouseId'),
          lowStock: args.filter?.lowStock ?? null,
          defaultLowStockThreshold: context.settings.defaultLowStockThreshold,
        }),
    },
    StockLevelConnection,
  ),
);

builder.queryField('lowStockDefaultThreshold', (t) =>
  t.int({
    description:
      'The low-stock threshold of a level without its own (LOW_STOCK_DEFAULT_THRESHOLD, 5 unless configured): what screens say "low" means',
    authScopes: { scope: 'inventory:read' },
    resolve: (_root, _args, context) => context.settings.defaultLowStockThreshold,
  }),
);
