import {
  type Connection,
  type CURSOR_KEYS,
  type Keyed,
  keysetPage,
  MAX_MONEY_AMOUNT,
  ok,
  onceForKey,
  type Page,
  type UnitOfWorkTx,
} from '@ucos/kit';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { SCHEMA } from '../deps.ts';
import type {
  ProcurementEvents,
  PurchaseOrderLinesPayload,
  PurchaseOrderSubmittedPayload,
} from '../events/out/procurement-events.ts';
import type { CatalogPort, VariantSnapshot } from '../ports/catalog.ts';
import type { WorkflowsPort } from '../ports/workflows.ts';
import { nextDocumentNumber } from './document-numbers.ts';
import { type ProcurementResult, procurementFail } from './errors.ts';
import { APPROVED_STATUSES, canMove, EDITABLE_STATUSES, PURCHASE_ORDER_TRANSITIONS } from './machines.ts';
import { pluginsOnSubmit } from './purchase-order-hooks.ts';
import {
  type HistoryRow,
  historyRow,
  LINE_COLUMNS,
  PURCHASE_ORDER_COLUMNS,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
  type PurchaseOrderStatus,
  purchaseOrderRow,
  type SupplierItemRow,
  type SupplierRow,
} from './rows.ts';
import { readSettings } from './settings.ts';

type Tx = UnitOfWorkTx<ProcurementEvents, string>;
/** At most this many lines on one order (and per edit). */
export const MAX_LINES = 500;

export interface Actor {
  kind: string;
  id: string | null;
}

// Reads

// hot: submitting reads the order through it, and Prisma measured slower on the write path (see
// infra/bench/results/issue-10-conventions.md)
export async function ordersByIds(sql: Sql, ids: readonly string[]): Promise<PurchaseOrderRow[]> {
  const { rows } = await sql.query<PurchaseOrderRow>(
    `select ${PURCHASE_ORDER_COLUMNS} from procurement.purchase_orders where id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

export const purchaseOrderById = (db: TenantDb, id: string) =>
  db.run(async (sql) => (await ordersByIds(sql, [id]))[0] ?? null);

// hot: the order list's lines (a loader) and sending read through it; Prisma measured slower here
export async function linesOfOrders(sql: Sql, orderIds: readonly string[]): Promise<PurchaseOrderLineRow[]> {
  const { rows } = await sql.query<PurchaseOrderLineRow>(
    `select ${LINE_COLUMNS} from procurement.purchase_order_lines where purchase_order_id = any($1::uuid[])
      order by purchase_order_id, position`,
    [orderIds],
  );
  return rows;
}

export async function historyOfOrders(sql: Sql, orderIds: readonly string[]): Promise<HistoryRow[]> {
  const rows = await orm(sql, (db) =>
    db.purchaseOrderHistory.findMany({
      where: { purchaseOrderId: { in: [...orderIds] } },
      orderBy: [{ purchaseOrderId: 'asc' }, { version: 'asc' }],
    }),
  );
  return rows.map(historyRow);
}

/** Open (approved, not fully received, not closed or cancelled) orders of these suppliers. */
export async function openOrdersOfSuppliers(sql: Sql, supplierIds: readonly string[]): Promise<PurchaseOrderRow[]> {
  const rows = await orm(sql, (db) =>
    db.purchaseOrder.findMany({
      where: {
        supplierId: { in: [...supplierIds] },
        status: { in: ['DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED'] },
      },
      orderBy: [{ supplierId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
    }),
  );
  return rows.map(purchaseOrderRow);
}

export interface PurchaseOrderFilter {
  statuses?: readonly PurchaseOrderStatus[] | null;
  supplierId?: string | null;
  /** the order number or the supplier's name or code contains it */
  query?: string | null;
}

/**
 * Newest first, keyset-paged: two statements per page whatever its size (lines and suppliers are batched by
 * loaders). The kit's keyset statements with a pattern over a subquery: hand SQL.
 */
export function listPurchaseOrders(
  db: TenantDb,
  filter: PurchaseOrderFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<PurchaseOrderRow>>> {
  const query = filter.query?.trim();
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  // the pattern is used three times: the one placeholder keysetListStatements numbered stands for all
  const reuse = (text: string) => {
    const match = /number ilike (\$\d+)/.exec(text);
    return match ? text.replaceAll('$PATTERN', match[1] as string) : text;
  };
  return db.run((sql) =>
    keysetPage<PurchaseOrderRow>(
      sql,
      {
        table: 'procurement.purchase_orders',
        columns: PURCHASE_ORDER_COLUMNS,
        conditions: [
          filter.statuses?.length ? ['status = any(?::text[])', filter.statuses] : null,
          filter.supplierId ? ['supplier_id = ?::uuid', filter.supplierId] : null,
          pattern
            ? [
                `(number ilike ? or supplier_id in (select s.id from procurement.suppliers s where s.name ilike $PATTERN or s.code ilike $PATTERN))`,
                pattern,
              ]
            : null,
        ],
        page,
      },
      { edit: reuse },
    ),
  );
}

// Writes: shared steps

// a row lock (for update): hand SQL
async function lockOrder(sql: Sql, id: string): Promise<PurchaseOrderRow | null> {
  return one<PurchaseOrderRow>(
    sql,
    `select ${PURCHASE_ORDER_COLUMNS} from procurement.purchase_orders where id = $1 for update`,
    [id],
  );
}

/**
 * One more line of the order's history, at the version the write gave it. Every write of an order ends
 * with it (hot: Prisma measured slower on the create, submit and send path), so hand SQL.
 */
export async function appendHistory(
  sql: Sql,
  tenantId: string,
  orderId: string,
  version: number,
  action: string,
  actor: Actor,
  comment: string | null,
  changes: Record<string, unknown> = {},
) {
  await sql.query(
    `insert into procurement.purchase_order_history (tenant_id, purchase_order_id, version, action, actor_kind, actor_id, comment, changes)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [tenantId, orderId, version, action, actor.kind, actor.id, comment, JSON.stringify(changes)],
  );
}

