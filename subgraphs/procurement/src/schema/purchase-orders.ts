import type { InputObjectRef } from '@pothos/core';
import { byIdQuery, CURSOR_KEYS, inputMutation, localUuid, nodeEntity, ok, optionalLocalUuid, rules } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { ProcurementContext } from '../context.ts';
import type { ProcurementErrorCode, ProcurementResult } from '../data/errors.ts';
import { isWorkflowIdentity } from '../data/machines.ts';
import {
  type Actor,
  approvePurchaseOrder,
  cancelPurchaseOrder,
  closePurchaseOrder,
  createPurchaseOrder,
  listPurchaseOrders,
  MAX_LINES,
  type LineInput as OrderLineInput,
  purchaseOrderById,
  rejectPurchaseOrder,
  sendPurchaseOrder,
  submitPurchaseOrder,
  updatePurchaseOrder,
} from '../data/purchase-orders.ts';
import { approve, dbOf, filteredList, manage } from './common.ts';
import { PurchaseOrderRef, PurchaseOrderStatusEnum } from './types.ts';

nodeEntity(builder, PurchaseOrderRef, 'PurchaseOrder', (id, context) => purchaseOrderById(dbOf(context), id));

const PurchaseOrderFilter = builder.inputType('PurchaseOrderFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [PurchaseOrderStatusEnum], description: 'Any of these (every status when left out)' }),
    supplierId: t.id(),
    query: t.string({ description: 'The order number, or the supplier’s name or code, contains it' }),
  }),
});

filteredList('purchaseOrders', {
  type: PurchaseOrderRef,
  connection: 'PurchaseOrder',
  filter: PurchaseOrderFilter,
  cursor: CURSOR_KEYS.instant,
  description: 'Purchase orders, newest first',
  list: (db, filter, page) =>
    listPurchaseOrders(
      db,
      {
        statuses: filter?.statuses ?? null,
        supplierId: optionalLocalUuid(filter?.supplierId, 'Supplier', ['filter', 'supplierId']),
        query: filter?.query ?? null,
      },
      page,
    ),
});

byIdQuery(builder, 'purchaseOrder', {
  type: PurchaseOrderRef,
  typeName: 'PurchaseOrder',
  authScopes: manage,
  load: (context, id) => purchaseOrderById(dbOf(context), id),
});

const actorOf = (context: ProcurementContext): Actor => ({
  kind: isWorkflowIdentity(context.auth) ? 'workflow' : context.auth.kind,
  id: context.auth.subject ?? null,
});

const quantity = rules.quantity({ min: 1, max: 1_000_000 });
const taxRate = rules.rule(z.number().min(0).max(100, 'At most 100 %'), 'INVALID_INPUT');
const date = rules.rule(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date: YYYY-MM-DD'), 'INVALID_INPUT');

const LineInput = builder.inputType('PurchaseOrderLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, validate: quantity }),
    unitCost: t.field({
      type: 'MinorUnits',
      description: 'Supplier currency; default: the supplier item’s cost',
      validate: rules.unitAmount,
    }),
    taxRate: t.float({ description: 'Percent, default 0', validate: taxRate }),
    warehouseId: t.id({ description: 'Default: the order’s destination' }),
    expectedAt: t.string({ validate: date }),
  }),
});

const CreateInput = builder.inputType('PurchaseOrderCreateInput', {
  fields: (t) => ({
    supplierId: t.id({ required: true }),
    warehouseId: t.id({ description: 'The default destination of its lines' }),
    expectedAt: t.string({ validate: date }),
    exchangeRate: t.string({
      description:
        'Base minor units per supplier minor unit (e.g. "0.92" for USD→EUR); required when the supplier bills in another currency than the base',
    }),
    notes: t.string({ validate: rules.text({ max: 1000, required: false }) }),
    lines: t.field({ type: [LineInput], required: true, description: `At most ${MAX_LINES}` }),
    idempotencyKey: t.string({ validate: rules.idempotencyKey }),
  }),
});

const mapLines = (lines: readonly OrderLineInput[], path: string) =>
  lines.map((line, index) => ({
    ...line,
    variantId: localUuid(line.variantId, 'ProductVariant', ['input', path, String(index), 'variantId']),
    warehouseId: optionalLocalUuid(line.warehouseId, 'Warehouse', ['input', path, String(index), 'warehouseId']),
  }));

