import type { InventoryTx, Sql } from '../db.ts';
import type { Caller } from './caller.ts';
import {
  available,
  LEVEL_COLUMNS,
  levelKey,
  type MovementReason,
  type StockLevelRow,
  VARIANT_LEVEL_SELECT,
  type VariantLevel,
} from './rows.ts';

// Hand SQL throughout: stock rows are created and locked in one global order, and the ledger writes
// every movement of a change in one bulk statement (unnest): what Prisma cannot express.

export interface LevelKey {
  variantId: string;
  warehouseId: string;
}

export interface Movement extends LevelKey {
  onHandDelta: number;
  reservedDelta: number;
  reason: MovementReason;
  reference?: string | null;
  note?: string | null;
  reservationId?: string | null;
}

/** Sorted by (variant, warehouse): every transaction locks stock rows in this one order, so none deadlock. */
function sortedUnique(keys: LevelKey[]): LevelKey[] {
  const unique = new Map(keys.map((key) => [levelKey(key.variantId, key.warehouseId), key]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, key]) => key);
}

/** Creates missing rows (zero stock) so that they can be locked; an insert race ends in the same row. */
export async function ensureLevels(sql: Sql, tenantId: string, keys: LevelKey[]): Promise<void> {
  const sorted = sortedUnique(keys);
  await sql.query(
    `insert into stock_levels (tenant_id, variant_id, warehouse_id)
     select $3, k.v, k.w from unnest($1::uuid[], $2::uuid[]) with ordinality as k(v, w, n) order by k.n
     on conflict do nothing`,
    [sorted.map((key) => key.variantId), sorted.map((key) => key.warehouseId), tenantId],
  );
}

/**
 * Locks the given stock rows (FOR UPDATE, in (variant, warehouse) order) and returns them by key. A
 * concurrent writer waits here until this transaction ends, then reads the committed values.
 */
export async function lockLevels(sql: Sql, keys: LevelKey[]): Promise<Map<string, StockLevelRow>> {
  const sorted = sortedUnique(keys);
  const { rows } = await sql.query<StockLevelRow>(
    `select ${LEVEL_COLUMNS} from stock_levels
      where (variant_id, warehouse_id) in (select * from unnest($1::uuid[], $2::uuid[]))
      order by variant_id, warehouse_id for update`,
    [sorted.map((key) => key.variantId), sorted.map((key) => key.warehouseId)],
  );
  return new Map(rows.map((row) => [levelKey(row.variantId, row.warehouseId), row]));
}

/** Locks every stock row of these variants (all warehouses), in the same global order as `lockLevels`. */
export async function lockVariantLevels(sql: Sql, variantIds: string[]): Promise<VariantLevel[]> {
  const { rows } = await sql.query<VariantLevel>(
    `${VARIANT_LEVEL_SELECT}
      where s.variant_id = any($1::uuid[])
      order by s.variant_id, s.warehouse_id for update of s`,
    [[...new Set(variantIds)].sort()],
  );
  return rows;
}

interface VariantTotals {
  variantId: string;
  onHand: number;
  available: number;
}

/** On hand across all warehouses, available across active ones: the numbers `stock.changed` carries. */
export async function variantTotals(sql: Sql, variantIds: string[]): Promise<Map<string, VariantTotals>> {
  const { rows } = await sql.query<VariantTotals>(
    `select s.variant_id as "variantId", sum(s.on_hand)::int as "onHand",
            coalesce(sum(s.on_hand - s.reserved) filter (where w.active), 0)::int as available
       from stock_levels s join warehouses w on w.tenant_id = s.tenant_id and w.id = s.warehouse_id
      where s.variant_id = any($1::uuid[]) group by s.variant_id`,
    [[...new Set(variantIds)]],
  );
  return new Map(rows.map((row) => [row.variantId, row]));
}

/**
 * Applies movements to the stock rows (which the caller has locked and validated), appends them to
 * the ledger, and writes `stock.changed` (and `stock.low` on a downward crossing) to the outbox — all
 * in the caller's transaction. The table's CHECK (0 <= reserved <= on_hand) is the last line of
 * defence: a movement that would break it fails the whole transaction. Returns the updated rows.
 */