/**
 * Recomputes the order's totals from its lines (cancelled quantities are not bought): per line
 * quantity × unit cost plus its tax rounded half away from zero; base amounts at the recorded rate.
 * An order whose total would pass MAX_MONEY_AMOUNT is AMOUNT_TOO_LARGE. An aggregate written back in
 * one statement: hand SQL.
 */
async function recomputeTotals(sql: Sql, orderId: string): Promise<ProcurementResult<null>> {
  const totals = await one<{ total: string; baseTotal: string }>(
    sql,
    `with lines as (
       select (quantity - quantity_cancelled)::numeric * unit_cost as amount, tax_rate
         from procurement.purchase_order_lines where purchase_order_id = $1
     ), sums as (
       select coalesce(sum(amount), 0) as subtotal, coalesce(sum(round(amount * tax_rate / 100)), 0) as tax from lines
     )
     update procurement.purchase_orders po set subtotal_amount = s.subtotal, tax_amount = s.tax, total_amount = s.subtotal + s.tax,
            base_subtotal_amount = round(s.subtotal * po.exchange_rate), base_tax_amount = round(s.tax * po.exchange_rate),
            base_total_amount = round(s.subtotal * po.exchange_rate) + round(s.tax * po.exchange_rate)
       from sums s where po.id = $1
     returning po.total_amount::text as total, po.base_total_amount::text as "baseTotal"`,
    [orderId],
  );
  if (totals && (Number(totals.total) > MAX_MONEY_AMOUNT || Number(totals.baseTotal) > MAX_MONEY_AMOUNT)) {
    return procurementFail('AMOUNT_TOO_LARGE', 'The order total would be too large', ['input', 'lines']);
  }
  return ok(null);
}

/** The header's new version and the transition's columns, in the one `update … returning` every write ends with. */
async function bumpVersion(sql: Sql, orderId: string, sets = '', values: unknown[] = []): Promise<PurchaseOrderRow> {
  const row = await one<PurchaseOrderRow>(
    sql,
    `update procurement.purchase_orders set version = version + 1, updated_at = now()${sets ? `, ${sets}` : ''} where id = $1
     returning ${PURCHASE_ORDER_COLUMNS}`,
    [orderId, ...values],
  );
  return row as PurchaseOrderRow;
}

/** The contract's lines payload: per line what is ordered and what will not arrive, at the order's version. */
export function linesPayload(
  order: PurchaseOrderRow,
  lines: readonly PurchaseOrderLineRow[],
): PurchaseOrderLinesPayload {
  return {
    purchaseOrderId: order.id,
    number: order.number,
    supplierId: order.supplierId,
    version: order.version,
    lines: lines.map((line) => ({
      lineId: line.id,
      variantId: line.variantId,
      warehouseId: line.warehouseId,
      orderedQuantity: line.quantity,
      cancelledQuantity: line.quantityCancelled,
    })),
  };
}

const EXCHANGE_RATE = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,10})?$/;

/** A decimal rate > 0 with at most 10 integer and 10 fractional digits, or null when it is not one. */
export function parseExchangeRate(value: string): string | null {
  const trimmed = value.trim();
  if (!EXCHANGE_RATE.test(trimmed) || Number(trimmed) <= 0) return null;
  return trimmed;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string) =>
  isoDate.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

// Create

export interface LineInput {
  variantId: string;
  quantity: number;
  /** supplier currency minor units; default: the supplier item's cost */
  unitCost?: number | null;
  /** percent */
  taxRate?: number | null;
  /** default: the order's destination */
  warehouseId?: string | null;
  expectedAt?: string | null;
}

export interface CreateInput {
  supplierId: string;
  warehouseId?: string | null;
  expectedAt?: string | null;
  /** base minor units per supplier minor unit; required when the supplier's currency is not the base currency */
  exchangeRate?: string | null;
  notes?: string | null;
  lines: readonly LineInput[];
  idempotencyKey?: string | null;
}

interface PreparedLine {
  variantId: string;
  sku: string;
  description: string;
  supplierSku: string | null;
  warehouseId: string;
  quantity: number;
  unitCost: number;
  taxRate: number;
  expectedAt: string | null;
}

