import { onceForKey } from '@ucos/kit';
import { type InventoryDb, orm, INVENTORY_SCHEMA as SCHEMA, type Sql } from '../db.ts';
import type { Caller } from './caller.ts';
import { type InventoryError, type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import { emitStockLow, ensureLevels, lockLevels, recordMovements } from './ledger.ts';
import { available, isLow, levelKey, type StockLevelRow, type WarehouseRow } from './rows.ts';
import { MAX_UNITS } from './validation.ts';
import { findWarehouses } from './warehouse-store.ts';

export const ADJUSTMENT_REASONS = ['ADJUSTMENT', 'RECEIPT', 'RETURN'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export interface StockAdjustInput {
  variantId: string;
  warehouseId: string;
  delta?: number | null;
  setOnHand?: number | null;
  reason: AdjustmentReason;
  note?: string | null;
  reference?: string | null;
  idempotencyKey: string;
}

/** The warehouses a change names must be this tenant's (and, where stock arrives, active). */
export async function checkWarehouses(
  sql: Sql,
  wanted: { id: string; field: string[]; mustBeActive: boolean }[],
): Promise<InventoryError[]> {
  const found = new Map<string, WarehouseRow>(
    (
      await findWarehouses(
        sql,
        wanted.map((w) => w.id),
      )
    ).map((row) => [row.id, row]),
  );
  return wanted.flatMap(({ id, field, mustBeActive }) => {
    const warehouse = found.get(id);
    if (!warehouse) return [inventoryError('UNKNOWN_WAREHOUSE', 'No such warehouse', field)];
    if (mustBeActive && !warehouse.active) {
      return [inventoryError('WAREHOUSE_INACTIVE', `Warehouse ${warehouse.code} is inactive`, field)];
    }
    return [];
  });
}

/** Changes on hand by a delta, or sets it; one ADJUSTMENT/RECEIPT/RETURN movement. */
export function adjustStock(
  db: InventoryDb,
  caller: Caller,
  input: StockAdjustInput,
): Promise<InventoryResult<StockLevelRow>> {
  const hasDelta = input.delta !== null && input.delta !== undefined;
  const hasSet = input.setOnHand !== null && input.setOnHand !== undefined;
  if (hasDelta === hasSet) {
    return Promise.resolve(
      inventoryFail('INVALID_INPUT', 'Give exactly one of delta and setOnHand', ['input', 'delta']),
    );
  }
  if (hasSet && (input.setOnHand! < 0 || input.setOnHand! > MAX_UNITS)) {
    return Promise.resolve(inventoryFail('INVALID_QUANTITY', 'On hand cannot be negative', ['input', 'setOnHand']));
  }
  if (hasDelta && (input.delta === 0 || Math.abs(input.delta!) > MAX_UNITS)) {
    return Promise.resolve(
      inventoryFail('INVALID_QUANTITY', 'A delta is a non-zero number of units', ['input', 'delta']),
    );
  }
  const normalized = {
    variantId: input.variantId,
    warehouseId: input.warehouseId,
    delta: input.delta ?? null,
    setOnHand: input.setOnHand ?? null,
    reason: input.reason,
    note: input.note ?? null,
    reference: input.reference ?? null,
  };
  return db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: input.idempotencyKey, operation: 'stockAdjust', input: normalized },
      async () => {
        const errors = await checkWarehouses(sql, [
          { id: input.warehouseId, field: ['input', 'warehouseId'], mustBeActive: false },
        ]);
        if (errors.length) return { ok: false, errors };
        const key = { variantId: input.variantId, warehouseId: input.warehouseId };
        await ensureLevels(sql, caller.tenantId, [key]);
        const level = (await lockLevels(sql, [key])).get(levelKey(key.variantId, key.warehouseId))!;
        const delta = hasSet ? input.setOnHand! - level.onHand : input.delta!;
        const onHand = level.onHand + delta;
        if (onHand < 0) {
          return inventoryFail('NEGATIVE_STOCK', `Only ${level.onHand} on hand: cannot remove ${-delta}`, [
            'input',
            hasSet ? 'setOnHand' : 'delta',
          ]);
        }
        if (onHand < level.reserved) {
          return inventoryFail('BELOW_RESERVED', `${level.reserved} units are reserved: on hand cannot go below that`, [
            'input',
            hasSet ? 'setOnHand' : 'delta',
          ]);
        }
        if (delta === 0) return { ok: true, value: level };
        const [updated] = await recordMovements(sql, tx, caller, [
          {
            ...key,
            onHandDelta: delta,
            reservedDelta: 0,
            reason: input.reason,
            note: input.note,
            reference: input.reference,
          },
        ]);
        return { ok: true, value: updated! };
      },
    ),
  );
}

