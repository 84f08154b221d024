import { inputMutation, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import { callerOf } from '../data/caller.ts';
import { ADJUSTMENT_REASONS, adjustStock, setThreshold, transferStock } from '../data/stock-store.ts';
import { DRAW_STOCK_CODES, unitQuantity } from '../data/validation.ts';
import { variantUuid, warehouseUuid } from './ids.ts';
import { StockLevelRef } from './refs.ts';

const StockAdjustmentReason = builder.enumType('StockAdjustmentReason', { values: ADJUSTMENT_REASONS });

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

inputMutation(builder, 'stockAdjust', {
  input: StockAdjustInput,
  payload: {
    codes: [
      'BELOW_RESERVED',
      'IDEMPOTENCY_KEY_REUSED',
      'INVALID_INPUT',
      'INVALID_QUANTITY',
      'NEGATIVE_STOCK',
      'UNKNOWN_WAREHOUSE',
      'WAREHOUSE_INACTIVE',
    ],
    field: 'stockLevel',
    type: StockLevelRef,
  },
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) =>
    adjustStock(context.db, callerOf(context.auth), {
      ...input,
      ...decodeLevel(input),
      reason: input.reason ?? 'ADJUSTMENT',
    }),
  fields: (stockLevel) => ({ stockLevel }),
});

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

inputMutation(builder, 'stockTransfer', {
  input: StockTransferInput,
  payload: {
    codes: DRAW_STOCK_CODES,
    fields: (t) => ({
      source: t.field({ type: StockLevelRef, nullable: true, resolve: (payload) => payload.source ?? null }),
      destination: t.field({ type: StockLevelRef, nullable: true, resolve: (payload) => payload.destination ?? null }),
    }),
  },
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) =>
    transferStock(context.db, callerOf(context.auth), {
      ...input,
      variantId: variantUuid(input.variantId, ['input', 'variantId']),
      fromWarehouseId: warehouseUuid(input.fromWarehouseId, ['input', 'fromWarehouseId']),
      toWarehouseId: warehouseUuid(input.toWarehouseId, ['input', 'toWarehouseId']),
    }),
  fields: (levels) => levels,
});

const StockThresholdSetInput = builder.inputType('StockThresholdSetInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    threshold: t.int({ description: 'null clears it; inventory.stock.low fires when available drops to it or below' }),
  }),
});

inputMutation(builder, 'stockThresholdSet', {
  input: StockThresholdSetInput,
  payload: {
    codes: ['INVALID_INPUT', 'INVALID_QUANTITY', 'UNKNOWN_WAREHOUSE', 'WAREHOUSE_INACTIVE'],
    field: 'stockLevel',
    type: StockLevelRef,
  },
  authScopes: { scope: 'inventory:adjust' },
  run: (context, input) =>
    setThreshold(context.db, callerOf(context.auth), { ...decodeLevel(input), threshold: input.threshold ?? null }),
  fields: (stockLevel) => ({ stockLevel }),
});