/** Fills a line's defaults (supplier item cost and SKU, the order's warehouse) and checks what needs the database. */
async function prepareLines(
  sql: Sql,
  supplierId: string,
  lines: readonly LineInput[],
  snapshots: Map<string, VariantSnapshot>,
  defaultWarehouse: string | null,
  path: string,
): Promise<ProcurementResult<PreparedLine[]>> {
  // hot (creating an order): hand SQL, typed from the model
  const { rows: items } = await sql.query<Pick<SupplierItemRow, 'variantId' | 'unitCost' | 'supplierSku'>>(
    `select variant_id as "variantId", unit_cost::float8 as "unitCost", supplier_sku as "supplierSku"
       from procurement.supplier_items where supplier_id = $1 and variant_id = any($2::uuid[])`,
    [supplierId, lines.map((line) => line.variantId)],
  );
  const itemOf = new Map(items.map((item) => [item.variantId, item]));
  const prepared: PreparedLine[] = [];
  for (const [index, line] of lines.entries()) {
    const at = (field: string) => ['input', path, String(index), field];
    const snapshot = snapshots.get(line.variantId);
    if (!snapshot) return procurementFail('UNKNOWN_VARIANT', 'The catalog has no such variant', at('variantId'));
    const item = itemOf.get(line.variantId);
    const unitCost = line.unitCost ?? item?.unitCost;
    if (unitCost == null) {
      return procurementFail(
        'INVALID_AMOUNT',
        'The supplier has no cost for this variant: give a unit cost',
        at('unitCost'),
      );
    }
    const warehouseId = line.warehouseId ?? defaultWarehouse;
    if (!warehouseId) {
      return procurementFail('INVALID_INPUT', 'Give the line or the order a destination warehouse', at('warehouseId'));
    }
    if (line.expectedAt && !validDate(line.expectedAt)) {
      return procurementFail('INVALID_INPUT', 'Not a date (YYYY-MM-DD)', at('expectedAt'));
    }
    prepared.push({
      variantId: line.variantId,
      sku: snapshot.sku,
      description: snapshot.description,
      supplierSku: item?.supplierSku ?? null,
      warehouseId,
      quantity: line.quantity,
      unitCost,
      taxRate: line.taxRate ?? 0,
      expectedAt: line.expectedAt ?? null,
    });
  }
  return ok(prepared);
}

// a bulk write of every line in one statement (`unnest … with ordinality`): hand SQL
async function insertLines(sql: Sql, tenantId: string, orderId: string, firstPosition: number, lines: PreparedLine[]) {
  if (lines.length === 0) return [];
  const { rows } = await sql.query<PurchaseOrderLineRow>(
    `insert into procurement.purchase_order_lines (tenant_id, purchase_order_id, position, variant_id, sku, description, supplier_sku,
       warehouse_id, quantity, unit_cost, tax_rate, expected_at)
     select $1, $2, $3 + l.ordinality - 1, l.variant_id, l.sku, l.description, l.supplier_sku, l.warehouse_id, l.quantity,
            l.unit_cost, l.tax_rate, l.expected_at
       from unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::int[], $10::bigint[], $11::numeric[],
                   $12::date[]) with ordinality
            as l(variant_id, sku, description, supplier_sku, warehouse_id, quantity, unit_cost, tax_rate, expected_at)
     returning ${LINE_COLUMNS}`,
    [
      tenantId,
      orderId,
      firstPosition,
      lines.map((line) => line.variantId),
      lines.map((line) => line.sku),
      lines.map((line) => line.description),
      lines.map((line) => line.supplierSku),
      lines.map((line) => line.warehouseId),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitCost),
      lines.map((line) => line.taxRate),
      lines.map((line) => line.expectedAt),
    ],
  );
  return rows;
}

const lineSummary = (
  line: Pick<PreparedLine, 'variantId' | 'sku' | 'quantity' | 'unitCost' | 'taxRate' | 'warehouseId'>,
) => ({
  variantId: line.variantId,
  sku: line.sku,
  quantity: line.quantity,
  unitCost: line.unitCost,
  taxRate: line.taxRate,
  warehouseId: line.warehouseId,
});

/** A draft order for one supplier, its lines' SKU and description taken from catalog now. Returns its id. */
export async function createPurchaseOrder(
  db: TenantDb,
  catalog: CatalogPort,
  actor: Actor,
  input: CreateInput,
): Promise<ProcurementResult<string>> {
  if (input.lines.length > MAX_LINES) {
    return procurementFail('INVALID_INPUT', `At most ${MAX_LINES} lines`, ['input', 'lines']);
  }
  if (input.expectedAt && !validDate(input.expectedAt)) {
    return procurementFail('INVALID_INPUT', 'Not a date (YYYY-MM-DD)', ['input', 'expectedAt']);
  }
  const snapshots = await catalog.snapshots(
    db.tenantId,
    input.lines.map((line) => line.variantId),
  );
  const { idempotencyKey, ...request } = input;
  return db.tx(async (sql, tx) =>
    onceForKey(sql, tx, { schema: SCHEMA, key: idempotencyKey, operation: 'purchaseOrderCreate', input: request }, () =>
      createInTx(sql, tx, actor, input, snapshots),
    ),
  );
}

