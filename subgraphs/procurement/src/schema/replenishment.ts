import {
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  localUuid,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
import { z } from 'zod';
import { builder, MoneyRef } from '../builder.ts';
import { isWorkflowIdentity } from '../data/machines.ts';
import { createFromSuggestions, ordersByIds } from '../data/purchase-orders.ts';
import { replenishmentSuggestions, type Suggestion } from '../data/replenishment.ts';
import { dbOf, manage } from './common.ts';
import { ProductVariantRef, PurchaseOrderRef, SupplierItemRef, SupplierRef, WarehouseRef } from './types.ts';

const SuggestionRef = builder.objectRef<Suggestion>('ReplenishmentSuggestion').implement({
  description:
    'A purchase order line to propose: a level at or below its reorder point, rounded to its preferred supplier’s pack size and minimum',
  fields: (t) => ({
    variant: t.field({
      type: ProductVariantRef,
      resolve: (row) => ({ id: encodeGlobalId('ProductVariant', row.variantId) }),
    }),
    variantId: t.id({ resolve: (row) => encodeGlobalId('ProductVariant', row.variantId) }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: (row) => ({ id: encodeGlobalId('Warehouse', row.warehouseId) }),
    }),
    warehouseId: t.id({ resolve: (row) => encodeGlobalId('Warehouse', row.warehouseId) }),
    onHand: t.exposeInt('onHand'),
    available: t.exposeInt('available'),
    incoming: t.exposeInt('incoming'),
    reorderPoint: t.exposeInt('reorderPoint'),
    reorderQuantity: t.exposeInt('reorderQuantity'),
    shortfall: t.exposeInt('shortfall', { description: 'What inventory asks for, before packs and minimums' }),
    quantity: t.exposeInt('quantity', { description: 'What to order: in whole packs, at least the minimum' }),
    supplier: t.field({
      type: SupplierRef,
      nullable: true,
      description: 'The preferred supplier; null: nobody is preferred for this variant yet',
      resolve: (row) => row.supplier,
    }),
    supplierItem: t.field({ type: SupplierItemRef, nullable: true, resolve: (row) => row.item }),
    unitCost: t.field({
      type: MoneyRef,
      nullable: true,
      resolve: (row) =>
        row.item && row.supplier ? { amount: row.item.unitCost, currency: row.supplier.currency } : null,
    }),
    amount: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'quantity × unit cost in the supplier’s currency, before tax',
      resolve: (row) =>
        row.item && row.supplier ? { amount: row.quantity * row.item.unitCost, currency: row.supplier.currency } : null,
    }),
  }),
});

const SuggestionConnection = connectionType(builder, 'ReplenishmentSuggestion', SuggestionRef);

builder.queryField('replenishmentSuggestions', (t) =>
  t.connection(
    {
      type: SuggestionRef,
      description:
        'What to buy: inventory’s levels at or below their reorder point (available + incoming), by variant then warehouse, with the preferred supplier and the rounded quantity. Group by supplier to make orders.',
      authScopes: manage,
      args: { warehouseIds: t.arg.idList({ description: 'Only these warehouses; every active one when left out' }) },
      resolve: (_root, args, context) =>
        replenishmentSuggestions(
          dbOf(context),
          context.deps.inventory,
          args.warehouseIds?.map((id, index) => localUuid(id, 'Warehouse', ['warehouseIds', String(index)])) ?? null,
          pageOf(args, CURSOR_KEYS.uuidPair),
        ),
    },
    SuggestionConnection,
  ),
);

const SuggestedLineInput = builder.inputType('SuggestedLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    quantity: t.int({ required: true, validate: rules.quantity({ min: 1, max: 1_000_000 }) }),
    supplierId: t.id({ description: 'Default: the variant’s preferred supplier' }),
  }),
});

const ExchangeRateInput = builder.inputType('ExchangeRateInput', {
  fields: (t) => ({
    currency: t.string({ required: true, validate: rules.currency }),
    rate: t.string({ required: true, description: 'Base minor units per minor unit of this currency' }),
  }),
});

const CreateFromSuggestionsInput = builder.inputType('PurchaseOrdersCreateFromSuggestionsInput', {
  fields: (t) => ({
    lines: t.field({ type: [SuggestedLineInput], required: true }),
    exchangeRates: t.field({ type: [ExchangeRateInput] }),
    expectedAt: t.string({
      validate: rules.rule(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date: YYYY-MM-DD'), 'INVALID_INPUT'),
    }),
    idempotencyKey: t.string({ validate: rules.idempotencyKey }),
  }),
});

const CreateFromSuggestionsPayload = payloadType(builder, 'PurchaseOrdersCreateFromSuggestions', {
  codes: [
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_AMOUNT',
    'INVALID_CURRENCY',
    'NOT_FOUND',
    'NO_LINES',
    'SUPPLIER_INACTIVE',
    'UNKNOWN_VARIANT',
    'AMOUNT_TOO_LARGE',
    'IDEMPOTENCY_KEY_REUSED',
  ] as const,
  field: 'purchaseOrders',
  type: PurchaseOrderRef,
  list: true,
});

builder.mutationField('purchaseOrdersCreateFromSuggestions', (t) =>
  t.field({
    type: CreateFromSuggestionsPayload,
    description: 'One draft purchase order per supplier from the selected suggestions, in one step (all or none)',
    authScopes: manage,
    args: { input: t.arg({ type: CreateFromSuggestionsInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const db = dbOf(context);
      const result = await createFromSuggestions(
        db,
        context.deps.catalog,
        { kind: isWorkflowIdentity(context.auth) ? 'workflow' : context.auth.kind, id: context.auth.subject ?? null },
        {
          ...input,
          lines: input.lines.map((line, index) => ({
            quantity: line.quantity,
            variantId: localUuid(line.variantId, 'ProductVariant', ['input', 'lines', String(index), 'variantId']),
            warehouseId: localUuid(line.warehouseId, 'Warehouse', ['input', 'lines', String(index), 'warehouseId']),
            supplierId: line.supplierId
              ? localUuid(line.supplierId, 'Supplier', ['input', 'lines', String(index), 'supplierId'])
              : null,
          })),
        },
      );
      const orders = result.ok ? await db.run((sql) => ordersByIds(sql, result.value)) : [];
      const byId = new Map(orders.map((order) => [order.id, order]));
      return toPayload(result, (ids) => ({ purchaseOrders: ids.flatMap((id) => byId.get(id) ?? []) }));
    },
  }),
);
