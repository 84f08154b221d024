import { byIdQuery, CURSOR_KEYS, encodeGlobalId, localUuid, nodeEntity, optionalLocalUuid, rules } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import {
  type BillLineRow,
  type BillRow,
  billById,
  billLinesOf,
  billsOfOrders,
  cancelBill,
  createBill,
  type HoldReason,
  listBills,
  releaseBill,
} from '../data/bills.ts';
import type { MatchReason } from '../data/match.ts';
import { approve, dbOf, documentMutation, filteredList, manage, withinLineLimit } from './common.ts';
import { PurchaseOrderRef } from './types.ts';

export const MAX_BILL_LINES = 500;

const SupplierBillStatusEnum = builder.enumType('SupplierBillStatus', {
  values: {
    HELD: { value: 'HELD', description: 'The three-way match found differences: waits for a release with a comment' },
    POSTED: { value: 'POSTED', description: 'Matched, or released: payable (finance books it)' },
    CANCELLED: { value: 'CANCELLED', description: 'A held bill that will not be paid (a corrected one replaces it)' },
  } as const,
});

const SupplierBillKindEnum = builder.enumType('SupplierBillKind', {
  values: {
    BILL: { value: 'bill', description: "A supplier's invoice: we owe it" },
    CREDIT_NOTE: { value: 'credit_note', description: 'A supplier credit: reduces what we owe' },
  } as const,
});

const BillLineMatchStatusEnum = builder.enumType('BillLineMatchStatus', {
  values: {
    MATCHED: { value: 'MATCHED', description: 'Within tolerance of the order and its receipts' },
    MISMATCH: { value: 'MISMATCH', description: 'Outside a tolerance: see the reasons' },
    NOT_MATCHED: { value: 'NOT_MATCHED', description: 'Not on an order line (a fee), or a credit note line' },
  } as const,
});

const MatchReasonRef = builder.objectRef<MatchReason | HoldReason>('BillMatchReason').implement({
  description: 'Why the three-way match held a bill line',
  fields: (t) => ({
    billLineId: t.id({
      nullable: true,
      resolve: (row) =>
        'billLineId' in row && row.billLineId ? encodeGlobalId('SupplierBillLine', row.billLineId) : null,
    }),
    code: t.exposeString('code', { description: 'QUANTITY_NOT_RECEIVED, QUANTITY_OVER_ORDERED or PRICE_VARIANCE' }),
    message: t.exposeString('message'),
  }),
});

const SupplierBillLineRef = builder.objectRef<BillLineRow>('SupplierBillLine').implement({
  description: 'One line of a supplier bill, with how it matched its order line',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('SupplierBillLine', row.id) }),
    position: t.exposeInt('position'),
    purchaseOrderLineId: t.id({
      nullable: true,
      resolve: (row) => (row.purchaseOrderLineId ? encodeGlobalId('PurchaseOrderLine', row.purchaseOrderLineId) : null),
    }),
    variantId: t.id({
      nullable: true,
      resolve: (row) => (row.variantId ? encodeGlobalId('ProductVariant', row.variantId) : null),
    }),
    sku: t.exposeString('sku', { nullable: true }),
    description: t.exposeString('description'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({ type: 'MinorUnits', description: 'Supplier currency', resolve: (row) => row.unitPrice }),
    amount: t.field({ type: 'MinorUnits', description: 'Supplier currency', resolve: (row) => row.amount }),
    baseAmount: t.field({ type: 'MinorUnits', description: 'Base currency', resolve: (row) => row.baseAmount }),
    receivedBaseAmount: t.field({
      type: 'MinorUnits',
      description: 'The quantity at the base cost its receipts were booked at',
      resolve: (row) => row.receivedBaseAmount,
    }),
    orderedUnitCost: t.field({
      type: 'MinorUnits',
      nullable: true,
      description: "The order line's unit cost (supplier currency)",
      resolve: (row) => row.orderedUnitCost,
    }),
    matchStatus: t.field({ type: BillLineMatchStatusEnum, resolve: (row) => row.matchStatus }),
    matchReasons: t.field({ type: [MatchReasonRef], resolve: (row) => row.matchReasons }),
  }),
});