async function createInTx(
  sql: Sql,
  tx: Tx,
  actor: Actor,
  input: Omit<CreateInput, 'idempotencyKey'>,
  snapshots: Map<string, VariantSnapshot>,
  path = 'lines',
): Promise<ProcurementResult<string>> {
  // the create path is hot: hand SQL, typed from the model
  const supplier = await one<Pick<SupplierRow, 'currency' | 'active'>>(
    sql,
    'select currency, active from procurement.suppliers where id = $1',
    [input.supplierId],
  );
  if (!supplier) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
  if (!supplier.active) {
    return procurementFail('SUPPLIER_INACTIVE', 'The supplier is inactive', ['input', 'supplierId']);
  }
  const settings = await readSettings(sql);
  let rate = '1';
  if (input.exchangeRate != null) {
    const parsed = parseExchangeRate(input.exchangeRate);
    if (!parsed)
      return procurementFail('INVALID_INPUT', 'Not an exchange rate (a decimal > 0)', ['input', 'exchangeRate']);
    rate = parsed;
  }
  if (supplier.currency === settings.baseCurrency && Number(rate) !== 1) {
    return procurementFail('INVALID_INPUT', 'The supplier bills in the base currency: the rate is 1', [
      'input',
      'exchangeRate',
    ]);
  }
  if (supplier.currency !== settings.baseCurrency && input.exchangeRate == null) {
    return procurementFail(
      'INVALID_INPUT',
      `The supplier bills in ${supplier.currency}: give the rate to ${settings.baseCurrency}`,
      ['input', 'exchangeRate'],
    );
  }
  const prepared = await prepareLines(sql, input.supplierId, input.lines, snapshots, input.warehouseId ?? null, path);
  if (!prepared.ok) return prepared;
  const number = await nextDocumentNumber(sql, tx.tenantId, 'PO');
  const order = (await one<Pick<PurchaseOrderRow, 'id'>>(
    sql,
    `insert into procurement.purchase_orders (tenant_id, number, supplier_id, currency, base_currency, exchange_rate, expected_at,
       warehouse_id, notes, created_by)
     values ($1, $2, $3, $4, $5, $6::numeric, $7::date, $8, $9, $10) returning id`,
    [
      tx.tenantId,
      number,
      input.supplierId,
      supplier.currency,
      settings.baseCurrency,
      rate,
      input.expectedAt ?? null,
      input.warehouseId ?? null,
      input.notes ?? null,
      actor.id,
    ],
  )) as Pick<PurchaseOrderRow, 'id'>;
  await insertLines(sql, tx.tenantId, order.id, 1, prepared.value);
  const totals = await recomputeTotals(sql, order.id);
  if (!totals.ok) return totals;
  await appendHistory(sql, tx.tenantId, order.id, 1, 'created', actor, null, {
    lines: prepared.value.map(lineSummary),
  });
  return ok(order.id);
}

// Edit

export interface LineUpdate {
  lineId: string;
  quantity?: number | null;
  unitCost?: number | null;
  taxRate?: number | null;
  warehouseId?: string | null;
  expectedAt?: string | null;
}

export interface UpdateInput {
  purchaseOrderId: string;
  expectedVersion: number;
  expectedAt?: string | null;
  warehouseId?: string | null;
  notes?: string | null;
  exchangeRate?: string | null;
  addLines?: readonly LineInput[] | null;
  updateLines?: readonly LineUpdate[] | null;
  removeLineIds?: readonly string[] | null;
  comment?: string | null;
  idempotencyKey?: string | null;
}

/**
 * A versioned edit: `expectedVersion` must be the stored one. A draft changes freely; once approved,
 * a line cannot go below what was received, a removed line's open quantity is cancelled (the line
 * stays, so inventory hears it), the rate is fixed, and the change is published (`changed`).
 */
