import { byIdQuery, CURSOR_KEYS, encodeGlobalId, localUuid, nodeEntity, optionalLocalUuid, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import {
  createReceipt,
  discardReceipt,
  findReceivableLines,
  listReceipts,
  postReceipt,
  type ReceiptLineRow,
  type ReceiptRow,
  type ReceivableLineRow,
  receiptById,
  receiptLinesOf,
  receiptsOfOrders,
} from '../data/receipts.ts';
import { dbOf, documentMutation, filteredList, manage, withinLineLimit } from './common.ts';
import { PurchaseOrderRef } from './types.ts';

export const MAX_RECEIPT_LINES = 500;

export const ReceiptStatusEnum = builder.enumType('ReceiptStatus', {
  values: {
    DRAFT: { value: 'DRAFT', description: 'Entered, not counted yet: posting it receives the goods' },
    POSTED: { value: 'POSTED', description: 'Received: the order lines and inventory count it' },
    DISCARDED: { value: 'DISCARDED', description: 'A draft nobody will post' },
  } as const,
});

export const ReceiptLineRef = builder.objectRef<ReceiptLineRow>('ReceiptLine').implement({
  description: 'What arrived of one purchase order line: accepted into stock and rejected (with the reason)',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('ReceiptLine', row.id) }),
    position: t.exposeInt('position'),
    purchaseOrderLineId: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrderLine', row.purchaseOrderLineId) }),
    variantId: t.id({ resolve: (row) => encodeGlobalId('ProductVariant', row.variantId) }),
    warehouseId: t.id({ resolve: (row) => encodeGlobalId('Warehouse', row.warehouseId) }),
    sku: t.exposeString('sku'),
    description: t.exposeString('description'),
    acceptedQuantity: t.exposeInt('acceptedQuantity'),
    rejectedQuantity: t.exposeInt('rejectedQuantity'),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    supplierUnitCost: t.float({
      nullable: true,
      description: "The order line's unit cost in the supplier currency (minor units), once posted",
      resolve: (row) => row.supplierUnitCost,
    }),
    unitCost: t.float({
      nullable: true,
      description:
        'The unit cost in the base currency (minor units, fractional) inventory values the units at, once posted',
      resolve: (row) => row.unitCost,
    }),
  }),
});

export const ReceiptRef = builder.objectRef<ReceiptRow>('Receipt').implement({
  description: 'A goods receipt: what arrived at a warehouse against lines of one purchase order',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Receipt', row.id) }),
    number: t.exposeString('number', { description: 'GR-000123' }),
    purchaseOrderId: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrder', row.purchaseOrderId) }),
    purchaseOrderNumber: t.exposeString('purchaseOrderNumber'),
    supplierId: t.id({ resolve: (row) => encodeGlobalId('Supplier', row.supplierId) }),
    warehouseId: t.id({ resolve: (row) => encodeGlobalId('Warehouse', row.warehouseId) }),
    status: t.field({ type: ReceiptStatusEnum, resolve: (row) => row.status }),
    note: t.exposeString('note', { nullable: true }),
    acceptedQuantity: t.exposeInt('acceptedQuantity', { description: 'Units accepted, all lines' }),
    rejectedQuantity: t.exposeInt('rejectedQuantity', { description: 'Units rejected, all lines' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    postedAt: t.expose('postedAt', { type: 'DateTime', nullable: true }),
    lines: t.field({
      type: [ReceiptLineRef],
      resolve: (row, _args, context) =>
        context.loaders
          .get<string, ReceiptLineRow[]>('receiptLines', (ids) => receiptLinesOf(dbOf(context), ids))
          .load(row.id),
    }),
  }),
});

nodeEntity(builder, ReceiptRef, 'Receipt', (id, context) => receiptById(dbOf(context), id));