export const SupplierBillRef = builder.objectRef<BillRow>('SupplierBill').implement({
  description: 'A supplier invoice or credit note, matched against its purchase order and receipts',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('SupplierBill', row.id) }),
    number: t.exposeString('number', { description: 'Our number, BILL-000123' }),
    kind: t.field({ type: SupplierBillKindEnum, resolve: (row) => row.kind }),
    supplierId: t.id({ resolve: (row) => encodeGlobalId('Supplier', row.supplierId) }),
    supplierName: t.exposeString('supplierName'),
    purchaseOrderId: t.id({
      nullable: true,
      resolve: (row) => (row.purchaseOrderId ? encodeGlobalId('PurchaseOrder', row.purchaseOrderId) : null),
    }),
    purchaseOrderNumber: t.exposeString('purchaseOrderNumber', { nullable: true }),
    supplierInvoiceNumber: t.exposeString('supplierInvoiceNumber', { description: "The supplier's own number" }),
    status: t.field({ type: SupplierBillStatusEnum, resolve: (row) => row.status }),
    billDate: t.exposeString('billDate', { description: 'YYYY-MM-DD' }),
    dueDate: t.exposeString('dueDate', { description: "YYYY-MM-DD: the bill date plus the supplier's payment terms" }),
    currency: t.exposeString('currency', { description: "The supplier's" }),
    exchangeRate: t.exposeString('exchangeRate', { description: 'Base minor units per supplier minor unit' }),
    baseCurrency: t.exposeString('baseCurrency'),
    subtotalAmount: t.field({ type: 'MinorUnits', resolve: (row) => row.subtotalAmount }),
    taxAmount: t.field({ type: 'MinorUnits', resolve: (row) => row.taxAmount }),
    freightAmount: t.field({ type: 'MinorUnits', resolve: (row) => row.freightAmount }),
    totalAmount: t.field({
      type: 'MinorUnits',
      description: 'Lines + tax + freight',
      resolve: (row) => row.totalAmount,
    }),
    baseTotalAmount: t.field({ type: 'MinorUnits', resolve: (row) => row.baseTotalAmount }),
    holdReasons: t.field({ type: [MatchReasonRef], resolve: (row) => row.holdReasons }),
    note: t.exposeString('note', { nullable: true }),
    releaseComment: t.exposeString('releaseComment', { nullable: true }),
    releasedAt: t.expose('releasedAt', { type: 'DateTime', nullable: true }),
    postedAt: t.expose('postedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    lines: t.field({
      type: [SupplierBillLineRef],
      resolve: (row, _args, context) =>
        context.loaders.get<string, BillLineRow[]>('billLines', (ids) => billLinesOf(dbOf(context), ids)).load(row.id),
    }),
  }),
});

nodeEntity(builder, SupplierBillRef, 'SupplierBill', (id, context) => billById(dbOf(context), id));

builder.objectField(PurchaseOrderRef, 'bills', (t) =>
  t.field({
    type: [SupplierBillRef],
    description: 'Its supplier bills and credit notes, newest first',
    authScopes: manage,
    resolve: (order, _args, context) =>
      context.loaders.get<string, BillRow[]>('orderBills', (ids) => billsOfOrders(dbOf(context), ids)).load(order.id),
  }),
);

const BillFilter = builder.inputType('SupplierBillFilter', {
  fields: (t) => ({
    purchaseOrderId: t.id(),
    supplierId: t.id(),
    statuses: t.field({ type: [SupplierBillStatusEnum], description: 'Any of these (every status when left out)' }),
  }),
});

filteredList('supplierBills', {
  type: SupplierBillRef,
  connection: 'SupplierBill',
  filter: BillFilter,
  cursor: CURSOR_KEYS.instant,
  description: 'Supplier bills and credit notes, newest first',
  list: (db, filter, page) =>
    listBills(
      db,
      {
        purchaseOrderId: optionalLocalUuid(filter?.purchaseOrderId, 'PurchaseOrder', ['filter', 'purchaseOrderId']),
        supplierId: optionalLocalUuid(filter?.supplierId, 'Supplier', ['filter', 'supplierId']),
        statuses: filter?.statuses ?? null,
      },
      page,
    ),
});

byIdQuery(builder, 'supplierBill', {
  type: SupplierBillRef,
  typeName: 'SupplierBill',
  authScopes: manage,
  load: (context, id) => billById(dbOf(context), id),
});

const dateRule = rules.rule(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
    .refine((value) => {
      const at = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
    }, 'Not a calendar date'),
  'INVALID_INPUT',
);

const rateRule = rules.rule(
  z.string().regex(/^\d{1,10}(\.\d{1,10})?$/, 'A positive decimal such as 1.0825 (at most 10 decimals)'),
  'INVALID_INPUT',
);

const moneyRule = rules.rule(
  z.number().int('Amounts are integer minor units').min(0, 'Must not be negative'),
  'INVALID_AMOUNT',
);

const BillLineInput = builder.inputType('SupplierBillLineInput', {
  fields: (t) => ({
    purchaseOrderLineId: t.id({ description: 'The order line billed; leave out for a fee that is on no line' }),
    description: t.string({ description: "The order line's description when left out" }),
    quantity: t.int({ required: true, validate: rules.quantity({ min: 1, max: 1_000_000 }) }),
    unitPrice: t.field({ type: 'MinorUnits', required: true, validate: rules.unitAmount }),
  }),
});