export async function updatePurchaseOrder(
  db: TenantDb,
  catalog: CatalogPort,
  actor: Actor,
  input: UpdateInput,
): Promise<ProcurementResult<string>> {
  const added = input.addLines ?? [];
  const updates = input.updateLines ?? [];
  const removals = input.removeLineIds ?? [];
  if (added.length + updates.length + removals.length > MAX_LINES) {
    return procurementFail('INVALID_INPUT', `At most ${MAX_LINES} line changes at once`, ['input']);
  }
  if (input.expectedAt && !validDate(input.expectedAt)) {
    return procurementFail('INVALID_INPUT', 'Not a date (YYYY-MM-DD)', ['input', 'expectedAt']);
  }
  const snapshots = added.length
    ? await catalog.snapshots(
        db.tenantId,
        added.map((line) => line.variantId),
      )
    : new Map<string, VariantSnapshot>();
  const { idempotencyKey, ...request } = input;
  return db.tx(async (sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'purchaseOrderUpdate', input: request },
      async () => {
        const order = await lockOrder(sql, input.purchaseOrderId);
        if (!order) return procurementFail('NOT_FOUND', 'No such purchase order', ['input', 'purchaseOrderId']);
        if (order.version !== input.expectedVersion) {
          return procurementFail('CONFLICT', 'The order was changed by someone else; reload it', [
            'input',
            'expectedVersion',
          ]);
        }
        if (!EDITABLE_STATUSES.includes(order.status)) {
          return procurementFail('INVALID_TRANSITION', `A ${order.status.toLowerCase()} order cannot be edited`, [
            'input',
            'purchaseOrderId',
          ]);
        }
        const draft = order.status === 'DRAFT';
        const lines = await linesOfOrders(sql, [order.id]);
        const byId = new Map(lines.map((line) => [line.id, line]));
        const changes: Record<string, unknown> = {};
        const header: string[] = [];
        const values: unknown[] = [];
        const set = (column: string, value: unknown, cast = '') => {
          values.push(value);
          header.push(`${column} = $${values.length + 1}${cast}`);
        };
        if (input.expectedAt !== undefined && input.expectedAt !== order.expectedAt) {
          set('expected_at', input.expectedAt, '::date');
          changes.expectedAt = { before: order.expectedAt, after: input.expectedAt };
        }
        if (input.warehouseId !== undefined && input.warehouseId !== order.warehouseId) {
          set('warehouse_id', input.warehouseId, '::uuid');
          changes.warehouseId = { before: order.warehouseId, after: input.warehouseId };
        }
        if (input.notes !== undefined && input.notes !== order.notes) {
          set('notes', input.notes);
          changes.notes = { before: order.notes, after: input.notes };
        }
        if (input.exchangeRate != null) {
          const rate = parseExchangeRate(input.exchangeRate);
          if (!rate)
            return procurementFail('INVALID_INPUT', 'Not an exchange rate (a decimal > 0)', ['input', 'exchangeRate']);
          if (Number(rate) !== Number(order.exchangeRate)) {
            if (!draft) {
              return procurementFail('INVALID_TRANSITION', 'The exchange rate is fixed once the order is approved', [
                'input',
                'exchangeRate',
              ]);
            }
            if (order.currency === order.baseCurrency) {
              return procurementFail('INVALID_INPUT', 'The supplier bills in the base currency: the rate is 1', [
                'input',
                'exchangeRate',
              ]);
            }
            set('exchange_rate', rate, '::numeric');
            changes.exchangeRate = { before: order.exchangeRate, after: rate };
          }
        }
        // line updates
        const updated: unknown[] = [];
        for (const [index, update] of updates.entries()) {
          const at = (field: string) => ['input', 'updateLines', String(index), field];
          const line = byId.get(update.lineId);
          if (!line) return procurementFail('NOT_FOUND', 'No such line on this order', at('lineId'));
          const next = {
            quantity: update.quantity ?? line.quantity,
            unitCost: update.unitCost ?? line.unitCost,
            taxRate: update.taxRate ?? line.taxRate,
            warehouseId: update.warehouseId ?? line.warehouseId,
            expectedAt: update.expectedAt === undefined ? line.expectedAt : update.expectedAt,
          };
          if (next.expectedAt && !validDate(next.expectedAt)) {
            return procurementFail('INVALID_INPUT', 'Not a date (YYYY-MM-DD)', at('expectedAt'));
          }
          if (next.quantity < line.quantityReceived + line.quantityCancelled) {
            return procurementFail(
              'INVALID_QUANTITY',
              `At least ${line.quantityReceived + line.quantityCancelled} (received or cancelled already)`,
              at('quantity'),
            );
          }
          if (next.warehouseId !== line.warehouseId && line.quantityReceived > 0) {
            return procurementFail('INVALID_INPUT', 'Goods were received at this warehouse already', at('warehouseId'));
          }
          await orm(sql, (db) =>
            db.purchaseOrderLine.updateMany({
              where: { id: line.id },
              data: {
                quantity: next.quantity,
                unitCost: next.unitCost,
                taxRate: next.taxRate,
                warehouseId: next.warehouseId,
                expectedAt: next.expectedAt ? new Date(`${next.expectedAt}T00:00:00Z`) : null,
                updatedAt: new Date(),
              },
            }),
          );
          updated.push({
            lineId: line.id,
            sku: line.sku,
            before: lineSummary(line),
            after: { ...lineSummary({ ...line, ...next }) },
          });
        }
        // removals
        const removed: unknown[] = [];
        for (const [index, lineId] of removals.entries()) {
          const line = byId.get(lineId);
          if (!line)
            return procurementFail('NOT_FOUND', 'No such line on this order', [
              'input',
              'removeLineIds',
              String(index),
            ]);
          if (draft) {
            await orm(sql, (db) => db.purchaseOrderLine.deleteMany({ where: { id: lineId } }));
          } else {
            // an approved line stays, its open quantity cancelled: inventory hears it in `changed` (one
            // column computed from two others: hand SQL)
            await sql.query(
              `update procurement.purchase_order_lines set quantity_cancelled = quantity - quantity_received, updated_at = now()
              where id = $1`,
              [lineId],
            );
          }
          removed.push({ lineId, sku: line.sku, quantity: line.quantity });
        }
        // additions
        let addedLines: PurchaseOrderLineRow[] = [];
        if (added.length) {
          const prepared = await prepareLines(
            sql,
            order.supplierId,
            added,
            snapshots,
            (input.warehouseId ?? order.warehouseId) || null,
            'addLines',
          );
          if (!prepared.ok) return prepared;
          const last = lines.reduce((max, line) => Math.max(max, line.position), 0);
          addedLines = await insertLines(sql, tx.tenantId, order.id, last + 1, prepared.value);
        }
        if (addedLines.length) changes.addedLines = addedLines.map(lineSummary);
        if (updated.length) changes.updatedLines = updated;
        if (removed.length) changes.removedLines = removed;
        if (Object.keys(changes).length === 0) return ok(order.id);
        if (draft && added.length === 0 && removals.length > 0) {
          const remaining = await orm(sql, (db) =>
            db.purchaseOrderLine.count({ where: { purchaseOrderId: order.id } }),
          );
          if (!remaining)
            return procurementFail('NO_LINES', 'An order keeps at least one line', ['input', 'removeLineIds']);
        }
        const next = await bumpVersion(sql, order.id, header.join(', '), values);
        const totals = await recomputeTotals(sql, order.id);
        if (!totals.ok) return totals;
        await appendHistory(sql, tx.tenantId, order.id, next.version, 'edited', actor, input.comment ?? null, changes);
        if (APPROVED_STATUSES.includes(order.status)) {
          await tx.emit(
            'procurement.purchase_order.changed',
            order.id,
            linesPayload(next, await linesOfOrders(sql, [order.id])),
          );
        }
        return ok(order.id);
      },
    ),
  );
}

// Transitions

