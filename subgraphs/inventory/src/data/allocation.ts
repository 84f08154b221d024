import { type InventoryError, inventoryError } from './errors.ts';
import { levelKey } from './rows.ts';

export interface RequestedLine {
  /** position in the input, for the error's field path */
  index: number;
  variantId: string;
  /** null: inventory picks the warehouse(s) */
  warehouseId: string | null;
  quantity: number;
}

export interface CandidateLevel {
  variantId: string;
  warehouseId: string;
  warehouseCode: string;
  warehouseActive: boolean;
  onHand: number;
  reserved: number;
}

export interface Allocation {
  variantId: string;
  warehouseId: string;
  quantity: number;
}

export interface KnownWarehouse {
  code: string;
  active: boolean;
}

/**
 * Decides where each requested line's units come from, given the locked stock rows. Pure and
 * deterministic: lines naming a warehouse are served first (they have no choice); the others take
 * the first active warehouse (by code) that can serve the whole quantity, and otherwise split across
 * active warehouses in code order. Every line that cannot be served gets its own error; the caller
 * reserves nothing unless there are none.
 */
export function allocate(
  lines: RequestedLine[],
  levels: CandidateLevel[],
  warehouses: Map<string, KnownWarehouse>,
): { allocations: Allocation[]; errors: InventoryError[] } {
  const free = new Map(
    levels.map((level) => [levelKey(level.variantId, level.warehouseId), level.onHand - level.reserved]),
  );
  const byVariant = new Map<string, CandidateLevel[]>();
  for (const level of levels) {
    if (!level.warehouseActive) continue;
    byVariant.set(level.variantId, [...(byVariant.get(level.variantId) ?? []), level]);
  }
  for (const candidates of byVariant.values()) {
    candidates.sort((a, b) =>
      a.warehouseCode === b.warehouseCode
        ? a.warehouseId.localeCompare(b.warehouseId)
        : a.warehouseCode.localeCompare(b.warehouseCode),
    );
  }
  const taken = new Map<string, Allocation>();
  const take = (variantId: string, warehouseId: string, quantity: number) => {
    const key = levelKey(variantId, warehouseId);
    free.set(key, (free.get(key) ?? 0) - quantity);
    const existing = taken.get(key);
    if (existing) existing.quantity += quantity;
    else taken.set(key, { variantId, warehouseId, quantity });
  };
  const errors: InventoryError[] = [];
  const field = (line: RequestedLine, name: string) => ['input', 'lines', String(line.index), name];
  const ordered = [...lines.filter((line) => line.warehouseId), ...lines.filter((line) => !line.warehouseId)];
  for (const line of ordered) {
    if (line.warehouseId) {
      const warehouse = warehouses.get(line.warehouseId);
      if (!warehouse) {
        errors.push(inventoryError('UNKNOWN_WAREHOUSE', 'No such warehouse', field(line, 'warehouseId')));
        continue;
      }
      if (!warehouse.active) {
        errors.push(
          inventoryError('WAREHOUSE_INACTIVE', `Warehouse ${warehouse.code} is inactive`, field(line, 'warehouseId')),
        );
        continue;
      }
      const units = free.get(levelKey(line.variantId, line.warehouseId)) ?? 0;
      if (units < line.quantity) {
        errors.push(insufficient(line, units, field(line, 'quantity')));
        continue;
      }
      take(line.variantId, line.warehouseId, line.quantity);
      continue;
    }
    const candidates = byVariant.get(line.variantId) ?? [];
    const unitsOf = (level: CandidateLevel) => Math.max(0, free.get(levelKey(level.variantId, level.warehouseId)) ?? 0);
    const total = candidates.reduce((sum, level) => sum + unitsOf(level), 0);
    if (total < line.quantity) {
      errors.push(insufficient(line, total, field(line, 'quantity')));
      continue;
    }
    const whole = candidates.find((level) => unitsOf(level) >= line.quantity);
    if (whole) {
      take(line.variantId, whole.warehouseId, line.quantity);
      continue;
    }
    let remaining = line.quantity;
    for (const level of candidates) {
      const units = Math.min(unitsOf(level), remaining);
      if (units > 0) take(line.variantId, level.warehouseId, units);
      remaining -= units;
      if (remaining === 0) break;
    }
  }
  return { allocations: errors.length ? [] : [...taken.values()], errors };
}

const insufficient = (line: RequestedLine, units: number, field: string[]) =>
  inventoryError('INSUFFICIENT_STOCK', `Only ${units} available of the ${line.quantity} requested`, field);