export async function recordMovements(
  sql: Sql,
  tx: InventoryTx,
  caller: Caller,
  movements: Movement[],
): Promise<StockLevelRow[]> {
  if (movements.length === 0) return [];
  const deltas = new Map<string, Movement>();
  for (const movement of movements) {
    const key = levelKey(movement.variantId, movement.warehouseId);
    const sum = deltas.get(key);
    deltas.set(
      key,
      sum
        ? {
            ...sum,
            onHandDelta: sum.onHandDelta + movement.onHandDelta,
            reservedDelta: sum.reservedDelta + movement.reservedDelta,
          }
        : { ...movement },
    );
  }
  const changes = sortedUnique([...deltas.values()]).map(
    (key) => deltas.get(levelKey(key.variantId, key.warehouseId))!,
  );
  // An update, not an upsert: Postgres checks CHECK constraints on an upsert's candidate row, which
  // for a negative delta is negative. The callers have created (ensureLevels) and locked the rows.
  const { rows: levels } = await sql.query<StockLevelRow>(
    `update stock_levels s set on_hand = s.on_hand + d.oh, reserved = s.reserved + d.r, updated_at = now()
       from unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) as d(v, w, oh, r)
      where s.variant_id = d.v and s.warehouse_id = d.w
     returning ${LEVEL_COLUMNS}`,
    [
      changes.map((change) => change.variantId),
      changes.map((change) => change.warehouseId),
      changes.map((change) => change.onHandDelta),
      changes.map((change) => change.reservedDelta),
    ],
  );
  if (levels.length !== changes.length) throw new Error('a stock movement names a stock row that does not exist');
  await sql.query(
    `insert into stock_movements (tenant_id, variant_id, warehouse_id, on_hand_delta, reserved_delta, reason,
       actor_kind, actor_id, reference, note, reservation_id)
     select $11, m.v, m.w, m.oh, m.r, m.reason, $6, $7, m.reference, m.note, m.reservation
       from unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $8::text[], $9::text[], $10::uuid[])
         as m(v, w, oh, r, reason, reference, note, reservation)`,
    [
      movements.map((movement) => movement.variantId),
      movements.map((movement) => movement.warehouseId),
      movements.map((movement) => movement.onHandDelta),
      movements.map((movement) => movement.reservedDelta),
      movements.map((movement) => movement.reason),
      caller.actorKind,
      caller.actorId,
      movements.map((movement) => movement.reference ?? null),
      movements.map((movement) => movement.note ?? null),
      movements.map((movement) => movement.reservationId ?? null),
      caller.tenantId,
    ],
  );
  await publishStockEvents(sql, tx, levels, deltas);
  return levels;
}

async function publishStockEvents(
  sql: Sql,
  tx: InventoryTx,
  levels: StockLevelRow[],
  deltas: Map<string, Movement>,
): Promise<void> {
  const totals = await variantTotals(
    sql,
    levels.map((level) => level.variantId),
  );
  for (const level of levels) {
    const total = totals.get(level.variantId);
    await tx.emit('inventory.stock.changed', level.variantId, {
      variantId: level.variantId,
      warehouseId: level.warehouseId,
      available: total?.available ?? 0,
      onHand: total?.onHand ?? 0,
    });
    const delta = deltas.get(levelKey(level.variantId, level.warehouseId));
    const threshold = level.lowStockThreshold;
    if (!delta || threshold === null) continue;
    const after = available(level);
    const before = after - (delta.onHandDelta - delta.reservedDelta);
    if (before > threshold && after <= threshold) await emitStockLow(tx, level, threshold);
  }
}

export function emitStockLow(tx: InventoryTx, level: StockLevelRow, threshold: number): Promise<void> {
  return tx.emit('inventory.stock.low', level.variantId, {
    variantId: level.variantId,
    warehouseId: level.warehouseId,
    available: available(level),
    threshold,
  });
}