export interface TransitionInput {
  purchaseOrderId: string;
  /** when given, must be the stored version */
  expectedVersion?: number | null;
  comment?: string | null;
  idempotencyKey?: string | null;
}

const refuse = (order: PurchaseOrderRow, what: string) =>
  procurementFail('INVALID_TRANSITION', `A ${order.status.toLowerCase().replace('_', ' ')} order cannot be ${what}`, [
    'input',
    'purchaseOrderId',
  ]);

async function lockChecked(sql: Sql, input: TransitionInput): Promise<ProcurementResult<PurchaseOrderRow>> {
  const order = await lockOrder(sql, input.purchaseOrderId);
  if (!order) return procurementFail('NOT_FOUND', 'No such purchase order', ['input', 'purchaseOrderId']);
  if (input.expectedVersion != null && input.expectedVersion !== order.version) {
    return procurementFail('CONFLICT', 'The order was changed by someone else; reload it', [
      'input',
      'expectedVersion',
    ]);
  }
  return ok(order);
}

/**
 * A transition's frame: once per idempotency key, the order locked and its expected version checked,
 * then `work` on the locked order inside the same transaction.
 */
function lockedTransition(
  db: TenantDb,
  input: TransitionInput,
  operation: string,
  work: (sql: Sql, tx: Tx, order: PurchaseOrderRow) => Promise<ProcurementResult<string>>,
): Promise<ProcurementResult<string>> {
  const { idempotencyKey, ...request } = input;
  return db.tx(async (sql, tx) =>
    onceForKey(sql, tx, { schema: SCHEMA, key: idempotencyKey, operation, input: request }, async () => {
      const locked = await lockChecked(sql, input);
      return locked.ok ? work(sql, tx, locked.value) : locked;
    }),
  );
}

async function approveLocked(
  sql: Sql,
  tx: Tx,
  order: PurchaseOrderRow,
  actor: Actor,
  via: 'rule' | 'workflow',
  comment: string | null,
) {
  const next = await bumpVersion(
    sql,
    order.id,
    `status = 'APPROVED', approved_by = $2, approved_via = $3, approved_at = now()`,
    [actor.id, via],
  );
  await appendHistory(sql, tx.tenantId, order.id, next.version, 'approved', actor, comment, { via });
  await tx.emit('procurement.purchase_order.approved', order.id, {
    ...linesPayload(next, await linesOfOrders(sql, [order.id])),
    approvedBy: via,
  });
  return next;
}

async function submittedPayload(sql: Sql, order: PurchaseOrderRow, requestedBy: string | null) {
  // the submit path is hot: hand SQL
  const supplier = await one<Pick<SupplierRow, 'name'>>(sql, 'select name from procurement.suppliers where id = $1', [
    order.supplierId,
  ]);
  // two columns compared: hand SQL
  const lines = await one<{ count: number }>(
    sql,
    'select count(*)::int as count from procurement.purchase_order_lines where purchase_order_id = $1 and quantity > quantity_cancelled',
    [order.id],
  );
  const payload: PurchaseOrderSubmittedPayload = {
    purchaseOrderId: order.id,
    number: order.number,
    supplierId: order.supplierId,
    supplierName: supplier?.name ?? '',
    totalAmount: order.baseTotalAmount,
    currency: order.baseCurrency,
    supplierTotalAmount: order.totalAmount,
    supplierCurrency: order.currency,
    exchangeRate: order.exchangeRate,
    lineCount: lines?.count ?? 0,
    requestedBy,
  };
  return payload;
}

/**
 * DRAFT → SUBMITTED (`submitted`, which the approval workflow triggers on). When no enabled workflow
 * of the tenant would start on that event — asked of the workflows subgraph, which evaluates the
 * triggers with the engine's code — the order is approved by rule at once, in the same transaction.
 */
export async function submitPurchaseOrder(
  db: TenantDb,
  ports: { workflows: WorkflowsPort; plugins: PluginHookRunner },
  actor: Actor,
  input: TransitionInput,
): Promise<ProcurementResult<string>> {
  const { workflows } = ports;
  // what the event will say, read first: the workflows question is an HTTP call, outside the transaction
  const preview = await db.run(async (sql) => {
    const order = (await ordersByIds(sql, [input.purchaseOrderId]))[0];
    return order ? { order, payload: await submittedPayload(sql, order, actor.id) } : null;
  });
  // the tenant's plugins judge a draft with lines (a replay of a done submit finds it submitted: not run again)
  if (preview?.order.status === 'DRAFT' && preview.payload.lineCount > 0) {
    const judged = await pluginsOnSubmit(db, ports.plugins, preview.order, preview.payload);
    if (!judged.ok) return judged;
  }
  const ruleApproves =
    preview?.order.status === 'DRAFT'
      ? !(await workflows.anyMatching(db.tenantId, 'procurement.purchase_order.submitted', preview.payload))
      : false;
  const { idempotencyKey, ...request } = input;
  return db.tx(async (sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'purchaseOrderSubmit', input: request },
      async () => {
        const locked = await lockChecked(sql, input);
        if (!locked.ok) return locked;
        const order = locked.value;
        if (!canMove({ status: order.status, anyReceived: false }, 'SUBMIT')) return refuse(order, 'submitted');
        if (!preview || preview.order.version !== order.version) {
          return procurementFail('CONFLICT', 'The order changed while it was submitted; try again', [
            'input',
            'purchaseOrderId',
          ]);
        }
        if (preview.payload.lineCount === 0)
          return procurementFail('NO_LINES', 'The order has no lines to buy', ['input', 'purchaseOrderId']);
        const next = await bumpVersion(
          sql,
          order.id,
          `status = 'SUBMITTED', submitted_by = $2, submitted_at = now(), rejected_by = null, rejected_at = null,
         rejection_comment = null`,
          [actor.id],
        );
        await appendHistory(sql, tx.tenantId, order.id, next.version, 'submitted', actor, input.comment ?? null);
        await tx.emit('procurement.purchase_order.submitted', order.id, preview.payload);
        if (ruleApproves) {
          await approveLocked(
            sql,
            tx,
            next,
            { kind: 'rule', id: null },
            'rule',
            'No approval workflow matches this order',
          );
        }
        return ok(order.id);
      },
    ),
  );
}