export interface StockTransferInput {
  variantId: string;
  fromWarehouseId: string;
  toWarehouseId: string;
  quantity: number;
  note?: string | null;
  reference?: string | null;
  idempotencyKey: string;
}

/** Moves available (unreserved) units between warehouses: TRANSFER_OUT + TRANSFER_IN, together or not at all. */
export function transferStock(
  db: InventoryDb,
  caller: Caller,
  input: StockTransferInput,
): Promise<InventoryResult<{ source: StockLevelRow; destination: StockLevelRow }>> {
  if (input.fromWarehouseId === input.toWarehouseId) {
    return Promise.resolve(
      inventoryFail('INVALID_INPUT', 'Source and destination are the same warehouse', ['input', 'toWarehouseId']),
    );
  }
  const { idempotencyKey, ...normalized } = { ...input, note: input.note ?? null, reference: input.reference ?? null };
  return db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'stockTransfer', input: normalized },
      async () => {
        const errors = await checkWarehouses(sql, [
          { id: input.fromWarehouseId, field: ['input', 'fromWarehouseId'], mustBeActive: false },
          { id: input.toWarehouseId, field: ['input', 'toWarehouseId'], mustBeActive: true },
        ]);
        if (errors.length) return { ok: false, errors };
        const from = { variantId: input.variantId, warehouseId: input.fromWarehouseId };
        const to = { variantId: input.variantId, warehouseId: input.toWarehouseId };
        await ensureLevels(sql, caller.tenantId, [to]);
        const locked = await lockLevels(sql, [from, to]);
        const source = locked.get(levelKey(from.variantId, from.warehouseId));
        const free = source ? available(source) : 0;
        if (free < input.quantity) {
          return inventoryFail('INSUFFICIENT_STOCK', `Only ${free} units are available to transfer`, [
            'input',
            'quantity',
          ]);
        }
        const shared = { note: input.note, reference: input.reference, reservedDelta: 0 };
        const levels = await recordMovements(sql, tx, caller, [
          { ...from, ...shared, onHandDelta: -input.quantity, reason: 'TRANSFER_OUT' },
          { ...to, ...shared, onHandDelta: input.quantity, reason: 'TRANSFER_IN' },
        ]);
        const byWarehouse = new Map(levels.map((level) => [level.warehouseId, level]));
        return {
          ok: true,
          value: { source: byWarehouse.get(from.warehouseId)!, destination: byWarehouse.get(to.warehouseId)! },
        };
      },
    ),
  );
}

/** Sets (or clears, with null) a level's low-stock threshold; if that makes it low, `stock.low` is published. */
export function setThreshold(
  db: InventoryDb,
  caller: Caller,
  input: { variantId: string; warehouseId: string; threshold: number | null },
): Promise<InventoryResult<StockLevelRow>> {
  if (input.threshold !== null && (!Number.isInteger(input.threshold) || input.threshold < 0)) {
    return Promise.resolve(
      inventoryFail('INVALID_QUANTITY', 'A threshold is zero or more units', ['input', 'threshold']),
    );
  }
  return db.tx(async (sql, tx) => {
    const errors = await checkWarehouses(sql, [
      { id: input.warehouseId, field: ['input', 'warehouseId'], mustBeActive: false },
    ]);
    if (errors.length) return { ok: false, errors };
    const key = { variantId: input.variantId, warehouseId: input.warehouseId };
    await ensureLevels(sql, caller.tenantId, [key]);
    const before = (await lockLevels(sql, [key])).get(levelKey(key.variantId, key.warehouseId))!;
    const [updated] = await orm(sql, (db) =>
      db.stockLevel.updateManyAndReturn({
        where: key,
        data: { lowStockThreshold: input.threshold, updatedAt: new Date() },
        omit: { tenantId: true },
      }),
    );
    // the level was ensured and locked above, so the update found it
    const after = updated!;
    if (!isLow(before) && isLow(after)) await emitStockLow(tx, after, after.lowStockThreshold!);
    return { ok: true, value: after };
  });
}