/**
 * A purchase order mutation: its work answers the order's id, its payload the order as it is now,
 * after the unit of work (a replayed idempotency key answers the same way).
 */
function orderMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly ProcurementErrorCode[];
    authScopes: typeof manage | typeof approve;
    description: string;
    run(context: ProcurementContext, input: Input): Promise<ProcurementResult<string>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'purchaseOrder', type: PurchaseOrderRef },
    authScopes: spec.authScopes,
    description: spec.description,
    run: async (context, input) => {
      const result = await spec.run(context, input);
      return result.ok ? ok(await purchaseOrderById(dbOf(context), result.value)) : result;
    },
    fields: (purchaseOrder) => ({ purchaseOrder }),
  });
}

orderMutation('purchaseOrderCreate', {
  input: CreateInput,
  codes: [
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_AMOUNT',
    'NOT_FOUND',
    'SUPPLIER_INACTIVE',
    'UNKNOWN_VARIANT',
    'AMOUNT_TOO_LARGE',
    'IDEMPOTENCY_KEY_REUSED',
  ],
  description: 'A draft order for one supplier; each line keeps the variant’s SKU and title as catalog has them now',
  authScopes: manage,
  run: (context, input) =>
    createPurchaseOrder(dbOf(context), context.deps.catalog, actorOf(context), {
      ...input,
      supplierId: localUuid(input.supplierId, 'Supplier', ['input', 'supplierId']),
      warehouseId: optionalLocalUuid(input.warehouseId, 'Warehouse', ['input', 'warehouseId']),
      lines: mapLines(input.lines, 'lines'),
    }),
});

const LineUpdateInput = builder.inputType('PurchaseOrderLineUpdateInput', {
  fields: (t) => ({
    lineId: t.id({ required: true }),
    quantity: t.int({ validate: quantity }),
    unitCost: t.field({ type: 'MinorUnits', validate: rules.unitAmount }),
    taxRate: t.float({ validate: taxRate }),
    warehouseId: t.id(),
    expectedAt: t.string({ validate: date }),
  }),
});

const UpdateInput = builder.inputType('PurchaseOrderUpdateInput', {
  fields: (t) => ({
    purchaseOrderId: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version read; another change in between is CONFLICT' }),
    expectedAt: t.string({ validate: date }),
    warehouseId: t.id(),
    notes: t.string({ validate: rules.text({ max: 1000, required: false }) }),
    exchangeRate: t.string({ description: 'Drafts only' }),
    addLines: t.field({ type: [LineInput] }),
    updateLines: t.field({ type: [LineUpdateInput] }),
    removeLineIds: t.idList({
      description: 'A draft loses the line; an approved order cancels what is still open on it',
    }),
    comment: t.string({ validate: rules.text({ max: 1000, required: false }) }),
    idempotencyKey: t.string({ validate: rules.idempotencyKey }),
  }),
});

orderMutation('purchaseOrderUpdate', {
  input: UpdateInput,
  codes: [
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_AMOUNT',
    'NOT_FOUND',
    'CONFLICT',
    'INVALID_TRANSITION',
    'UNKNOWN_VARIANT',
    'NO_LINES',
    'AMOUNT_TOO_LARGE',
    'IDEMPOTENCY_KEY_REUSED',
  ],
  description:
    'A versioned edit with its history entry: drafts freely; approved orders publish the change for inventory',
  authScopes: manage,
  run: (context, input) =>
    updatePurchaseOrder(dbOf(context), context.deps.catalog, actorOf(context), {
      ...input,
      purchaseOrderId: localUuid(input.purchaseOrderId, 'PurchaseOrder', ['input', 'purchaseOrderId']),
      warehouseId:
        input.warehouseId === undefined
          ? undefined
          : optionalLocalUuid(input.warehouseId, 'Warehouse', ['input', 'warehouseId']),
      addLines: input.addLines ? mapLines(input.addLines, 'addLines') : null,
      updateLines: input.updateLines?.map((line, index) => ({
        ...line,
        lineId: localUuid(line.lineId, 'PurchaseOrderLine', ['input', 'updateLines', String(index), 'lineId']),
        warehouseId: optionalLocalUuid(line.warehouseId, 'Warehouse', [
          'input',
          'updateLines',
          String(index),
          'warehouseId',
        ]),
      })),
      removeLineIds: input.removeLineIds?.map((id, index) =>
        localUuid(id, 'PurchaseOrderLine', ['input', 'removeLineIds', String(index)]),
      ),
    }),
});