/** SUBMITTED → APPROVED by the approval workflow's decision (its service identity calls it). */
export function approvePurchaseOrder(
  db: TenantDb,
  actor: Actor,
  input: TransitionInput,
): Promise<ProcurementResult<string>> {
  return lockedTransition(db, input, 'purchaseOrderApprove', async (sql, tx, order) => {
    if (order.status !== 'SUBMITTED') return refuse(order, 'approved');
    if (order.submittedBy && order.submittedBy === actor.id) {
      return procurementFail('SELF_APPROVAL', 'Nobody approves their own order', ['input', 'purchaseOrderId']);
    }
    await approveLocked(sql, tx, order, actor, 'workflow', input.comment ?? null);
    return ok(order.id);
  });
}

/** SUBMITTED → DRAFT with the approvers' comment (`rejected`); the buyer edits and submits again. */
export function rejectPurchaseOrder(
  db: TenantDb,
  actor: Actor,
  input: TransitionInput & { comment: string },
): Promise<ProcurementResult<string>> {
  return lockedTransition(db, input, 'purchaseOrderReject', async (sql, tx, order) => {
    if (order.status !== 'SUBMITTED') return refuse(order, 'rejected');
    const next = await bumpVersion(
      sql,
      order.id,
      `status = 'DRAFT', rejected_by = $2, rejected_at = now(), rejection_comment = $3`,
      [actor.id, input.comment],
    );
    await appendHistory(sql, tx.tenantId, order.id, next.version, 'rejected', actor, input.comment);
    await tx.emit('procurement.purchase_order.rejected', order.id, {
      purchaseOrderId: order.id,
      number: order.number,
      comment: input.comment,
    });
    return ok(order.id);
  });
}

/** APPROVED → SENT: the supplier is mailed the order with its PDF (notifications, on `sent`). */
export function sendPurchaseOrder(
  db: TenantDb,
  actor: Actor,
  input: TransitionInput,
): Promise<ProcurementResult<string>> {
  return lockedTransition(db, input, 'purchaseOrderSend', async (sql, tx, order) => {
    if (!canMove({ status: order.status, anyReceived: false }, 'SEND')) return refuse(order, 'sent');
    // the send path is hot: hand SQL
    const supplier = await one<Pick<SupplierRow, 'name' | 'email'>>(
      sql,
      'select name, email from procurement.suppliers where id = $1',
      [order.supplierId],
    );
    if (!supplier?.email) {
      return procurementFail('NO_EMAIL', 'The supplier has no email address to send the order to', [
        'input',
        'purchaseOrderId',
      ]);
    }
    const settings = await readSettings(sql);
    const next = await bumpVersion(sql, order.id, `status = 'SENT', sent_by = $2, sent_at = now()`, [actor.id]);
    await appendHistory(sql, tx.tenantId, order.id, next.version, 'sent', actor, input.comment ?? null, {
      email: supplier.email,
    });
    const lines = await linesOfOrders(sql, [order.id]);
    await tx.emit('procurement.purchase_order.sent', order.id, {
      purchaseOrderId: order.id,
      number: order.number,
      supplierId: order.supplierId,
      email: supplier.email,
      purchaseOrder: {
        number: order.number,
        buyerName: settings.buyerName ?? '',
        supplierName: supplier.name,
        currency: order.currency,
        expectedAt: order.expectedAt,
        totalAmount: order.totalAmount,
        lines: lines
          .filter((line) => line.quantity > line.quantityCancelled)
          .map((line) => ({
            sku: line.supplierSku ?? line.sku,
            description: line.description,
            quantity: line.quantity - line.quantityCancelled,
            unitAmount: line.unitCost,
          })),
      },
    });
    return ok(order.id);
  });
}

/**
 * CANCELLED (nothing received yet) or CLOSED (no more receipts expected): every line's open quantity
 * becomes cancelled, so the event tells inventory everything that will not arrive.
 */
