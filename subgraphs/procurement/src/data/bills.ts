import {
  type Connection,
  type CURSOR_KEYS,
  groupedByKeys,
  idOfJoined,
  type Keyed,
  keysetPage,
  MAX_MONEY_AMOUNT,
  ok,
  onceForKey,
  type Page,
  payloadError,
} from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import type { BillPostedPayload } from '../events/out/procurement-events.ts';
import { nextDocumentNumber } from './document-numbers.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';
import { type MatchReason, matchBillLine, parseRate, toBase } from './match.ts';
import { appendHistory } from './purchase-orders.ts';
import type { Actor } from './receipts.ts';
import type {
  BillKind,
  BillLineMatchStatus,
  BillLineRow,
  BillRow,
  BillStatus,
  HoldReason,
  OrderForBill,
  OrderLineForBill,
} from './rows.ts';
import { readSettings } from './settings.ts';

export type { BillKind, BillLineMatchStatus, BillLineRow, BillRow, BillStatus, HoldReason };

const BILL_FROM = `procurement.bills join procurement.suppliers s on s.tenant_id = bills.tenant_id and s.id = bills.supplier_id
  left join procurement.purchase_orders o on o.tenant_id = bills.tenant_id and o.id = bills.purchase_order_id`;

export const BILL_COLUMNS = `bills.id, bills.number, bills.kind, bills.supplier_id as "supplierId", s.name as "supplierName",
  bills.purchase_order_id as "purchaseOrderId", o.number as "purchaseOrderNumber",
  bills.supplier_invoice_number as "supplierInvoiceNumber", bills.status,
  to_char(bills.bill_date, 'YYYY-MM-DD') as "billDate", to_char(bills.due_date, 'YYYY-MM-DD') as "dueDate",
  bills.currency, bills.exchange_rate::text as "exchangeRate", bills.base_currency as "baseCurrency",
  bills.subtotal_amount::float8 as "subtotalAmount", bills.tax_amount::float8 as "taxAmount",
  bills.freight_amount::float8 as "freightAmount", bills.total_amount::float8 as "totalAmount",
  bills.base_tax_amount::float8 as "baseTaxAmount", bills.base_freight_amount::float8 as "baseFreightAmount",
  bills.base_total_amount::float8 as "baseTotalAmount", bills.hold_reasons as "holdReasons", bills.note,
  bills.created_by as "createdBy", bills.created_at as "createdAt", bills.released_by as "releasedBy",
  bills.released_at as "releasedAt", bills.release_comment as "releaseComment", bills.posted_at as "postedAt",
  bills.version`;

const LINE_COLUMNS = `b.id, b.bill_id as "billId", b.position, b.purchase_order_line_id as "purchaseOrderLineId",
  b.variant_id as "variantId", p.sku, b.description, b.quantity, b.unit_price::float8 as "unitPrice",
  b.amount::float8 as "amount", b.base_amount::float8 as "baseAmount",
  b.received_base_amount::float8 as "receivedBaseAmount", b.ordered_unit_cost::float8 as "orderedUnitCost",
  b.match_status as "matchStatus", b.match_reasons as "matchReasons"`;

export interface BillFilter {
  purchaseOrderId?: string | null;
  supplierId?: string | null;
  statuses?: readonly BillStatus[] | null;
}

