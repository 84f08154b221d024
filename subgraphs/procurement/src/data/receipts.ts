import {
  type Connection,
  type CURSOR_KEYS,
  groupedByKeys,
  idOfJoined,
  type Keyed,
  keysetPage,
  ok,
  onceForKey,
  type Page,
} from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import { nextDocumentNumber } from './document-numbers.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';
import type {
  OrderForReceipt,
  OrderLineForReceipt,
  PostedLine,
  ReceiptLineRow,
  ReceiptRow,
  ReceiptStatus,
  ReceivableLineRow,
} from './rows.ts';
import { readSettings } from './settings.ts';

export type { ReceiptLineRow, ReceiptRow, ReceiptStatus, ReceivableLineRow };

export const RECEIPT_COLUMNS = `receipts.id, receipts.number, receipts.purchase_order_id as "purchaseOrderId",
  o.number as "purchaseOrderNumber", o.supplier_id as "supplierId", receipts.warehouse_id as "warehouseId",
  receipts.status, receipts.note,
  (select coalesce(sum(l.accepted_quantity), 0)::int from procurement.receipt_lines l
    where l.tenant_id = receipts.tenant_id and l.receipt_id = receipts.id) as "acceptedQuantity",
  (select coalesce(sum(l.rejected_quantity), 0)::int from procurement.receipt_lines l
    where l.tenant_id = receipts.tenant_id and l.receipt_id = receipts.id) as "rejectedQuantity",
  receipts.created_by as "createdBy", receipts.created_at as "createdAt",
  receipts.posted_by as "postedBy", receipts.posted_at as "postedAt"`;

const RECEIPT_FROM = `procurement.receipts join procurement.purchase_orders o
  on o.tenant_id = receipts.tenant_id and o.id = receipts.purchase_order_id`;

const LINE_COLUMNS = `l.id, l.receipt_id as "receiptId", l.position, l.purchase_order_line_id as "purchaseOrderLineId",
  l.variant_id as "variantId", l.warehouse_id as "warehouseId", p.sku, p.description,
  l.accepted_quantity as "acceptedQuantity", l.rejected_quantity as "rejectedQuantity",
  l.rejection_reason as "rejectionReason", l.supplier_unit_cost::float8 as "supplierUnitCost",
  l.unit_cost::float8 as "unitCost"`;

/**
 * Orders a receipt may be posted against: approved (goods may come before the order is mailed) and
 * on; a received order still takes what its tolerance allows.
 */
export const RECEIVABLE_STATUSES = ['APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED'] as const;

export interface ReceiptFilter {
  purchaseOrderId?: string | null;
  statuses?: readonly ReceiptStatus[] | null;
}