builder.objectField(PurchaseOrderRef, 'receipts', (t) =>
  t.field({
    type: [ReceiptRef],
    description: 'Its goods receipts, newest first (drafts and discarded ones included)',
    authScopes: manage,
    resolve: (order, _args, context) =>
      context.loaders
        .get<string, ReceiptRow[]>('orderReceipts', (ids) => receiptsOfOrders(dbOf(context), ids))
        .load(order.id),
  }),
);

const ReceiptFilter = builder.inputType('ReceiptFilter', {
  fields: (t) => ({
    purchaseOrderId: t.id(),
    statuses: t.field({ type: [ReceiptStatusEnum], description: 'Any of these (every status when left out)' }),
  }),
});

filteredList('receipts', {
  type: ReceiptRef,
  connection: 'Receipt',
  filter: ReceiptFilter,
  cursor: CURSOR_KEYS.instant,
  description: 'Goods receipts, newest first',
  list: (db, filter, page) =>
    listReceipts(
      db,
      {
        purchaseOrderId: optionalLocalUuid(filter?.purchaseOrderId, 'PurchaseOrder', ['filter', 'purchaseOrderId']),
        statuses: filter?.statuses ?? null,
      },
      page,
    ),
});

byIdQuery(builder, 'receipt', {
  type: ReceiptRef,
  typeName: 'Receipt',
  authScopes: manage,
  load: (context, id) => receiptById(dbOf(context), id),
});