/** A page of bills and credit notes, newest first: two statements whatever the page size. */
export function listBills(
  db: TenantDb,
  filter: BillFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<BillRow>>> {
  return db.run((sql) =>
    keysetPage<BillRow>(
      sql,
      {
        table: BILL_FROM,
        columns: BILL_COLUMNS,
        instant: 'bills.created_at',
        conditions: [
          filter.purchaseOrderId ? ['bills.purchase_order_id = ?', filter.purchaseOrderId] : null,
          filter.supplierId ? ['bills.supplier_id = ?', filter.supplierId] : null,
          filter.statuses?.length ? ['bills.status = any(?)', filter.statuses] : null,
        ],
        page,
      },
      { edit: idOfJoined('bills') },
    ),
  );
}

const billIn = (sql: Sql, id: string) =>
  one<BillRow>(sql, `select ${BILL_COLUMNS} from ${BILL_FROM} where bills.id = $1`, [id]);

export const billById = (db: TenantDb, id: string): Promise<BillRow | null> => db.run((sql) => billIn(sql, id));

async function linesIn(sql: Sql, billIds: readonly string[]) {
  const { rows } = await sql.query<BillLineRow>(
    `select ${LINE_COLUMNS} from procurement.bill_lines b
       left join procurement.purchase_order_lines p on p.tenant_id = b.tenant_id and p.id = b.purchase_order_line_id
      where b.bill_id = any($1) order by b.bill_id, b.position`,
    [billIds],
  );
  return rows;
}

/** The lines of many bills in one statement (a page's loader). */
export async function billLinesOf(db: TenantDb, billIds: readonly string[]): Promise<BillLineRow[][]> {
  const rows = await db.run((sql) => linesIn(sql, billIds));
  return groupedByKeys(billIds, rows, (row) => row.billId);
}

/** The bills and credit notes of many orders in one statement, newest first (an order page's loader). */
export async function billsOfOrders(db: TenantDb, orderIds: readonly string[]): Promise<BillRow[][]> {
  const rows = await db.run(async (sql) => {
    const result = await sql.query<BillRow>(
      `select ${BILL_COLUMNS} from ${BILL_FROM} where bills.purchase_order_id = any($1)
        order by bills.created_at desc, bills.id desc`,
      [orderIds],
    );
    return result.rows;
  });
  return groupedByKeys(orderIds, rows, (row) => row.purchaseOrderId as string);
}

export interface BillLineInput {
  purchaseOrderLineId?: string | null;
  description?: string | null;
  quantity: number;
  /** supplier currency minor units */
  unitPrice: number;
}

export interface BillCreateInput {
  kind: BillKind;
  supplierId?: string | null;
  purchaseOrderId?: string | null;
  supplierInvoiceNumber: string;
  /** YYYY-MM-DD */
  billDate: string;
  /** base minor units per supplier minor unit; the order's rate when left out */
  exchangeRate?: string | null;
  lines: readonly BillLineInput[];
  taxAmount?: number | null;
  freightAmount?: number | null;
  note?: string | null;
  idempotencyKey: string;
}

/** Orders bills may be entered against: from approval on (a cancelled order may have received goods). */
const BILLABLE_STATUSES = ['APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'];

const lineField = (index: number, field: string) => ['input', 'lines', String(index), field];

/** Locks the order and then its lines (the order receipts lock too, so the quantities hold still): row locks, hand SQL. */
async function lockOrderLines(sql: Sql, purchaseOrderId: string) {
  const order = await one<OrderForBill>(
    sql,
    `select id, number, supplier_id as "supplierId", status, currency, exchange_rate::text as "exchangeRate"
       from procurement.purchase_orders where id = $1 for update`,
    [purchaseOrderId],
  );
  if (!order) return null;
  const { rows } = await sql.query<OrderLineForBill>(
    `select id, variant_id as "variantId", description, quantity, quantity_cancelled as "quantityCancelled",
            quantity_received as "quantityReceived", quantity_billed as "quantityBilled", unit_cost::float8 as "unitCost",
            case when quantity_received > 0 then (received_base_value / quantity_received)::float8 else 0 end as "receivedBaseUnitCost"
       from procurement.purchase_order_lines where purchase_order_id = $1 order by position for update`,
    [purchaseOrderId],
  );
  return { order, lines: new Map(rows.map((row) => [row.id, row])) };
}

const addDays = (date: string, days: number) => {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

const receivedBase = (line: OrderLineForBill | undefined, quantity: number) =>
  line ? Math.round(quantity * line.receivedBaseUnitCost) : 0;

/**
 * Enters a supplier bill or credit note. A bill's lines on order lines are matched at once: all
 * within tolerance → POSTED (`procurement.bill.posted`, the lines' billed quantities counted), any
 * reason → HELD with the reasons per line (`procurement.bill.held`). A credit note is posted as
 * entered and takes its quantities off what was billed. Once per idempotency key; the supplier's
 * invoice number is unique per supplier (DUPLICATE_INVOICE_NUMBER).
 */
export function createBill(db: TenantDb, actor: Actor, input: BillCreateInput): Promise<ProcurementResult<BillRow>> {
  const { idempotencyKey, ...normalized } = input;
  const duplicate = payloadError(
    'DUPLICATE_INVOICE_NUMBER',
    `This supplier's ${input.kind === 'bill' ? 'invoice' : 'credit note'} ${input.supplierInvoiceNumber} is already entered`,
    ['input', 'supplierInvoiceNumber'],
  );
  return db.tx(
    (sql, tx) =>
      onceForKey(
        sql,
        tx,
        { schema: SCHEMA, key: idempotencyKey, operation: 'supplierBillCreate', input: normalized },
        async () => {
          if (input.lines.length === 0)
            return procurementFail('NO_LINES', 'A bill has at least one line', ['input', 'lines']);
          let locked: Awaited<ReturnType<typeof lockOrderLines>> = null;
          let supplierId = input.supplierId ?? null;
          if (input.purchaseOrderId) {
            locked = await lockOrderLines(sql, input.purchaseOrderId);
            if (!locked) return procurementFail('NOT_FOUND', 'No such purchase order', ['input', 'purchaseOrderId']);
            if (!BILLABLE_STATUSES.includes(locked.order.status)) {
              return procurementFail(
                'ORDER_NOT_BILLABLE',
                `Purchase order ${locked.order.number} is not approved yet: nothing can be billed against it`,
                ['input', 'purchaseOrderId'],
              );
            }
            if (supplierId && supplierId !== locked.order.supplierId) {
              return procurementFail('SUPPLIER_MISMATCH', 'The order is from another supplier', [
                'input',
                'supplierId',
              ]);
            }
            supplierId = locked.order.supplierId;
          }
          if (!supplierId) {
            return procurementFail('INVALID_INPUT', 'Name the supplier or the purchase order', ['input', 'supplierId']);
          }
          const id = supplierId;
          const supplier = await orm(sql, (db) =>
            db.supplier.findFirst({
              where: { id },
              select: { id: true, name: true, currency: true, paymentTermsDays: true },
            }),
          );
          if (!supplier) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
          const settings = await readSettings(sql);
          const currency = locked?.order.currency ?? supplier.currency;
          const rate =
            input.exchangeRate ?? locked?.order.exchangeRate ?? (currency === settings.baseCurrency ? '1' : null);
          if (rate === null) {
            return procurementFail(
              'EXCHANGE_RATE_REQUIRED',
              `Bills in ${currency} need the exchange rate to ${settings.baseCurrency}`,
              ['input', 'exchangeRate'],
            );
          }
          if (parseRate(rate) === null) {
            return procurementFail('INVALID_INPUT', 'A positive decimal, such as 1.0825', ['input', 'exchangeRate']);
          }
          const tolerances = {
            quantityPercent: settings.matchQuantityTolerancePercent,
            pricePercent: settings.matchPriceTolerancePercent,
            priceAmount: settings.matchPriceToleranceAmount,
          };
          const seen = new Set<string>();
          const lines: {
            purchaseOrderLineId: string | null;
            variantId: string | null;
            description: string;
            quantity: number;
            unitPrice: number;
            amount: number;
            baseAmount: number;
            receivedBaseAmount: number;
            orderedUnitCost: number | null;
            matchStatus: BillLineMatchStatus;
            matchReasons: MatchReason[];
          }[] = [];
          for (const [index, entry] of input.lines.entries()) {
            const orderLine = entry.purchaseOrderLineId ? locked?.lines.get(entry.purchaseOrderLineId) : undefined;
            if (entry.purchaseOrderLineId && !orderLine) {
              return procurementFail(
                'LINE_NOT_ON_ORDER',
                locked
                  ? `This line is not on purchase order ${locked.order.number}`
                  : 'Bill order lines with their purchase order',
                lineField(index, 'purchaseOrderLineId'),
              );
            }
            if (orderLine && seen.has(orderLine.id)) {
              return procurementFail(
                'DUPLICATE_LINE',
                'Each order line at most once per bill',
                lineField(index, 'purchaseOrderLineId'),
              );
            }
            if (orderLine) seen.add(orderLine.id);
            const description = entry.description?.trim() || orderLine?.description;
            if (!description) {
              return procurementFail(
                'INVALID_INPUT',
                'Describe a line that is not on the order',
                lineField(index, 'description'),
              );
            }
            if (input.kind === 'credit_note' && orderLine && entry.quantity > orderLine.quantityBilled) {
              return procurementFail(
                'CREDIT_EXCEEDS_BILLED',
                `Only ${orderLine.quantityBilled} of this line were billed`,
                lineField(index, 'quantity'),
              );
            }
            const reasons =
              input.kind === 'bill' && orderLine ? matchBillLine(entry, orderLine, tolerances) : ([] as MatchReason[]);
            const amount = entry.quantity * entry.unitPrice;
            lines.push({
              purchaseOrderLineId: orderLine?.id ?? null,
              variantId: orderLine?.variantId ?? null,
              description,
              quantity: entry.quantity,
              unitPrice: entry.unitPrice,
              amount,
              baseAmount: toBase(amount, rate),
              receivedBaseAmount: receivedBase(orderLine, entry.quantity),
              orderedUnitCost: orderLine?.unitCost ?? null,
              matchStatus:
                input.kind === 'bill' && orderLine ? (reasons.length ? 'MISMATCH' : 'MATCHED') : 'NOT_MATCHED',
              matchReasons: reasons,
            });
          }
          const taxAmount = input.taxAmount ?? 0;
          const freightAmount = input.freightAmount ?? 0;
          const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
          const total = subtotal + taxAmount + freightAmount;
          if (!Number.isSafeInteger(total) || total > MAX_MONEY_AMOUNT) {
            return procurementFail('AMOUNT_TOO_LARGE', 'The bill total is too large', ['input', 'lines']);
          }
          const baseTax = toBase(taxAmount, rate);
          const baseFreight = toBase(freightAmount, rate);
          const baseTotal = lines.reduce((sum, line) => sum + line.baseAmount, 0) + baseTax + baseFreight;
          const held = lines.some((line) => line.matchStatus === 'MISMATCH');
          const number = await nextDocumentNumber(sql, tx.tenantId, 'BILL');
          const created = (await one<{ id: string }>(
            sql,
            `insert into procurement.bills (tenant_id, number, kind, supplier_id, purchase_order_id, supplier_invoice_number,
             status, bill_date, due_date, currency, exchange_rate, base_currency, subtotal_amount, tax_amount, freight_amount,
             total_amount, base_tax_amount, base_freight_amount, base_total_amount, note, created_by, posted_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
             case when $7 = 'POSTED' then now() end)
           returning id`,
            [
              tx.tenantId,
              number,
              input.kind,
              supplier.id,
              locked?.order.id ?? null,
              input.supplierInvoiceNumber.trim(),
              held ? 'HELD' : 'POSTED',
              input.billDate,
              addDays(input.billDate, supplier.paymentTermsDays),
              currency,
              rate,
              settings.baseCurrency,
              subtotal,
              taxAmount,
              freightAmount,
              total,
              baseTax,
              baseFreight,
              baseTotal,
              input.note ?? null,
              actor.id,
            ],
          )) as { id: string };
          const { rows: ids } = await sql.query<{ id: string; position: number }>(
            `insert into procurement.bill_lines (tenant_id, bill_id, position, purchase_order_line_id, variant_id, description,
             quantity, unit_price, amount, base_amount, received_base_amount, ordered_unit_cost, match_status, match_reasons)
           select $1, $2, i.position, i.line_id, i.variant_id, i.description, i.quantity, i.unit_price, i.amount,
                  i.base_amount, i.received_base_amount, i.ordered_unit_cost, i.match_status, i.match_reasons
             from unnest($3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[],
                         $11::bigint[], $12::text[], $13::jsonb[])
                  with ordinality as i(line_id, variant_id, description, quantity, unit_price, amount, base_amount,
                                       received_base_amount, ordered_unit_cost, match_status, match_reasons, position)
           returning id, position`,
            [
              tx.tenantId,
              created.id,
              lines.map((line) => line.purchaseOrderLineId),
              lines.map((line) => line.variantId),
              lines.map((line) => line.description),
              lines.map((line) => line.quantity),
              lines.map((line) => line.unitPrice),
              lines.map((line) => line.amount),
              lines.map((line) => line.baseAmount),
              lines.map((line) => line.receivedBaseAmount),
              lines.map((line) => line.orderedUnitCost),
              lines.map((line) => line.matchStatus),
              lines.map((line) => JSON.stringify(line.matchReasons)),
            ],
          );
          const lineIds = new Map(ids.map((row) => [row.position, row.id]));
          if (held) {
            const reasons: HoldReason[] = lines.flatMap((line, index) =>
              line.matchReasons.map((reason) => ({ billLineId: lineIds.get(index + 1) as string, ...reason })),
            );
            await orm(sql, (db) =>
              db.bill.update({
                where: { tenantId_id: { tenantId: tx.tenantId, id: created.id } },
                data: { holdReasons: reasons as object[] },
                select: { id: true },
              }),
            );
            await tx.emit('procurement.bill.held', created.id, {
              billId: created.id,
              number,
              supplierId: supplier.id,
              reasons,
            });
          } else {
            await postLocked(sql, tx, created.id, actor);
          }
          return ok((await billIn(sql, created.id)) as BillRow);
        },
      ),
    { unique: { bills_supplier_invoice_number_key: duplicate } },
  );
}

/**
 * The posting step of a bill (at entry, or at release) inside the caller's transaction, the order's
 * lines locked: counts the billed quantities on the order lines (a credit note takes them off),
 * refreshes each line's received base amount at today's receipts, records it in the order's history
 * and emits `procurement.bill.posted` or `procurement.credit_note.posted`.
 */
async function postLocked(sql: Sql, tx: Parameters<Parameters<TenantDb['tx']>[0]>[1], billId: string, actor: Actor) {
  const bill = (await billIn(sql, billId)) as BillRow;
  const sign = bill.kind === 'bill' ? 1 : -1;
  await sql.query(
    `update procurement.bill_lines b
        set received_base_amount = case when p.quantity_received > 0
              then round(b.quantity * p.received_base_value / p.quantity_received) else 0 end
       from procurement.purchase_order_lines p
      where b.bill_id = $1 and p.tenant_id = b.tenant_id and p.id = b.purchase_order_line_id`,
    [billId],
  );
  const lines = await linesIn(sql, [billId]);
  const onOrder = lines.filter((line) => line.purchaseOrderLineId);
  if (onOrder.length) {
    await sql.query(
      `update procurement.purchase_order_lines p set quantity_billed = p.quantity_billed + i.quantity, updated_at = now()
         from unnest($1::uuid[], $2::int[]) as i(line_id, quantity) where p.id = i.line_id`,
      [onOrder.map((line) => line.purchaseOrderLineId), onOrder.map((line) => sign * line.quantity)],
    );
  }
  if (bill.purchaseOrderId) {
    const orderId = bill.purchaseOrderId;
    const moved = await orm(sql, (db) =>
      db.purchaseOrder.update({
        where: { tenantId_id: { tenantId: tx.tenantId, id: orderId } },
        data: { version: { increment: 1 }, updatedAt: new Date() },
        select: { version: true },
      }),
    );
    await appendHistory(
      sql,
      tx.tenantId,
      orderId,
      moved.version,
      bill.kind === 'bill' ? 'bill_posted' : 'credit_note_posted',
      actor,
      bill.releaseComment,
      {
        billId,
        billNumber: bill.number,
        supplierInvoiceNumber: bill.supplierInvoiceNumber,
        lines: onOrder.map((line) => ({ purchaseOrderLineId: line.purchaseOrderLineId, quantity: line.quantity })),
      },
    );
  }
  const payload: BillPostedPayload = {
    billId,
    number: bill.number,
    kind: bill.kind,
    supplierId: bill.supplierId,
    supplierName: bill.supplierName,
    ...(bill.purchaseOrderId ? { purchaseOrderId: bill.purchaseOrderId } : {}),
    billDate: bill.billDate,
    dueDate: bill.dueDate,
    currency: bill.currency,
    exchangeRate: bill.exchangeRate,
    baseCurrency: bill.baseCurrency,
    lines: lines.map((line) => ({
      billLineId: line.id,
      ...(line.purchaseOrderLineId ? { purchaseOrderLineId: line.purchaseOrderLineId } : {}),
      ...(line.variantId ? { variantId: line.variantId } : {}),
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: line.amount,
      baseAmount: line.baseAmount,
      receivedBaseAmount: line.receivedBaseAmount,
    })),
    taxAmount: bill.taxAmount,
    freightAmount: bill.freightAmount,
    totalAmount: bill.totalAmount,
    baseTaxAmount: bill.baseTaxAmount,
    baseFreightAmount: bill.baseFreightAmount,
    baseTotalAmount: bill.baseTotalAmount,
  };
  await tx.emit(bill.kind === 'bill' ? 'procurement.bill.posted' : 'procurement.credit_note.posted', billId, payload);
}

/** Releases a held bill (the caller has procurement:approve): the comment is recorded, the bill posted. */
export function releaseBill(
  db: TenantDb,
  actor: Actor,
  input: { billId: string; comment: string; expectedVersion?: number | null },
): Promise<ProcurementResult<BillRow>> {
  return db.tx(async (sql, tx) => {
    const comment = input.comment.trim();
    if (!comment)
      return procurementFail('COMMENT_REQUIRED', 'Say why the bill may be paid as it is', ['input', 'comment']);
    const found = await orm(sql, (db) =>
      db.bill.findFirst({ where: { id: input.billId }, select: { purchaseOrderId: true } }),
    );
    if (!found) return procurementFail('NOT_FOUND', 'No such bill', ['input', 'billId']);
    if (found.purchaseOrderId) await lockOrderLines(sql, found.purchaseOrderId);
    // a row lock (for update): hand SQL
    const bill = await one<{ status: BillStatus; version: number }>(
      sql,
      `select status, version from procurement.bills where id = $1 for update`,
      [input.billId],
    );
    if (bill?.status !== 'HELD') {
      return procurementFail('BILL_NOT_HELD', `This bill is ${bill?.status.toLowerCase()}, not held`, [
        'input',
        'billId',
      ]);
    }
    if (input.expectedVersion != null && input.expectedVersion !== bill.version) {
      return procurementFail('CONFLICT', 'The bill was changed by someone else; reload it', [
        'input',
        'expectedVersion',
      ]);
    }
    const releasedAt = new Date();
    await orm(sql, (db) =>
      db.bill.update({
        where: { tenantId_id: { tenantId: tx.tenantId, id: input.billId } },
        data: {
          status: 'POSTED',
          postedAt: releasedAt,
          releasedAt,
          releasedBy: actor.id,
          releaseComment: comment,
          version: { increment: 1 },
        },
        select: { id: true },
      }),
    );
    await postLocked(sql, tx, input.billId, actor);
    return ok((await billIn(sql, input.billId)) as BillRow);
  });
}

/** Cancels a held bill (the supplier sends a corrected one); nothing was posted, nothing is undone. */
export function cancelBill(db: TenantDb, actor: Actor, billId: string): Promise<ProcurementResult<BillRow>> {
  return db.tx(async (sql, tx) => {
    // a row lock (for update): hand SQL
    const bill = await one<{ status: BillStatus }>(
      sql,
      `select status from procurement.bills where id = $1 for update`,
      [billId],
    );
    if (!bill) return procurementFail('NOT_FOUND', 'No such bill', ['input', 'billId']);
    if (bill.status !== 'HELD') {
      return procurementFail(
        'BILL_NOT_HELD',
        `Only a held bill can be cancelled; this one is ${bill.status.toLowerCase()}`,
        ['input', 'billId'],
      );
    }
    await orm(sql, (db) =>
      db.bill.update({
        where: { tenantId_id: { tenantId: tx.tenantId, id: billId } },
        data: { status: 'CANCELLED', cancelledAt: new Date(), cancelledBy: actor.id, version: { increment: 1 } },
        select: { id: true },
      }),
    );
    return ok((await billIn(sql, billId)) as BillRow);
  });
}
