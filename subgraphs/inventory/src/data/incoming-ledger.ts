import { orm, type Sql } from '../db.ts';
import { ensureLevels, type LevelKey, lockVariantLevels } from './ledger.ts';
import { levelKey } from './rows.ts';

/**
 * Inventory's ledger of purchase-order lines (`incoming_lines`), fed by procurement's events. Each
 * line contributes max(0, ordered − cancelled − received) to `stock_levels.incoming` of its variant ×
 * warehouse; every write here moves incoming by the difference of contributions, in the caller's
 * transaction, so events may arrive in any order, twice, or interleaved with receipts.
 */

export interface IncomingLineRow {
  purchaseOrderLineId: string;
  purchaseOrderId: string;
  variantId: string;
  warehouseId: string;
  ordered: number;
  cancelled: number;
  received: number;
  version: number | null;
}

/** Marks a receipt applied in this tenant; false when it already was (a redelivery or a replay). */
export async function markReceiptApplied(sql: Sql, tenantId: string, receiptId: string): Promise<boolean> {
  const marked = await orm(sql, (db) =>
    db.appliedReceipt.createMany({ data: [{ tenantId, receiptId }], skipDuplicates: true }),
  );
  return marked.count > 0;
}

export const contributionOf = (line: Pick<IncomingLineRow, 'ordered' | 'cancelled' | 'received'>) =>
  Math.max(0, line.ordered - line.cancelled - line.received);

export interface OrderLinesUpdate {
  purchaseOrderId: string;
  version: number;
  lines: {
    lineId: string;
    variantId: string;
    warehouseId: string;
    orderedQuantity: number;
    cancelledQuantity: number;
  }[];
}

export interface LineReceipt {
  purchaseOrderLineId: string;
  variantId: string;
  warehouseId: string;
  accepted: number;
}

const LINE_COLUMNS = `purchase_order_line_id as "purchaseOrderLineId", purchase_order_id as "purchaseOrderId",
  variant_id as "variantId", warehouse_id as "warehouseId", ordered, cancelled, received, version`;

/**
 * Every change to one order's lines runs after this lock (approved/changed/cancelled/closed and its
 * receipts): the ledger rows of an order are read, compared and written by one transaction at a time,
 * and different orders never wait for each other.
 */
export async function lockOrder(sql: Sql, purchaseOrderId: string): Promise<void> {
  await sql.query(
    `select pg_advisory_xact_lock(hashtextextended('inventory.incoming:' || current_setting('app.tenant_id') || ':' || $1, 0))`,
    [purchaseOrderId],
  );
}

async function linesOfOrder(
  sql: Sql,
  purchaseOrderId: string,
  lineIds: string[],
): Promise<Map<string, IncomingLineRow>> {
  const { rows } = await sql.query<IncomingLineRow>(
    `select ${LINE_COLUMNS} from incoming_lines where purchase_order_id = $1 or purchase_order_line_id = any($2::uuid[])`,
    [purchaseOrderId, lineIds],
  );
  return new Map(rows.map((row) => [row.purchaseOrderLineId, row]));
}

async function writeLines(sql: Sql, tenantId: string, lines: IncomingLineRow[]): Promise<void> {
  if (lines.length === 0) return;
  await sql.query(
    `insert into incoming_lines (tenant_id, purchase_order_line_id, purchase_order_id, variant_id, warehouse_id,
       ordered, cancelled, received, version)
     select $1, l.id, l.po, l.v, l.w, l.o, l.c, l.r, l.version
       from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::int[], $8::int[], $9::int[])
         as l(id, po, v, w, o, c, r, version)
     on conflict (tenant_id, purchase_order_line_id) do update set
       purchase_order_id = excluded.purchase_order_id, variant_id = excluded.variant_id,
       warehouse_id = excluded.warehouse_id, ordered = excluded.ordered, cancelled = excluded.cancelled,
       received = excluded.received, version = excluded.version, updated_at = now()`,
    [
      tenantId,
      lines.map((line) => line.purchaseOrderLineId),
      lines.map((line) => line.purchaseOrderId),
      lines.map((line) => line.variantId),
      lines.map((line) => line.warehouseId),
      lines.map((line) => line.ordered),
      lines.map((line) => line.cancelled),
      lines.map((line) => line.received),
      lines.map((line) => line.version),
    ],
  );
}

/** The difference each line change makes to its level's incoming (a line may move to another level). */
function incomingDeltas(
  changes: { before: IncomingLineRow | null; after: IncomingLineRow }[],
): Map<string, { key: LevelKey; delta: number }> {
  const deltas = new Map<string, { key: LevelKey; delta: number }>();
  const add = (line: IncomingLineRow, delta: number) => {
    if (delta === 0) return;
    const id = levelKey(line.variantId, line.warehouseId);
    const entry = deltas.get(id) ?? { key: { variantId: line.variantId, warehouseId: line.warehouseId }, delta: 0 };
    entry.delta += delta;
    deltas.set(id, entry);
  };
  for (const { before, after } of changes) {
    if (before) add(before, -contributionOf(before));
    add(after, contributionOf(after));
  }
  for (const [id, entry] of deltas) if (entry.delta === 0) deltas.delete(id);
  return deltas;
}

