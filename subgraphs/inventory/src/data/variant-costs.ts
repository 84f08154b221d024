import type { InventoryDb, InventoryTx, Sql } from '../db.ts';

export interface VariantCostRow {
  variantId: string;
  /** decimal minor units of `currency`, exact (numeric read as text) */
  averageCost: string;
  currency: string;
  updatedAt: Date | string;
}

export interface ReceivedCost {
  variantId: string;
  accepted: number;
  /** decimal minor units of the base currency */
  unitCost: string;
}

/**
 * Folds a receipt's accepted units into each variant's moving-average cost (all warehouses):
 * avg' = (onHandBefore × avg + Σ accepted × unitCost) / (onHandBefore + Σ accepted), or the receipt's
 * own mean unit cost when nothing was on hand, no cost was known, or the known one is in another
 * currency. `onHandBefore` is the variant's on hand before this receipt, read under the locks the
 * caller holds on every level of the variant, so concurrent receipts of one variant fold in turn.
 * Exact decimal arithmetic in SQL (numeric), rounded to 6 places; publishes `variant_cost.changed`
 * with `effectiveAt`: from that moment on, goods leave at the new average.
 */
export async function foldReceiptCosts(
  sql: Sql,
  tx: InventoryTx,
  receipt: { tenantId: string; receiptId: string; currency: string },
  lines: ReceivedCost[],
  onHandBefore: Map<string, number>,
): Promise<void> {
  const received = lines.filter((line) => line.accepted > 0);
  if (received.length === 0) return;
  const variants = [...new Set(received.map((line) => line.variantId))].sort();
  const { rows } = await sql.query<{
    variantId: string;
    averageCost: string;
    accepted: number;
    unitCost: string;
    onHand: number;
    effectiveAt: Date;
  }>(
    `with lines as (
       select l.v, l.a, l.c from unnest($1::uuid[], $2::int[], $3::numeric[]) as l(v, a, c)
     ), received as (
       select v, sum(a)::int as acc, sum(a * c) as val from lines group by v
     ), folded as (
       select r.v, r.acc, r.val, b.before,
              round(case when b.before <= 0 or c.variant_id is null or c.currency <> $5
                         then r.val / r.acc
                         else (b.before * c.average_cost + r.val) / (b.before + r.acc) end, 6) as cost
         from received r
         join unnest($6::uuid[], $7::int[]) as b(v, before) on b.v = r.v
         left join variant_costs c on c.variant_id = r.v
     ), upserted as (
       insert into variant_costs (tenant_id, variant_id, average_cost, currency, last_receipt_id)
       select $4, f.v, f.cost, $5, $8 from folded f order by f.v
       on conflict (tenant_id, variant_id) do update set average_cost = excluded.average_cost,
         currency = excluded.currency, last_receipt_id = excluded.last_receipt_id, updated_at = now()
       returning variant_id, average_cost
     )
     select u.variant_id as "variantId", trim_scale(u.average_cost)::text as "averageCost", f.acc as accepted,
            trim_scale(round(f.val / f.acc, 6))::text as "unitCost", (f.before + f.acc)::int as "onHand",
            now() as "effectiveAt"
       from upserted u join folded f on f.v = u.variant_id order by u.variant_id`,
    [
      received.map((line) => line.variantId),
      received.map((line) => line.accepted),
      received.map((line) => line.unitCost),
      receipt.tenantId,
      receipt.currency,
      variants,
      variants.map((variantId) => onHandBefore.get(variantId) ?? 0),
      receipt.receiptId,
    ],
  );
  for (const row of rows) {
    await tx.emit('inventory.variant_cost.changed', row.variantId, {
      variantId: row.variantId,
      averageCost: row.averageCost,
      currency: receipt.currency,
      onHand: row.onHand,
      receiptId: receipt.receiptId,
      receivedQuantity: row.accepted,
      unitCost: row.unitCost,
      // the transaction's time, as the receipt's stock movements record it (their occurred_at)
      effectiveAt: new Date(row.effectiveAt).toISOString(),
    });
  }
}

/** The moving-average costs of N variants in one statement: the batch behind `VariantInventory.averageCost`. */
export function costsOfVariants(db: InventoryDb, variantIds: readonly string[]): Promise<VariantCostRow[]> {
  return db.run(async (sql) => {
    // hand SQL: numeric read as exact text with its trailing zeros trimmed (Prisma would hand a Decimal)
    const { rows } = await sql.query<VariantCostRow>(
      `select variant_id as "variantId", trim_scale(average_cost)::text as "averageCost", currency,
              updated_at as "updatedAt"
         from variant_costs where variant_id = any($1::uuid[])`,
      [[...variantIds]],
    );
    return rows;
  });
}
