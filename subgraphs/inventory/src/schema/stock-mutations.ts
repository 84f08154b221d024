import { payloadType, rules, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { callerOf } from '../data/caller.ts';
import type { InventoryErrorCode } from '../data/errors.ts';
import { ADJUSTMENT_REASONS, adjustStock, setThreshold, transferStock } from '../data/stock-store.ts';
import { unitQuantity } from '../data/validation.ts';
import { variantUuid, warehouseUuid } from './ids.ts';
import { StockLevelRef } from './refs.ts';

const StockAdjustmentReason = builder.enumType('StockAdjustmentReason', { values: ADJUSTMENT_REASONS });

const stockLevelPayload = (mutation: string, codes: readonly InventoryErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      stockLevel: t.field({ type: StockLevelRef, nullable: true, resolve: (payload) => payload.stockLevel ?? null }),
    }),
  });

/** Decodes the variant and warehouse ids of an input; a malformed one is BAD_USER_INPUT naming its field. */
function decodeLevel(input: { variantId: string; warehouseId: string }) {
  const variantId = variantUuid(input.variantId, ['input', 'variantId']);
  const warehouseId = warehouseUuid(input.warehouseId, ['input', 'warehouseId']);
  return { variantId, warehouseId };
}

const StockAdjustInput = builder.inputType('StockAdjustInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    delta: t.int({ description: 'Units to add (positive) or remove (negative); or use setOnHand' }),
    setOnHand: t.int({ description: 'The counted on-hand quantity (a stock take); or use delta' }),
    reason: t.field({ type: StockAdjustmentReason, defaultValue: 'ADJUSTMENT' }),
    note: t.string(),
    reference: t.string(),
    idempotencyKey: t.string({
      required: true,
      description: 'A replay with the same key returns the first result',
      validate: rules.idempotencyKey,
    }),
  }),
});

const StockAdjustPayload = stockLevelPayload('StockAdjust', [
  'BELOW_RESERVED',
  'IDEMPOTENCY_KEY_REUSED',
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'NEGATIVE_STOCK',
  'UNKNOWN_WAREHOUSE',
  'WAREHOUSE_INACTIVE',
]);

builder.mutationField('stockAdjust', (t) =>
  t.field({
    type: StockAdjustPayload,
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: StockAdjustInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await adjustStock(context.db, callerOf(context.auth), {
        ...input,
        ...decodeLevel(input),
        reason: input.reason ?? 'ADJUSTMENT',
      });
      return toPayload(result, (stockLevel) => ({ stockLevel }));
    },
  }),
);

const StockTransferInput = builder.inputType('StockTransferInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    fromWarehouseId: t.id({ required: true }),
    toWarehouseId: t.id({ required: true }),
    quantity: t.int({ required: true, validate: unitQuantity }),
    note: t.string(),
    reference: t.string(),
    idempotencyKey: t.string({ required: true }),
  }),
});

const StockTransferPayload = payloadType(builder, 'StockTransfer', {
  codes: [
    'IDEMPOTENCY_KEY_REUSED',
    'INSUFFICIENT_STOCK',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'UNKNOWN_WAREHOUSE',
    'WAREHOUSE_INACTIVE',
  ] satisfies InventoryErrorCode[],
  fields: (t) => ({
    source: t.field({ type: StockLevelRef, nullable: true, resolve: (payload) => payload.source ?? null }),
    destination: t.field({ type: StockLevelRef, nullable: true, resolve: (payload) => payload.destination ?? null }),
  }),
});

builder.mutationField('stockTransfer', (t) =>
  t.field({
    type: StockTransferPayload,
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: StockTransferInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const variantId = variantUuid(input.variantId, ['input', 'variantId']);
      const fromWarehouseId = warehouseUuid(input.fromWarehouseId, ['input', 'fromWarehouseId']);
      const toWarehouseId = warehouseUuid(input.toWarehouseId, ['input', 'toWarehouseId']);
      const result = await transferStock(context.db, callerOf(context.auth), {
        ...input,
        variantId,
        fromWarehouseId,
        toWarehouseId,
      });
      return toPayload(result, (levels) => levels);
    },
  }),
);

const StockThresholdSetInput = builder.inputType('StockThresholdSetInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    threshold: t.int({ description: 'null clears it; inventory.stock.low fires when available drops to it or below' }),
  }),
});

const StockThresholdSetPayload = stockLevelPayload('StockThresholdSet', [
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'UNKNOWN_WAREHOUSE',
  'WAREHOUSE_INACTIVE',
]);

builder.mutationField('stockThresholdSet', (t) =>
  t.field({
    type: StockThresholdSetPayload,
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: StockThresholdSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await setThreshold(context.db, callerOf(context.auth), {
        ...decodeLevel(input),
        threshold: input.threshold ?? null,
      });
      return toPayload(result, (stockLevel) => ({ stockLevel }));
    },
  }),
);
