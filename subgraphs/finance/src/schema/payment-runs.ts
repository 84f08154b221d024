import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  hasScope,
  localUuid,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import {
  cancelPaymentRun,
  createPaymentRun,
  listPaymentRuns,
  type PaymentRunLineRow,
  type PaymentRunRow,
  type PaymentRunWithLines,
  paymentRunById,
  postPaymentRun,
  updatePaymentRunLine,
} from '../data/payment-runs.ts';
import { dateRule, OpenItemRef } from './open-items.ts';
import { actorOf, dbOf, readers, writers } from './types.ts';

const StatusEnum = builder.enumType('FinancePaymentRunStatus', {
  values: {
    DRAFT: { value: 'draft', description: 'Lines can be removed or reduced; nothing is posted' },
    POSTED: { value: 'posted', description: 'Paid: one journal entry per supplier' },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

const ActionEnum = builder.enumType('FinancePaymentRunAction', {
  values: ['EDIT', 'POST', 'CANCEL'] as const,
});

const LineRef = builder.objectRef<PaymentRunLineRow>('FinancePaymentRunLine').implement({
  description: 'A bill (or credit note, negative) the run pays',
  fields: (t) => ({
    item: t.field({ type: OpenItemRef, resolve: (row) => row.item }),
    supplierId: t.id({
      nullable: true,
      resolve: (row) => (row.item.partyId ? encodeGlobalId('Supplier', row.item.partyId) : null),
    }),
    supplierName: t.string({ resolve: (row) => row.item.partyName }),
    amount: t.expose('amount', { type: 'MinorUnits', description: "In the bill's currency" }),
    baseAmount: t.expose('baseAmount', { type: 'MinorUnits' }),
    entryId: t.id({
      nullable: true,
      description: "The supplier's payment entry, once posted",
      resolve: (row) => (row.entryId ? encodeGlobalId('JournalEntry', row.entryId) : null),
    }),
  }),
});

type RunValue = PaymentRunRow & { lines?: PaymentRunLineRow[] };

const RunRef = builder.objectRef<RunValue>('FinancePaymentRun').implement({
  description: 'Supplier bills due by a date, paid together: draft → posted, or cancelled',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FinancePaymentRun', row.id) }),
    number: t.exposeInt('number'),
    status: t.field({ type: StatusEnum, resolve: (row) => row.status }),
    dueBy: t.exposeString('dueBy', { description: 'Bills due on or before it were selected' }),
    paymentDate: t.exposeString('paymentDate', { nullable: true }),
    lineCount: t.exposeInt('lineCount'),
    supplierCount: t.exposeInt('supplierCount'),
    totalBaseAmount: t.expose('totalBaseAmount', { type: 'MinorUnits' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    postedAt: t.expose('postedAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    lines: t.field({
      type: [LineRef],
      description: 'By supplier (read it on one run: a list of runs loads each one)',
      resolve: async (row, _args, context) => row.lines ?? (await paymentRunById(dbOf(context), row.id))?.lines ?? [],
    }),
    availableActions: t.field({
      type: [ActionEnum],
      description: 'What the caller may do now (empty without finance:write)',
      resolve: (row, _args, context) =>
        row.status === 'draft' && hasScope(context.auth, 'finance:write') ? (['EDIT', 'POST', 'CANCEL'] as const) : [],
    }),
  }),
});

const RunConnection = connectionType(builder, 'FinancePaymentRun', RunRef);

builder.queryField('financePaymentRuns', (t) =>
  t.connection(
    {
      type: RunRef,
      description: 'Supplier payment runs, newest first',
      authScopes: readers,
      args: { status: t.arg({ type: StatusEnum }) },
      resolve: (_root, args, context) =>
        listPaymentRuns(dbOf(context), args.status ?? null, pageOf(args, CURSOR_KEYS.instant)),
    },
    RunConnection,
  ),
);

byIdQuery(builder, 'financePaymentRun', {
  type: RunRef,
  typeName: 'FinancePaymentRun',
  authScopes: readers,
  load: (context, id) => paymentRunById(dbOf(context), id),
});

const runPayload = (mutation: string, codes: readonly string[]) =>
  payloadType(builder, mutation, {
    codes: codes as readonly ('INVALID_INPUT' | 'NOT_FOUND')[],
    field: 'run',
    type: RunRef,
  });

const CreateInput = builder.inputType('FinancePaymentRunCreateInput', {
  fields: (t) => ({
    dueBy: t.string({ required: true, validate: dateRule, description: 'YYYY-MM-DD: bills due on or before it' }),
    supplierIds: t.idList({ description: 'Only these suppliers (left out: every supplier)' }),
  }),
});

builder.mutationField('financePaymentRunCreate', (t) =>
  t.field({
    type: runPayload('FinancePaymentRunCreate', ['INVALID_INPUT', 'NOTHING_DUE']),
    description:
      "Drafts a run of the open bills due by a date, each at its open amount, with the supplier's open credit notes set against them",
    authScopes: writers,
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await createPaymentRun(dbOf(context), {
          dueBy: input.dueBy,
          supplierIds:
            input.supplierIds?.map((id, index) => localUuid(id, 'Supplier', ['input', 'supplierIds', String(index)])) ??
            null,
          actor: actorOf(context),
        }),
        (run: PaymentRunWithLines) => ({ run }),
      ),
  }),
);

const LineUpdateInput = builder.inputType('FinancePaymentRunLineUpdateInput', {
  fields: (t) => ({
    runId: t.id({ required: true }),
    itemId: t.id({ required: true, description: 'The bill (FinanceOpenItem) on the run' }),
    amount: t.field({
      type: 'MinorUnits',
      required: true,
      validate: rules.rule(z.number().int().positive('Must be positive'), 'INVALID_AMOUNT'),
      description: "Pay this much of it (the bill's currency; at most what the run selected)",
    }),
  }),
});

builder.mutationField('financePaymentRunLineUpdate', (t) =>
  t.field({
    type: runPayload('FinancePaymentRunLineUpdate', [
      'INVALID_INPUT',
      'INVALID_AMOUNT',
      'NOT_FOUND',
      'INVALID_TRANSITION',
      'OVER_ALLOCATED',
    ]),
    description: 'Pays less of a bill in a draft run',
    authScopes: writers,
    args: { input: t.arg({ type: LineUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await updatePaymentRunLine(dbOf(context), {
          runId: localUuid(input.runId, 'FinancePaymentRun', ['input', 'runId']),
          itemId: localUuid(input.itemId, 'FinanceOpenItem', ['input', 'itemId']),
          amount: input.amount,
        }),
        (run) => ({ run }),
      ),
  }),
);

const LineRemoveInput = builder.inputType('FinancePaymentRunLineRemoveInput', {
  fields: (t) => ({ runId: t.id({ required: true }), itemId: t.id({ required: true }) }),
});

builder.mutationField('financePaymentRunLineRemove', (t) =>
  t.field({
    type: runPayload('FinancePaymentRunLineRemove', ['NOT_FOUND', 'INVALID_TRANSITION']),
    description: 'Takes a bill off a draft run',
    authScopes: writers,
    args: { input: t.arg({ type: LineRemoveInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await updatePaymentRunLine(dbOf(context), {
          runId: localUuid(input.runId, 'FinancePaymentRun', ['input', 'runId']),
          itemId: localUuid(input.itemId, 'FinanceOpenItem', ['input', 'itemId']),
          amount: null,
        }),
        (run) => ({ run }),
      ),
  }),
);

const PostInput = builder.inputType('FinancePaymentRunPostInput', {
  fields: (t) => ({
    runId: t.id({ required: true }),
    paymentDate: t.string({
      validate: dateRule,
      description: "YYYY-MM-DD (default: the shop's today, in its time zone)",
    }),
  }),
});

builder.mutationField('financePaymentRunPost', (t) =>
  t.field({
    type: runPayload('FinancePaymentRunPost', ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'NOT_OPEN']),
    description:
      'Pays a draft run: one entry per supplier (Dr payables, Cr bank), its bills allocated; a posted run answers unchanged; NOT_OPEN when a bill was paid since',
    authScopes: writers,
    args: { input: t.arg({ type: PostInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await postPaymentRun(dbOf(context), {
          runId: localUuid(input.runId, 'FinancePaymentRun', ['input', 'runId']),
          paymentDate: input.paymentDate ?? null,
          actor: actorOf(context),
        }),
        (run) => ({ run }),
      ),
  }),
);

const CancelInput = builder.inputType('FinancePaymentRunCancelInput', {
  fields: (t) => ({ runId: t.id({ required: true }) }),
});

builder.mutationField('financePaymentRunCancel', (t) =>
  t.field({
    type: runPayload('FinancePaymentRunCancel', ['NOT_FOUND', 'INVALID_TRANSITION']),
    description: 'Drops a draft run; its bills stay open',
    authScopes: writers,
    args: { input: t.arg({ type: CancelInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await cancelPaymentRun(dbOf(context), localUuid(input.runId, 'FinancePaymentRun', ['input', 'runId'])),
        (run) => ({ run }),
      ),
  }),
);