const ReceivableLineRef = builder.objectRef<ReceivableLineRow>('ReceivableLine').implement({
  description: 'An open line of a receivable purchase order, as the receiving screen finds it',
  fields: (t) => ({
    purchaseOrderId: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrder', row.purchaseOrderId) }),
    purchaseOrderNumber: t.exposeString('purchaseOrderNumber'),
    purchaseOrderStatus: t.exposeString('purchaseOrderStatus'),
    supplierId: t.id({ resolve: (row) => encodeGlobalId('Supplier', row.supplierId) }),
    purchaseOrderLineId: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrderLine', row.purchaseOrderLineId) }),
    variantId: t.id({ resolve: (row) => encodeGlobalId('ProductVariant', row.variantId) }),
    warehouseId: t.id({ resolve: (row) => encodeGlobalId('Warehouse', row.warehouseId) }),
    sku: t.exposeString('sku'),
    description: t.exposeString('description'),
    quantityOrdered: t.exposeInt('quantityOrdered'),
    quantityCancelled: t.exposeInt('quantityCancelled'),
    quantityReceived: t.exposeInt('quantityReceived'),
    quantityRejected: t.exposeInt('quantityRejected'),
    quantityBilled: t.exposeInt('quantityBilled', { description: 'On posted bills (credit notes deducted)' }),
    unitCost: t.field({
      type: 'MinorUnits',
      description: "The order's unit cost (supplier currency)",
      resolve: (row) => row.unitCost,
    }),
    currency: t.exposeString('currency', { description: "The order's (the supplier's) currency" }),
    quantityOpen: t.int({
      description: 'Still to come: ordered − cancelled − received (never negative)',
      resolve: (row) => Math.max(0, row.quantityOrdered - row.quantityCancelled - row.quantityReceived),
    }),
    expectedAt: t.exposeString('expectedAt', { nullable: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.queryField('receivableLines', (t) =>
  t.field({
    type: [ReceivableLineRef],
    description:
      'Open lines of receivable orders for a scanned or typed code: a SKU, a supplier SKU or a purchase order number (at most 50)',
    authScopes: manage,
    args: {
      code: t.arg.string({ required: true }),
      warehouseId: t.arg.id({ description: 'Only lines destined for this warehouse' }),
    },
    resolve: (_root, args, context) =>
      findReceivableLines(dbOf(context), args.code, optionalLocalUuid(args.warehouseId, 'Warehouse', ['warehouseId'])),
  }),
);

const ReceiptLineInput = builder.inputType('ReceiptLineInput', {
  fields: (t) => ({
    purchaseOrderLineId: t.id({ required: true }),
    acceptedQuantity: t.int({ required: true, validate: rules.quantity({ min: 0, max: 1_000_000 }) }),
    rejectedQuantity: t.int({ validate: rules.quantity({ min: 0, max: 1_000_000 }) }),
    rejectionReason: t.string({ description: 'Required when units are rejected (damaged, wrong item, …)' }),
  }),
});

const ReceiptCreateInput = builder.inputType('ReceiptCreateInput', {
  fields: (t) => ({
    purchaseOrderId: t.id({ required: true }),
    warehouseId: t.id({ description: 'Where the goods arrived; the first line’s destination when left out' }),
    lines: t.field({ type: [ReceiptLineInput], required: true }),
    note: t.string({ validate: rules.text({ max: 1000, required: false }) }),
    post: t.boolean({ description: 'Post at once (default): the goods are received; false leaves a draft' }),
    idempotencyKey: t.string({ required: true, validate: rules.idempotencyKey }),
  }),
});

const receipt = { field: 'receipt', type: ReceiptRef };

documentMutation('receiptCreate', {
  input: ReceiptCreateInput,
  answer: receipt,
  codes: [
    'NOT_FOUND',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NO_LINES',
    'TOO_MANY_ITEMS',
    'ORDER_NOT_RECEIVABLE',
    'LINE_NOT_ON_ORDER',
    'DUPLICATE_LINE',
    'WAREHOUSE_MISMATCH',
    'REJECTION_REASON_REQUIRED',
    'OVER_RECEIPT',
    'IDEMPOTENCY_KEY_REUSED',
  ],
  description:
    'Receives goods against lines of one purchase order (posted at once unless `post: false`); once per idempotency key',
  authScopes: manage,
  run: (db, actor, input) =>
    withinLineLimit(input.lines, MAX_RECEIPT_LINES, () =>
      createReceipt(db, actor, {
        purchaseOrderId: localUuid(input.purchaseOrderId, 'PurchaseOrder', ['input', 'purchaseOrderId']),
        warehouseId: optionalLocalUuid(input.warehouseId, 'Warehouse', ['input', 'warehouseId']),
        lines: input.lines.map((line, index) => ({
          purchaseOrderLineId: localUuid(line.purchaseOrderLineId, 'PurchaseOrderLine', [
            'input',
            'lines',
            String(index),
            'purchaseOrderLineId',
          ]),
          acceptedQuantity: line.acceptedQuantity,
          rejectedQuantity: line.rejectedQuantity ?? 0,
          rejectionReason: line.rejectionReason ?? null,
        })),
        note: input.note ?? null,
        post: input.post ?? true,
        idempotencyKey: input.idempotencyKey,
      }),
    ),
});

const ReceiptIdInput = builder.inputType('ReceiptIdInput', {
  fields: (t) => ({ receiptId: t.id({ required: true }) }),
});

const receiptIdOf = (input: { receiptId: string }) => localUuid(input.receiptId, 'Receipt', ['input', 'receiptId']);

documentMutation('receiptPost', {
  input: ReceiptIdInput,
  answer: receipt,
  codes: [
    'NOT_FOUND',
    'RECEIPT_NOT_DRAFT',
    'ORDER_NOT_RECEIVABLE',
    'LINE_NOT_ON_ORDER',
    'DUPLICATE_LINE',
    'WAREHOUSE_MISMATCH',
    'REJECTION_REASON_REQUIRED',
    'INVALID_QUANTITY',
    'NO_LINES',
    'OVER_RECEIPT',
  ],
  description: 'Posts a draft receipt; posting a posted one again answers it unchanged',
  authScopes: manage,
  run: (db, actor, input) => postReceipt(db, actor, receiptIdOf(input)),
});

documentMutation('receiptDiscard', {
  input: ReceiptIdInput,
  answer: receipt,
  codes: ['NOT_FOUND', 'RECEIPT_NOT_DRAFT'],
  description: 'Discards a draft receipt (its number is not reused)',
  authScopes: manage,
  run: (db, actor, input) => discardReceipt(db, actor, receiptIdOf(input)),
});