/**
 * Applies the changes to the ledger and to `stock_levels.incoming`. `extraKeys` are further levels
 * the caller is about to change (a receipt's on-hand): all are created and locked here, every level
 * of their variants at once and in the one global order, so nothing deadlocks with reservations or
 * another receipt. Returns the variants whose levels are now locked.
 */
async function apply(
  sql: Sql,
  tenantId: string,
  changes: { before: IncomingLineRow | null; after: IncomingLineRow }[],
  extraKeys: LevelKey[] = [],
) {
  const deltas = incomingDeltas(changes);
  const keys = [...[...deltas.values()].map((entry) => entry.key), ...extraKeys];
  if (keys.length) {
    await ensureLevels(sql, tenantId, keys);
    await lockVariantLevels(
      sql,
      keys.map((key) => key.variantId),
    );
  }
  await writeLines(
    sql,
    tenantId,
    changes.map((change) => change.after),
  );
  if (deltas.size === 0) return;
  const entries = [...deltas.values()];
  // the CHECK (incoming >= 0) is the last line of defence: the sums of contributions never go below 0
  await sql.query(
    `update stock_levels s set incoming = s.incoming + d.delta, updated_at = now()
       from unnest($1::uuid[], $2::uuid[], $3::int[]) as d(v, w, delta)
      where s.variant_id = d.v and s.warehouse_id = d.w`,
    [
      entries.map((entry) => entry.key.variantId),
      entries.map((entry) => entry.key.warehouseId),
      entries.map((entry) => entry.delta),
    ],
  );
}

/**
 * approved / changed / cancelled / closed: all of the order's lines as of `version`, absolute. The
 * event applies only when it is newer than the order's last applied version, and then to every
 * line: a line the newer version no longer lists was removed from the order and stops contributing.
 * An older or replayed event changes nothing, so the newest version wins in any arrival order.
 * Returns how many lines changed.
 */
export async function applyOrderLines(sql: Sql, tenantId: string, update: OrderLinesUpdate): Promise<number> {
  await lockOrder(sql, update.purchaseOrderId);
  const newer = await sql.query(
    `insert into incoming_orders (tenant_id, purchase_order_id, version) values ($1, $2, $3)
     on conflict (tenant_id, purchase_order_id) do update set version = excluded.version, updated_at = now()
       where incoming_orders.version < excluded.version`,
    [tenantId, update.purchaseOrderId, update.version],
  );
  if (newer.rowCount === 0) return 0;
  const stored = await linesOfOrder(
    sql,
    update.purchaseOrderId,
    update.lines.map((line) => line.lineId),
  );
  const ofOrder = [...stored.values()].filter((line) => line.purchaseOrderId === update.purchaseOrderId);
  const changes: { before: IncomingLineRow | null; after: IncomingLineRow }[] = [];
  const listed = new Set<string>();
  for (const line of update.lines) {
    listed.add(line.lineId);
    const before = stored.get(line.lineId) ?? null;
    changes.push({
      before,
      after: {
        purchaseOrderLineId: line.lineId,
        purchaseOrderId: update.purchaseOrderId,
        variantId: line.variantId,
        warehouseId: line.warehouseId,
        ordered: line.orderedQuantity,
        cancelled: line.cancelledQuantity,
        received: before?.received ?? 0,
        version: update.version,
      },
    });
  }
  for (const before of ofOrder) {
    if (listed.has(before.purchaseOrderLineId)) continue;
    changes.push({ before, after: { ...before, ordered: 0, cancelled: 0, version: update.version } });
  }
  await apply(sql, tenantId, changes);
  return changes.length;
}

/**
 * A posted receipt's accepted units, added to `received` of their order lines (a line no order event
 * has named yet is created with nothing ordered: the approval that follows sets it). `onHandKeys`
 * are the levels the receipt puts on hand, locked with the rest.
 */
export async function receiveOrderLines(
  sql: Sql,
  tenantId: string,
  purchaseOrderId: string,
  lines: LineReceipt[],
  onHandKeys: LevelKey[],
): Promise<void> {
  await lockOrder(sql, purchaseOrderId);
  const accepted = new Map<string, LineReceipt>();
  for (const line of lines) {
    const sum = accepted.get(line.purchaseOrderLineId);
    accepted.set(line.purchaseOrderLineId, sum ? { ...sum, accepted: sum.accepted + line.accepted } : { ...line });
  }
  const stored = await linesOfOrder(sql, purchaseOrderId, [...accepted.keys()]);
  const changes = [...accepted.values()]
    .filter((line) => line.accepted > 0)
    .map((line) => {
      const before = stored.get(line.purchaseOrderLineId) ?? null;
      const after: IncomingLineRow = before
        ? { ...before, received: before.received + line.accepted }
        : {
            purchaseOrderLineId: line.purchaseOrderLineId,
            purchaseOrderId,
            variantId: line.variantId,
            warehouseId: line.warehouseId,
            ordered: 0,
            cancelled: 0,
            received: line.accepted,
            version: null,
          };
      return { before, after };
    });
  await apply(sql, tenantId, changes, onHandKeys);
}