const BillCreateInput = builder.inputType('SupplierBillCreateInput', {
  fields: (t) => ({
    kind: t.field({ type: SupplierBillKindEnum, description: 'BILL (default) or CREDIT_NOTE' }),
    purchaseOrderId: t.id({ description: 'The order billed (its supplier, currency and rate apply)' }),
    supplierId: t.id({ description: 'Required without a purchase order' }),
    supplierInvoiceNumber: t.string({ required: true, validate: rules.text({ max: 100 }) }),
    billDate: t.string({ required: true, validate: dateRule, description: 'YYYY-MM-DD' }),
    exchangeRate: t.string({
      validate: rateRule,
      description: "Base minor units per supplier minor unit; the order's rate when left out",
    }),
    lines: t.field({ type: [BillLineInput], required: true }),
    taxAmount: t.field({ type: 'MinorUnits', validate: moneyRule }),
    freightAmount: t.field({ type: 'MinorUnits', validate: moneyRule }),
    note: t.string({ validate: rules.text({ max: 1000, required: false }) }),
    idempotencyKey: t.string({ required: true, validate: rules.idempotencyKey }),
  }),
});

const bill = { field: 'bill', type: SupplierBillRef };

documentMutation('supplierBillCreate', {
  input: BillCreateInput,
  answer: bill,
  codes: [
    'NOT_FOUND',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_AMOUNT',
    'AMOUNT_TOO_LARGE',
    'NO_LINES',
    'TOO_MANY_ITEMS',
    'ORDER_NOT_BILLABLE',
    'SUPPLIER_MISMATCH',
    'LINE_NOT_ON_ORDER',
    'DUPLICATE_LINE',
    'EXCHANGE_RATE_REQUIRED',
    'DUPLICATE_INVOICE_NUMBER',
    'CREDIT_EXCEEDS_BILLED',
    'IDEMPOTENCY_KEY_REUSED',
  ],
  description:
    'Enters a supplier bill (matched at once: POSTED, or HELD with reasons) or credit note (posted); once per idempotency key',
  authScopes: manage,
  run: (db, actor, input) =>
    withinLineLimit(input.lines, MAX_BILL_LINES, () =>
      createBill(db, actor, {
        kind: input.kind ?? 'bill',
        purchaseOrderId: optionalLocalUuid(input.purchaseOrderId, 'PurchaseOrder', ['input', 'purchaseOrderId']),
        supplierId: optionalLocalUuid(input.supplierId, 'Supplier', ['input', 'supplierId']),
        supplierInvoiceNumber: input.supplierInvoiceNumber,
        billDate: input.billDate,
        exchangeRate: input.exchangeRate ?? null,
        lines: input.lines.map((line, index) => ({
          purchaseOrderLineId: optionalLocalUuid(line.purchaseOrderLineId, 'PurchaseOrderLine', [
            'input',
            'lines',
            String(index),
            'purchaseOrderLineId',
          ]),
          description: line.description ?? null,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
        })),
        taxAmount: input.taxAmount ?? 0,
        freightAmount: input.freightAmount ?? 0,
        note: input.note ?? null,
        idempotencyKey: input.idempotencyKey,
      }),
    ),
});

const BillReleaseInput = builder.inputType('SupplierBillReleaseInput', {
  fields: (t) => ({
    billId: t.id({ required: true }),
    comment: t.string({ required: true, description: 'Why it may be paid as billed (recorded)' }),
    expectedVersion: t.int({ description: 'The version read; a change in between is CONFLICT' }),
  }),
});

const billIdOf = (input: { billId: string }) => localUuid(input.billId, 'SupplierBill', ['input', 'billId']);

documentMutation('supplierBillRelease', {
  input: BillReleaseInput,
  answer: bill,
  codes: ['NOT_FOUND', 'BILL_NOT_HELD', 'COMMENT_REQUIRED', 'CONFLICT'],
  description: 'Releases a held bill with a comment and posts it (procurement:approve)',
  authScopes: approve,
  run: (db, actor, input) =>
    releaseBill(db, actor, {
      billId: billIdOf(input),
      comment: input.comment,
      expectedVersion: input.expectedVersion ?? null,
    }),
});

const BillIdInput = builder.inputType('SupplierBillIdInput', {
  fields: (t) => ({ billId: t.id({ required: true }) }),
});

documentMutation('supplierBillCancel', {
  input: BillIdInput,
  answer: bill,
  codes: ['NOT_FOUND', 'BILL_NOT_HELD'],
  description: 'Cancels a held bill; its invoice number may be entered again',
  authScopes: manage,
  run: (db, actor, input) => cancelBill(db, actor, billIdOf(input)),
});