/** A page of receipts, newest first: two statements whatever the page size. */
export function listReceipts(
  db: TenantDb,
  filter: ReceiptFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<ReceiptRow>>> {
  return db.run((sql) =>
    keysetPage<ReceiptRow>(
      sql,
      {
        table: RECEIPT_FROM,
        columns: RECEIPT_COLUMNS,
        instant: 'receipts.created_at',
        conditions: [
          filter.purchaseOrderId ? ['receipts.purchase_order_id = ?', filter.purchaseOrderId] : null,
          filter.statuses?.length ? ['receipts.status = any(?)', filter.statuses] : null,
        ],
        page,
      },
      { edit: idOfJoined('receipts') },
    ),
  );
}

const receiptIn = (sql: Sql, id: string) =>
  one<ReceiptRow>(sql, `select ${RECEIPT_COLUMNS} from ${RECEIPT_FROM} where receipts.id = $1`, [id]);

export const receiptById = (db: TenantDb, id: string): Promise<ReceiptRow | null> =>
  db.run((sql) => receiptIn(sql, id));

/** The lines of many receipts in one statement (a page's loader). */
export async function receiptLinesOf(db: TenantDb, receiptIds: readonly string[]): Promise<ReceiptLineRow[][]> {
  const rows = await db.run(async (sql) => {
    const result = await sql.query<ReceiptLineRow>(
      `select ${LINE_COLUMNS} from procurement.receipt_lines l
         join procurement.purchase_order_lines p on p.tenant_id = l.tenant_id and p.id = l.purchase_order_line_id
        where l.receipt_id = any($1) order by l.receipt_id, l.position`,
      [receiptIds],
    );
    return result.rows;
  });
  return groupedByKeys(receiptIds, rows, (row) => row.receiptId);
}

/** The receipts of many orders in one statement, newest first (an order page's loader). */
export async function receiptsOfOrders(db: TenantDb, orderIds: readonly string[]): Promise<ReceiptRow[][]> {
  const rows = await db.run(async (sql) => {
    const result = await sql.query<ReceiptRow>(
      `select ${RECEIPT_COLUMNS} from ${RECEIPT_FROM} where receipts.purchase_order_id = any($1)
        order by receipts.created_at desc, receipts.id desc`,
      [orderIds],
    );
    return result.rows;
  });
  return groupedByKeys(orderIds, rows, (row) => row.purchaseOrderId);
}

export interface ReceiptLineInput {
  purchaseOrderLineId: string;
  acceptedQuantity: number;
  rejectedQuantity?: number | null;
  rejectionReason?: string | null;
}

export interface ReceiptCreateInput {
  purchaseOrderId: string;
  warehouseId?: string | null;
  lines: readonly ReceiptLineInput[];
  note?: string | null;
  /** post at once (the warehouse's usual case) instead of leaving a draft */
  post?: boolean | null;
  idempotencyKey: string;
}

const lineField = (index: number, field: string) => ['input', 'lines', String(index), field];

/**
 * The most a line may have accepted in all: what is still ordered (ordered − cancelled) plus the
 * tenant's over-receipt tolerance, rounded down. Integer arithmetic on thousandths of a percent
 * (the column's precision), so 10 % of 10 is exactly 1.
 */
export function receivableLimit(
  line: Pick<OrderLineForReceipt, 'quantity' | 'quantityCancelled'>,
  tolerancePercent: number,
) {
  const open = Math.max(0, line.quantity - line.quantityCancelled);
  return Math.floor((open * (100_000 + Math.round(tolerancePercent * 1000))) / 100_000);
}

/** Locks the order (every receipt of it waits here, so the checks below see the latest quantities): a row lock, hand SQL. */
async function lockOrder(sql: Sql, purchaseOrderId: string) {
  return one<OrderForReceipt>(
    sql,
    `select id, number, supplier_id as "supplierId", status, currency, base_currency as "baseCurrency",
            exchange_rate::text as "exchangeRate", version
       from procurement.purchase_orders where id = $1 for update`,
    [purchaseOrderId],
  );
}

// on the receipt post path (infra/src/bench/receiving.ts): one plain statement kept hand SQL while hot
async function orderLines(sql: Sql, purchaseOrderId: string): Promise<Map<string, OrderLineForReceipt>> {
  const { rows } = await sql.query<OrderLineForReceipt>(
    `select id, variant_id as "variantId", warehouse_id as "warehouseId", quantity,
            quantity_cancelled as "quantityCancelled", quantity_received as "quantityReceived", unit_cost::float8 as "unitCost"
       from procurement.purchase_order_lines where purchase_order_id = $1`,
    [purchaseOrderId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Checks a receipt's lines against its (locked) order: every line on the order once, at the
 * receipt's warehouse, a reason for what is rejected, and the accepted total within the tolerance.
 */
function checkLines(
  order: OrderForReceipt,
  lines: Map<string, OrderLineForReceipt>,
  input: readonly ReceiptLineInput[],
  warehouseId: string,
  tolerancePercent: number,
): ProcurementResult<null> {
  if (!(RECEIVABLE_STATUSES as readonly string[]).includes(order.status)) {
    return procurementFail(
      'ORDER_NOT_RECEIVABLE',
      `Purchase order ${order.number} is ${order.status.toLowerCase().replace('_', ' ')}: nothing can be received against it`,
      ['input', 'purchaseOrderId'],
    );
  }
  if (input.length === 0) return procurementFail('NO_LINES', 'Receive at least one line', ['input', 'lines']);
  const seen = new Set<string>();
  for (const [index, entry] of input.entries()) {
    const line = lines.get(entry.purchaseOrderLineId);
    if (!line) {
      return procurementFail(
        'LINE_NOT_ON_ORDER',
        `This line is not on purchase order ${order.number}`,
        lineField(index, 'purchaseOrderLineId'),
      );
    }
    if (seen.has(line.id)) {
      return procurementFail(
        'DUPLICATE_LINE',
        'Each order line at most once per receipt',
        lineField(index, 'purchaseOrderLineId'),
      );
    }
    seen.add(line.id);
    if (line.warehouseId !== warehouseId) {
      return procurementFail(
        'WAREHOUSE_MISMATCH',
        'This line is destined for another warehouse: receive it there',
        lineField(index, 'purchaseOrderLineId'),
      );
    }
    const rejected = entry.rejectedQuantity ?? 0;
    if (entry.acceptedQuantity + rejected <= 0) {
      return procurementFail(
        'INVALID_QUANTITY',
        'Accept or reject at least one unit',
        lineField(index, 'acceptedQuantity'),
      );
    }
    if (rejected > 0 && !entry.rejectionReason?.trim()) {
      return procurementFail(
        'REJECTION_REASON_REQUIRED',
        'Say why units were rejected',
        lineField(index, 'rejectionReason'),
      );
    }
    const limit = receivableLimit(line, tolerancePercent);
    if (line.quantityReceived + entry.acceptedQuantity > limit) {
      const left = Math.max(0, limit - line.quantityReceived);
      return procurementFail(
        'OVER_RECEIPT',
        `At most ${left} more can be accepted (ordered ${line.quantity - line.quantityCancelled}, received ${line.quantityReceived}, tolerance ${tolerancePercent} %)`,
        lineField(index, 'acceptedQuantity'),
      );
    }
  }
  return ok(null);
}

export interface Actor {
  kind: string;
  id: string | null;
}

const POSTED_LINE_FIELDS = {
  id: true,
  purchaseOrderLineId: true,
  variantId: true,
  warehouseId: true,
  acceptedQuantity: true,
  rejectedQuantity: true,
  rejectionReason: true,
  position: true,
} as const;

const POSTED_LINE_COLUMNS = `id, purchase_order_line_id as "purchaseOrderLineId", variant_id as "variantId",
  warehouse_id as "warehouseId", accepted_quantity as "acceptedQuantity", rejected_quantity as "rejectedQuantity",
  rejection_reason as "rejectionReason", position`;

async function receiptLines(sql: Sql, receiptId: string): Promise<PostedLine[]> {
  return orm(sql, (db) =>
    db.receiptLine.findMany({ where: { receiptId }, orderBy: { position: 'asc' }, select: POSTED_LINE_FIELDS }),
  );
}

/**
 * Posts a draft receipt inside the caller's transaction, its order locked: adds the quantities to
 * the order lines with a conditional update (the database refuses what passes the tolerance even if
 * a check above were wrong), moves the order to PARTIALLY_RECEIVED or RECEIVED with a new version and
 * history, and emits `procurement.receipt.posted` with the base unit cost of every line.
 */
async function postLocked(
  sql: Sql,
  tx: Parameters<Parameters<TenantDb['tx']>[0]>[1],
  order: OrderForReceipt,
  receiptId: string,
  actor: Actor,
  tolerancePercent: number,
  /** the receipt's lines when the caller just wrote them (a receipt posted as it is created) */
  written?: readonly PostedLine[],
): Promise<ProcurementResult<null>> {
  const lines = written ? [...written].sort((a, b) => a.position - b.position) : await receiptLines(sql, receiptId);
  // the order lines take the quantities (refusing what passes the tolerance) and the receipt lines
  // the costs in one statement: a refusal rolls both back with the rest of the transaction
  const { rows: updated } = await sql.query<{ id: string; unitCost: number; baseUnitCost: number }>(
    `with input as (
       select * from unnest($2::uuid[], $3::int[], $4::int[]) as i(line_id, accepted, rejected)
     ), received as (
       update procurement.purchase_order_lines l
          set quantity_received = l.quantity_received + i.accepted,
              quantity_rejected = l.quantity_rejected + i.rejected,
              received_base_value = l.received_base_value + i.accepted * round(l.unit_cost * $5::numeric, 6),
              updated_at = now()
         from input i
        where l.id = i.line_id and l.purchase_order_id = $1
          and l.quantity_received + i.accepted
              <= floor(greatest(l.quantity - l.quantity_cancelled, 0) * (1 + $6::numeric / 100))
        returning l.id, l.unit_cost, round(l.unit_cost * $5::numeric, 6) as base_unit_cost
     ), costed as (
       update procurement.receipt_lines r
          set supplier_unit_cost = c.unit_cost, unit_cost = c.base_unit_cost
         from received c
        where r.receipt_id = $7 and r.purchase_order_line_id = c.id
     )
     select id, unit_cost::float8 as "unitCost", base_unit_cost::float8 as "baseUnitCost" from received`,
    [
      order.id,
      lines.map((line) => line.purchaseOrderLineId),
      lines.map((line) => line.acceptedQuantity),
      lines.map((line) => line.rejectedQuantity),
      order.exchangeRate,
      tolerancePercent,
      receiptId,
    ],
  );
  if (updated.length !== lines.length) {
    const missing = lines.findIndex((line) => !updated.some((row) => row.id === line.purchaseOrderLineId));
    return procurementFail(
      'OVER_RECEIPT',
      'More than ordered plus the tolerance would be received',
      lineField(missing, 'acceptedQuantity'),
    );
  }
  const costs = new Map(updated.map((row) => [row.id, row]));
  // the receipt is posted, the order moves on with a new version, and its history says so: one statement
  const receipt = (await one<{
    number: string;
    warehouseId: string;
    postedAt: string;
    status: string;
    version: number;
  }>(
    sql,
    `with posted as (
       update procurement.receipts set status = 'POSTED', posted_at = now(), posted_by = $2::text where id = $1
       returning number, warehouse_id,
                 to_char(posted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as posted_at
     ), moved as (
       update procurement.purchase_orders o
          set status = case when not exists (
                select 1 from procurement.purchase_order_lines l
                 where l.tenant_id = o.tenant_id and l.purchase_order_id = o.id
                   and l.quantity_received < l.quantity - l.quantity_cancelled) then 'RECEIVED' else 'PARTIALLY_RECEIVED' end,
              received_at = case when not exists (
                select 1 from procurement.purchase_order_lines l
                 where l.tenant_id = o.tenant_id and l.purchase_order_id = o.id
                   and l.quantity_received < l.quantity - l.quantity_cancelled) then coalesce(o.received_at, now())
                else o.received_at end,
              version = o.version + 1, updated_at = now()
        where o.id = $3
        returning status, version
     ), history as (
       insert into procurement.purchase_order_history (tenant_id, purchase_order_id, version, action, actor_kind, actor_id, changes)
       select $4, $3, moved.version, 'receipt_posted', $5, $2::text,
              $6::jsonb || jsonb_build_object('receiptNumber', posted.number,
                                              'status', jsonb_build_object('from', $7::text, 'to', moved.status))
         from posted, moved
     )
     select posted.number, posted.warehouse_id as "warehouseId", posted.posted_at as "postedAt", moved.status, moved.version
       from posted, moved`,
    [
      receiptId,
      actor.id,
      order.id,
      tx.tenantId,
      actor.kind,
      JSON.stringify({
        receiptId,
        lines: lines.map((line) => ({
          purchaseOrderLineId: line.purchaseOrderLineId,
          acceptedQuantity: line.acceptedQuantity,
          rejectedQuantity: line.rejectedQuantity,
        })),
      }),
      order.status,
    ],
  )) as { number: string; warehouseId: string; postedAt: string };
  await tx.emit('procurement.receipt.posted', receiptId, {
    receiptId,
    number: receipt.number,
    purchaseOrderId: order.id,
    purchaseOrderNumber: order.number,
    supplierId: order.supplierId,
    warehouseId: receipt.warehouseId,
    receivedAt: receipt.postedAt,
    baseCurrency: order.baseCurrency,
    lines: lines.map((line) => {
      const cost = costs.get(line.purchaseOrderLineId) as { unitCost: number; baseUnitCost: number };
      return {
        receiptLineId: line.id,
        purchaseOrderLineId: line.purchaseOrderLineId,
        variantId: line.variantId,
        warehouseId: line.warehouseId,
        acceptedQuantity: line.acceptedQuantity,
        rejectedQuantity: line.rejectedQuantity,
        ...(line.rejectionReason ? { rejectionReason: line.rejectionReason } : {}),
        unitCost: cost.baseUnitCost,
        supplierUnitCost: cost.unitCost,
        supplierCurrency: order.currency,
        exchangeRate: order.exchangeRate,
      };
    }),
  });
  return ok(null);
}

/** A receipt against lines of one order: a draft, or posted at once (`post`). Once per idempotency key. */
export function createReceipt(
  db: TenantDb,
  actor: Actor,
  input: ReceiptCreateInput,
): Promise<ProcurementResult<ReceiptRow>> {
  const { idempotencyKey, ...normalized } = input;
  return db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'receiptCreate', input: normalized },
      async () => {
        const order = await lockOrder(sql, input.purchaseOrderId);
        if (!order) return procurementFail('NOT_FOUND', 'No such purchase order', ['input', 'purchaseOrderId']);
        const lines = await orderLines(sql, order.id);
        const first = input.lines[0] ? lines.get(input.lines[0].purchaseOrderLineId) : undefined;
        const warehouseId = input.warehouseId ?? first?.warehouseId;
        const settings = await readSettings(sql);
        const checked = checkLines(order, lines, input.lines, warehouseId ?? '', settings.receiptOverTolerancePercent);
        if (!checked.ok) return checked;
        const number = await nextDocumentNumber(sql, tx.tenantId, 'GR');
        // hot (the receipt post path): hand SQL
        const created = (await one<{ id: string }>(
          sql,
          `insert into procurement.receipts (tenant_id, number, purchase_order_id, warehouse_id, note, created_by)
         values ($1, $2, $3, $4, $5, $6) returning id`,
          [tx.tenantId, number, order.id, warehouseId, input.note ?? null, actor.id],
        )) as { id: string };
        const { rows: written } = await sql.query<PostedLine>(
          `insert into procurement.receipt_lines (tenant_id, receipt_id, position, purchase_order_line_id, variant_id,
           warehouse_id, accepted_quantity, rejected_quantity, rejection_reason)
         select $1, $2, i.position, l.id, l.variant_id, l.warehouse_id, i.accepted, i.rejected, i.reason
           from unnest($3::uuid[], $4::int[], $5::int[], $6::text[]) with ordinality as i(line_id, accepted, rejected, reason, position)
           join procurement.purchase_order_lines l on l.id = i.line_id
         returning ${POSTED_LINE_COLUMNS}`,
          [
            tx.tenantId,
            created.id,
            input.lines.map((line) => line.purchaseOrderLineId),
            input.lines.map((line) => line.acceptedQuantity),
            input.lines.map((line) => line.rejectedQuantity ?? 0),
            input.lines.map((line) =>
              (line.rejectedQuantity ?? 0) > 0 ? (line.rejectionReason?.trim() ?? null) : null,
            ),
          ],
        );
        if (input.post) {
          const posted = await postLocked(
            sql,
            tx,
            order,
            created.id,
            actor,
            settings.receiptOverTolerancePercent,
            written,
          );
          if (!posted.ok) return posted;
        }
        return ok((await receiptIn(sql, created.id)) as ReceiptRow);
      },
    ),
  );
}

/** Posts a draft; posting a posted receipt again answers it unchanged (a retry), and emits nothing. */
export function postReceipt(db: TenantDb, actor: Actor, receiptId: string): Promise<ProcurementResult<ReceiptRow>> {
  return db.tx(async (sql, tx) => {
    const draft = await orm(sql, (db) =>
      db.receipt.findFirst({ where: { id: receiptId }, select: { purchaseOrderId: true } }),
    );
    if (!draft) return procurementFail('NOT_FOUND', 'No such receipt', ['input', 'receiptId']);
    // the order first, as every receipt does, then the receipt: no two posts of it pass this point at once
    const order = (await lockOrder(sql, draft.purchaseOrderId)) as OrderForReceipt;
    // a row lock (for update): hand SQL
    const receipt = await one<{ status: ReceiptStatus; warehouseId: string }>(
      sql,
      `select status, warehouse_id as "warehouseId" from procurement.receipts where id = $1 for update`,
      [receiptId],
    );
    if (receipt?.status === 'POSTED') return ok((await receiptIn(sql, receiptId)) as ReceiptRow);
    if (receipt?.status !== 'DRAFT') {
      return procurementFail('RECEIPT_NOT_DRAFT', 'This receipt was discarded', ['input', 'receiptId']);
    }
    const settings = await readSettings(sql);
    const entries: ReceiptLineInput[] = await orm(sql, (db) =>
      db.receiptLine.findMany({
        where: { receiptId },
        orderBy: { position: 'asc' },
        select: { purchaseOrderLineId: true, acceptedQuantity: true, rejectedQuantity: true, rejectionReason: true },
      }),
    );
    const checked = checkLines(
      order,
      await orderLines(sql, order.id),
      entries,
      receipt.warehouseId,
      settings.receiptOverTolerancePercent,
    );
    if (!checked.ok) return checked;
    const posted = await postLocked(sql, tx, order, receiptId, actor, settings.receiptOverTolerancePercent);
    if (!posted.ok) return posted;
    return ok((await receiptIn(sql, receiptId)) as ReceiptRow);
  });
}

/** A draft nobody will post: kept, marked discarded, so its number is not reused. */
export function discardReceipt(db: TenantDb, actor: Actor, receiptId: string): Promise<ProcurementResult<ReceiptRow>> {
  return db.tx(async (sql) => {
    const { count } = await orm(sql, (db) =>
      db.receipt.updateMany({
        where: { id: receiptId, status: { in: ['DRAFT', 'DISCARDED'] } },
        data: { status: 'DISCARDED', discardedAt: new Date(), discardedBy: actor.id },
      }),
    );
    if (!count) {
      const exists = await orm(sql, (db) => db.receipt.findFirst({ where: { id: receiptId }, select: { id: true } }));
      return exists
        ? procurementFail('RECEIPT_NOT_DRAFT', 'A posted receipt cannot be discarded', ['input', 'receiptId'])
        : procurementFail('NOT_FOUND', 'No such receipt', ['input', 'receiptId']);
    }
    return ok((await receiptIn(sql, receiptId)) as ReceiptRow);
  });
}

/**
 * What the receiving screen finds for a scanned or typed code: open lines of receivable orders whose
 * SKU, supplier SKU or order number is the code (case-insensitive), oldest order first.
 */
export function findReceivableLines(db: TenantDb, code: string, warehouseId: string | null, limit = 50) {
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReceivableLineRow>(
      `select o.id as "purchaseOrderId", o.number as "purchaseOrderNumber", o.status as "purchaseOrderStatus",
              o.supplier_id as "supplierId", l.id as "purchaseOrderLineId", l.variant_id as "variantId", l.sku,
              l.description, l.warehouse_id as "warehouseId", l.quantity as "quantityOrdered",
              l.quantity_cancelled as "quantityCancelled", l.quantity_received as "quantityReceived",
              l.quantity_rejected as "quantityRejected", l.quantity_billed as "quantityBilled",
              l.unit_cost::float8 as "unitCost", o.currency, to_char(coalesce(l.expected_at, o.expected_at), 'YYYY-MM-DD') as "expectedAt"
         from procurement.purchase_order_lines l
         join procurement.purchase_orders o on o.tenant_id = l.tenant_id and o.id = l.purchase_order_id
        where o.status = any($1)
          and (upper(o.number) = upper($2) or upper(l.sku) = upper($2) or upper(l.supplier_sku) = upper($2))
          and ($3::uuid is null or l.warehouse_id = $3)
        order by o.created_at, o.id, l.position
        limit $4`,
      [RECEIVABLE_STATUSES, code.trim(), warehouseId, limit],
    );
    return rows;
  });
}
