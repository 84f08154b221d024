import { type CURSOR_KEYS, type Page, toConnection } from '@ucos/kit';
import type { InventoryDb } from '../db.ts';
import type { Caller } from './caller.ts';
import { type InventoryError, type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import { ensureLevels, lockLevels } from './ledger.ts';
import { LEVEL_COLUMNS, levelKey, type StockLevelRow } from './rows.ts';
import { checkWarehouses } from './stock-store.ts';
import { MAX_UNITS } from './validation.ts';

/** The most policies one bulk call sets: an import page, one transaction that stays short. */
export const MAX_REORDER_POLICIES = 500;

export interface ReorderPolicyInput {
  variantId: string;
  warehouseId: string;
  /** null (with reorderQuantity null) removes the policy */
  reorderPoint: number | null;
  reorderQuantity: number | null;
}

function policyProblems(policy: ReorderPolicyInput, field: string[]): InventoryError[] {
  const { reorderPoint: point, reorderQuantity: quantity } = policy;
  if ((point === null) !== (quantity === null)) {
    return [
      inventoryError(
        'INVALID_INPUT',
        'Give both a reorder point and a reorder quantity, or neither to remove the policy',
        [...field, point === null ? 'reorderPoint' : 'reorderQuantity'],
      ),
    ];
  }
  const problems: InventoryError[] = [];
  if (point !== null && (!Number.isInteger(point) || point < 0 || point > MAX_UNITS)) {
    problems.push(
      inventoryError('INVALID_QUANTITY', `A reorder point is 0 to ${MAX_UNITS} units`, [...field, 'reorderPoint']),
    );
  }
  if (quantity !== null && (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_UNITS)) {
    problems.push(
      inventoryError('INVALID_QUANTITY', `A reorder quantity is 1 to ${MAX_UNITS} units`, [
        ...field,
        'reorderQuantity',
      ]),
    );
  }
  return problems;
}

/** Where a policy sits in the mutation's input, for errors: the list, and the i-th policy. */
export interface PolicyPaths {
  list: string[];
  item: (index: number) => string[];
}

/** Sets (or removes) the reorder policy of each given level, all or nothing; the levels in input order. */
export function setReorderPolicies(
  db: InventoryDb,
  caller: Caller,
  policies: ReorderPolicyInput[],
  paths: PolicyPaths,
): Promise<InventoryResult<StockLevelRow[]>> {
  const fieldOf = paths.item;
  if (policies.length === 0 || policies.length > MAX_REORDER_POLICIES) {
    return Promise.resolve(inventoryFail('INVALID_INPUT', `Give 1 to ${MAX_REORDER_POLICIES} policies`, paths.list));
  }
  const problems: InventoryError[] = [];
  const seen = new Set<string>();
  policies.forEach((policy, index) => {
    problems.push(...policyProblems(policy, fieldOf(index)));
    const key = levelKey(policy.variantId, policy.warehouseId);
    if (seen.has(key)) {
      problems.push(inventoryError('INVALID_INPUT', 'This variant and warehouse are listed twice', fieldOf(index)));
    }
    seen.add(key);
  });
  if (problems.length) return Promise.resolve({ ok: false, errors: problems });
  return db.tx(async (sql) => {
    const errors = await checkWarehouses(
      sql,
      policies.map((policy, index) => ({
        id: policy.warehouseId,
        field: [...fieldOf(index), 'warehouseId'],
        mustBeActive: false,
      })),
    );
    if (errors.length) return { ok: false, errors };
    await ensureLevels(sql, caller.tenantId, policies);
    // in the one global row order, so a concurrent stock change or bulk set cannot deadlock with this
    await lockLevels(sql, policies);
    // hand SQL: every policy in one bulk update (unnest)
    const { rows } = await sql.query<StockLevelRow>(
      `update stock_levels s set reorder_point = p.point, reorder_quantity = p.quantity, updated_at = now()
         from unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) as p(v, w, point, quantity)
        where s.variant_id = p.v and s.warehouse_id = p.w
       returning ${LEVEL_COLUMNS}`,
      [
        policies.map((policy) => policy.variantId),
        policies.map((policy) => policy.warehouseId),
        policies.map((policy) => policy.reorderPoint),
        policies.map((policy) => policy.reorderQuantity),
      ],
    );
    const byKey = new Map(rows.map((row) => [levelKey(row.variantId, row.warehouseId), row]));
    return { ok: true, value: policies.map((policy) => byKey.get(levelKey(policy.variantId, policy.warehouseId))!) };
  });
}

/** A level at or below its reorder point, counting what is already on its way. */
export interface ReplenishmentNeedRow {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  incoming: number;
  reorderPoint: number;
  reorderQuantity: number;
}

/**
 * What to order for a need: enough to bring available + incoming back up to reorder point +
 * reorder quantity. A level is listed only at or below its point, so this is never less than the
 * reorder quantity and always ends above the point.
 */
export const shortfallOf = (need: ReplenishmentNeedRow) =>
  need.reorderPoint - (need.onHand - need.reserved + need.incoming) + need.reorderQuantity;

/**
 * Levels with a reorder policy whose available + incoming is at or below the reorder point, in
 * active warehouses (an inactive one takes no goods in), optionally only in the given warehouses;
 * in (variant, warehouse) order. Two statements whatever the page size: the page and its count (one
 * when totalCount is not asked for).
 */
export function listReplenishmentNeeds(
  db: InventoryDb,
  page: Page<typeof CURSOR_KEYS.uuidPair>,
  filter: { warehouseIds: string[] | null },
  /** false when the caller did not ask for totalCount: a caller paging through every need skips the count */
  counted = true,
) {
  const [afterVariant, afterWarehouse] = page.after ?? [null, null];
  const from = `from stock_levels s
      join warehouses w on w.tenant_id = s.tenant_id and w.id = s.warehouse_id and w.active
     where s.reorder_point is not null and s.on_hand - s.reserved + s.incoming <= s.reorder_point
       and ($1::uuid[] is null or s.warehouse_id = any($1::uuid[]))`;
  // hand SQL: a keyset listing over a join and an arithmetic condition on the row
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReplenishmentNeedRow>(
      `select s.variant_id as "variantId", s.warehouse_id as "warehouseId", s.on_hand as "onHand", s.reserved,
              s.incoming, s.reorder_point as "reorderPoint", s.reorder_quantity as "reorderQuantity"
         ${from} and ($2::uuid is null or (s.variant_id, s.warehouse_id) > ($2::uuid, $3::uuid))
        order by s.variant_id, s.warehouse_id limit $4`,
      [filter.warehouseIds, afterVariant ?? null, afterWarehouse ?? null, page.limit + 1],
    );
    const count = counted
      ? (await sql.query<{ n: number }>(`select count(*)::int as n ${from}`, [filter.warehouseIds])).rows[0]?.n
      : 0;
    return toConnection(rows, page, count ?? 0, (row) => [row.variantId, row.warehouseId]);
  });
}
