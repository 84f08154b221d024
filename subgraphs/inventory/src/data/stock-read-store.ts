import { badUserInput, type CURSOR_KEYS, type Page, toConnection } from '@ucos/kit';
import { type InventoryDb, orm, type Sql } from '../db.ts';
import {
  LEVEL_COLUMNS,
  MOVEMENT_COLUMNS,
  type MovementReason,
  type StockLevelRow,
  type StockMovementRow,
  VARIANT_LEVEL_SELECT,
  type VariantLevel,
} from './rows.ts';

export interface StockLevelFilter {
  variantId?: string | null;
  /** any of these; an empty list matches nothing */
  variantIds?: readonly string[] | null;
  warehouseId?: string | null;
  lowStock?: boolean | null;
  /** the threshold of levels without their own (see `isLowAgainst`) */
  defaultLowStockThreshold: number;
}

/** Low against the effective threshold; the default threshold is the statement's parameter `$n`. */
const low = (n: number) => `on_hand - reserved <= coalesce(low_stock_threshold, $${n}::int)`;

export function listStockLevels(db: InventoryDb, page: Page<typeof CURSOR_KEYS.uuidPair>, filter: StockLevelFilter) {
  const [afterVariant, afterWarehouse] = page.after ?? [null, null];
  const where = (defaultParameter: number) => `($1::uuid is null or variant_id = $1)
    and ($2::uuid is null or warehouse_id = $2) and ($3::boolean is null or ($3 = (${low(defaultParameter)})))
    and ($${defaultParameter + 1}::uuid[] is null or variant_id = any($${defaultParameter + 1}))`;
  const values = [filter.variantId ?? null, filter.warehouseId ?? null, filter.lowStock ?? null];
  const variantIds = filter.variantIds ? [...filter.variantIds] : null;
  // hand SQL: a keyset listing on a row comparison and an arithmetic filter
  return db.run(async (sql) => {
    const { rows } = await sql.query<StockLevelRow>(
      `select ${LEVEL_COLUMNS} from stock_levels where ${where(7)}
         and ($4::uuid is null or (variant_id, warehouse_id) > ($4::uuid, $5::uuid))
       order by variant_id, warehouse_id limit $6`,
      [
        ...values,
        afterVariant ?? null,
        afterWarehouse ?? null,
        page.limit + 1,
        filter.defaultLowStockThreshold,
        variantIds,
      ],
    );
    const count = await sql.query<{ n: number }>(`select count(*)::int as n from stock_levels where ${where(4)}`, [
      ...values,
      filter.defaultLowStockThreshold,
      variantIds,
    ]);
    return toConnection(rows, page, count.rows[0]?.n ?? 0, (row) => [row.variantId, row.warehouseId]);
  });
}

/** Every stock row of N variants in one statement: the batch behind `ProductVariant.inventory`. */
export function levelsOfVariants(db: InventoryDb, variantIds: readonly string[]): Promise<VariantLevel[]> {
  // hand SQL: the product page's stock (a hot path), one joined statement per batch of variants
  return db.run(async (sql) => {
    const { rows } = await sql.query<VariantLevel>(
      `${VARIANT_LEVEL_SELECT} where s.variant_id = any($1::uuid[]) order by s.variant_id, w.code`,
      [[...variantIds]],
    );
    return rows;
  });
}

export interface StockMovementFilter {
  variantId?: string | null;
  warehouseId?: string | null;
  reason?: MovementReason | null;
  reservationId?: string | null;
}

/**
 * Newest first, in ledger order. The cursor is the movement's public id: the ledger sequence that
 * orders it is shared by every tenant and never leaves the database.
 */
export function listMovements(db: InventoryDb, page: Page<typeof CURSOR_KEYS.id>, filter: StockMovementFilter) {
  const where = `($1::uuid is null or variant_id = $1) and ($2::uuid is null or warehouse_id = $2)
    and ($3::text is null or reason = $3) and ($4::uuid is null or reservation_id = $4)`;
  const values = [
    filter.variantId ?? null,
    filter.warehouseId ?? null,
    filter.reason ?? null,
    filter.reservationId ?? null,
  ];
  // hand SQL: a keyset listing on the ledger's sequence, which never leaves the database
  return db.run(async (sql) => {
    let before: string | null = null;
    if (page.after !== null) {
      const { rows: found } = await sql.query<{ seq: string }>(
        'select id::text as seq from stock_movements where public_id = $1',
        [page.after[0]],
      );
      if (!found[0]) throw badUserInput('unknown cursor', ['after']);
      before = found[0].seq;
    }
    const { rows } = await sql.query<StockMovementRow>(
      // qualified: the select list's "id" is the public id, the ledger order is the table's own id
      `select ${MOVEMENT_COLUMNS} from stock_movements m where ${where} and ($5::bigint is null or m.id < $5)
        order by m.id desc limit $6`,
      [...values, before, page.limit + 1],
    );
    const count = await sql.query<{ n: number }>(
      `select count(*)::int as n from stock_movements where ${where}`,
      values,
    );
    return toConnection(rows, page, count.rows[0]?.n ?? 0, (row) => [row.id]);
  });
}

/** On hand per variant over all its warehouses (absent: no level), for the moving-average cost of a receipt. */
export async function onHandOfVariants(sql: Sql, variantIds: readonly string[]): Promise<Map<string, number>> {
  const sums = await orm(sql, (db) =>
    db.stockLevel.groupBy({ by: ['variantId'], where: { variantId: { in: [...variantIds] } }, _sum: { onHand: true } }),
  );
  return new Map(sums.map((sum) => [sum.variantId, sum._sum.onHand ?? 0]));
}