/** One transition mutation: `purchaseOrder<Name>(input: { purchaseOrderId, expectedVersion?, comment?, idempotencyKey? })`. */
function transition(
  name: string,
  options: {
    description: string;
    codes: readonly ProcurementErrorCode[];
    scope: typeof manage | typeof approve;
    commentRequired?: boolean;
    run: (
      context: ProcurementContext,
      input: {
        purchaseOrderId: string;
        expectedVersion?: number | null;
        comment?: string | null;
        idempotencyKey?: string | null;
      },
    ) => Promise<ProcurementResult<string>>;
  },
) {
  const Input = builder.inputType(`PurchaseOrder${name}Input`, {
    fields: (t) => ({
      purchaseOrderId: t.id({ required: true }),
      expectedVersion: t.int({ description: 'When given, the version read; another change in between is CONFLICT' }),
      comment: t.string({
        required: options.commentRequired ?? false,
        validate: rules.text({ max: 1000, required: options.commentRequired ?? false }),
      }),
      idempotencyKey: t.string({ validate: rules.idempotencyKey }),
    }),
  });
  orderMutation(`purchaseOrder${name}`, {
    input: Input,
    codes: ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION', 'IDEMPOTENCY_KEY_REUSED', ...options.codes],
    authScopes: options.scope,
    description: options.description,
    run: (context, input) =>
      options.run(context, {
        ...input,
        purchaseOrderId: localUuid(input.purchaseOrderId, 'PurchaseOrder', ['input', 'purchaseOrderId']),
      }),
  });
}

transition('Submit', {
  description:
    'DRAFT → SUBMITTED for approval; with no enabled approval workflow matching the order it is approved by rule at once',
  codes: ['NO_LINES', 'PLUGIN_REFUSED'],
  scope: manage,
  run: (context, input) => submitPurchaseOrder(dbOf(context), context.deps, actorOf(context), input),
});

const workflowOnly = (context: ProcurementContext, run: () => Promise<ProcurementResult<string>>) =>
  isWorkflowIdentity(context.auth)
    ? run()
    : Promise.resolve<ProcurementResult<string>>({
        ok: false,
        errors: [
          {
            code: 'INVALID_TRANSITION',
            message: 'Purchase orders are approved in the Tasks inbox (the approval workflow decides)',
            field: ['input', 'purchaseOrderId'],
          },
        ],
      });

transition('Approve', {
  description: 'SUBMITTED → APPROVED: the approval workflow’s decision (its service identity calls it)',
  codes: ['SELF_APPROVAL'],
  scope: approve,
  run: (context, input) => workflowOnly(context, () => approvePurchaseOrder(dbOf(context), actorOf(context), input)),
});

transition('Reject', {
  description: 'SUBMITTED → DRAFT with the approvers’ comment: the approval workflow’s decision',
  codes: [],
  scope: approve,
  commentRequired: true,
  run: (context, input) =>
    workflowOnly(context, () =>
      rejectPurchaseOrder(dbOf(context), actorOf(context), { ...input, comment: input.comment ?? '' }),
    ),
});

transition('Send', {
  description: 'APPROVED → SENT: the supplier is mailed the order with its PDF',
  codes: ['NO_EMAIL'],
  scope: manage,
  run: (context, input) => sendPurchaseOrder(dbOf(context), actorOf(context), input),
});

transition('Cancel', {
  description: 'Cancels an order nothing was received on yet (inventory drops what was incoming)',
  codes: [],
  scope: manage,
  run: (context, input) => cancelPurchaseOrder(dbOf(context), actorOf(context), input),
});

transition('Close', {
  description: 'No more receipts: what is still open on each line will not arrive',
  codes: [],
  scope: manage,
  run: (context, input) => closePurchaseOrder(dbOf(context), actorOf(context), input),
});