function endPurchaseOrder(kind: 'CANCEL' | 'CLOSE') {
  const verb = kind === 'CANCEL' ? 'cancelled' : 'closed';
  return (db: TenantDb, actor: Actor, input: TransitionInput): Promise<ProcurementResult<string>> => {
    const operation = `purchaseOrder${kind === 'CANCEL' ? 'Cancel' : 'Close'}`;
    return lockedTransition(db, input, operation, async (sql, tx, order) => {
      const anyReceived =
        (await orm(sql, (db) =>
          db.purchaseOrderLine.findFirst({
            where: { purchaseOrderId: order.id, quantityReceived: { gt: 0 } },
            select: { id: true },
          }),
        )) !== null;
      if (!canMove({ status: order.status, anyReceived }, kind)) {
        return kind === 'CANCEL' && anyReceived && PURCHASE_ORDER_TRANSITIONS[order.status].includes('CLOSED')
          ? procurementFail('INVALID_TRANSITION', 'Goods were received: close the order instead', [
              'input',
              'purchaseOrderId',
            ])
          : refuse(order, verb);
      }
      // one column computed from two others: hand SQL
      await sql.query(
        `update procurement.purchase_order_lines set quantity_cancelled = greatest(quantity - quantity_received, 0), updated_at = now()
            where purchase_order_id = $1`,
        [order.id],
      );
      const next = await bumpVersion(
        sql,
        order.id,
        kind === 'CANCEL'
          ? `status = 'CANCELLED', cancelled_by = $2, cancelled_at = now(), cancel_reason = $3`
          : `status = 'CLOSED', closed_by = $2, closed_at = now()`,
        kind === 'CANCEL' ? [actor.id, input.comment ?? null] : [actor.id],
      );
      await appendHistory(sql, tx.tenantId, order.id, next.version, verb, actor, input.comment ?? null);
      await tx.emit(
        kind === 'CANCEL' ? 'procurement.purchase_order.cancelled' : 'procurement.purchase_order.closed',
        order.id,
        linesPayload(next, await linesOfOrders(sql, [order.id])),
      );
      return ok(order.id);
    });
  };
}

export const cancelPurchaseOrder = endPurchaseOrder('CANCEL');
export const closePurchaseOrder = endPurchaseOrder('CLOSE');

// From replenishment suggestions

export interface SuggestedLineInput {
  variantId: string;
  warehouseId: string;
  quantity: number;
  /** default: the variant's preferred supplier */
  supplierId?: string | null;
}

export interface CreateFromSuggestionsInput {
  lines: readonly SuggestedLineInput[];
  /** per supplier currency other than the base: base minor units per supplier minor unit */
  exchangeRates?: readonly { currency: string; rate: string }[] | null;
  expectedAt?: string | null;
  idempotencyKey?: string | null;
}

/**
 * One draft order per supplier from the selected suggestions, all in one transaction (all or none).
 * A line goes to the supplier it names or to its variant's preferred supplier; unit costs come from
 * that supplier's item. Returns the orders' ids, in the order of their suppliers' first line.
 */
export async function createFromSuggestions(
  db: TenantDb,
  catalog: CatalogPort,
  actor: Actor,
  input: CreateFromSuggestionsInput,
): Promise<ProcurementResult<string[]>> {
  if (input.lines.length === 0)
    return procurementFail('NO_LINES', 'Select at least one suggestion', ['input', 'lines']);
  if (input.lines.length > MAX_LINES)
    return procurementFail('INVALID_INPUT', `At most ${MAX_LINES} lines`, ['input', 'lines']);
  const snapshots = await catalog.snapshots(
    db.tenantId,
    input.lines.map((line) => line.variantId),
  );
  const { idempotencyKey, ...request } = input;
  return db.tx(async (sql, tx) =>
    onceForKey(
      sql,
      tx,
      { schema: SCHEMA, key: idempotencyKey, operation: 'purchaseOrdersCreateFromSuggestions', input: request },
      async () => {
        const preferred = await orm(sql, (db) =>
          db.supplierItem.findMany({
            where: { preferred: true, variantId: { in: input.lines.map((line) => line.variantId) } },
            select: { variantId: true, supplierId: true },
          }),
        );
        const preferredOf = new Map(preferred.map((row) => [row.variantId, row.supplierId]));
        const groups = new Map<string, LineInput[]>();
        for (const [index, line] of input.lines.entries()) {
          if (!snapshots.has(line.variantId)) {
            return procurementFail('UNKNOWN_VARIANT', 'The catalog has no such variant', [
              'input',
              'lines',
              String(index),
              'variantId',
            ]);
          }
          const supplierId = line.supplierId ?? preferredOf.get(line.variantId);
          if (!supplierId) {
            return procurementFail('INVALID_INPUT', 'The variant has no preferred supplier: name one', [
              'input',
              'lines',
              String(index),
              'supplierId',
            ]);
          }
          const group = groups.get(supplierId) ?? [];
          group.push({ variantId: line.variantId, warehouseId: line.warehouseId, quantity: line.quantity });
          groups.set(supplierId, group);
        }
        const suppliers = await orm(sql, (db) =>
          db.supplier.findMany({ where: { id: { in: [...groups.keys()] } }, select: { id: true, currency: true } }),
        );
        const currencyOf = new Map(suppliers.map((supplier) => [supplier.id, supplier.currency]));
        const settings = await readSettings(sql);
        const ids: string[] = [];
        for (const [supplierId, lines] of groups) {
          const currency = currencyOf.get(supplierId);
          if (!currency) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'lines']);
          const rate =
            currency === settings.baseCurrency
              ? null
              : (input.exchangeRates?.find((entry) => entry.currency === currency)?.rate ?? undefined);
          if (rate === undefined) {
            return procurementFail(
              'INVALID_INPUT',
              `Give the exchange rate of ${currency} to ${settings.baseCurrency}`,
              ['input', 'exchangeRates'],
            );
          }
          const created = await createInTx(
            sql,
            tx,
            actor,
            { supplierId, exchangeRate: rate, expectedAt: input.expectedAt ?? null, lines },
            snapshots,
          );
          if (!created.ok) return created;
          ids.push(created.value);
        }
        return ok(ids);
      },
    ),
  );
}
