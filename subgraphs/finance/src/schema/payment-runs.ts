import type { InputObjectRef } from '@pothos/core';
import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  hasScope,
  inputMutation,
  localUuid,
  pageOf,
  rules,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { FinanceContext } from '../context.ts';
import type { FinanceErrorCode, FinanceResult } from '../data/errors.ts';
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

/** A mutation of a payment run, by the finance writers: its payload answers the run (`{ run }`). */
function runMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    /** the codes its work can answer, and INVALID_AMOUNT of an amount's input rule */
    codes: readonly (FinanceErrorCode | 'INVALID_AMOUNT')[];
    description: string;
    run(context: FinanceContext, input: Input): Promise<FinanceResult<PaymentRunWithLines>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'run', type: RunRef },
    authScopes: writers,
    description: spec.description,
    run: spec.run,
    fields: (run) => ({ run }),
  });
}

const runIdOf = (input: { runId: string }) => localUuid(input.runId, 'FinancePaymentRun', ['input', 'runId']);

const CreateInput = builder.inputType('FinancePaymentRunCreateInput', {
  fields: (t) => ({
    dueBy: t.string({ required: true, validate: dateRule, description: 'YYYY-MM-DD: bills due on or before it' }),
    supplierIds: t.idList({ description: 'Only these suppliers (left out: every supplier)' }),
  }),
});

runMutation('financePaymentRunCreate', {
  input: CreateInput,
  codes: ['INVALID_INPUT', 'NOTHING_DUE'],
  description:
    "Drafts a run of the open bills due by a date, each at its open amount, with the supplier's open credit notes set against them",
  run: (context, input) =>
    createPaymentRun(dbOf(context), {
      dueBy: input.dueBy,
      supplierIds:
        input.supplierIds?.map((id, index) => localUuid(id, 'Supplier', ['input', 'supplierIds', String(index)])) ??
        null,
      actor: actorOf(context),
    }),
});

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

/** the bill on a run that a line change names */
const runLineOf = (input: { runId: string; itemId: string }) => ({
  runId: runIdOf(input),
  itemId: localUuid(input.itemId, 'FinanceOpenItem', ['input', 'itemId']),
});

runMutation('financePaymentRunLineUpdate', {
  input: LineUpdateInput,
  codes: ['INVALID_INPUT', 'INVALID_AMOUNT', 'NOT_FOUND', 'INVALID_TRANSITION', 'OVER_ALLOCATED'],
  description: 'Pays less of a bill in a draft run',
  run: (context, input) => updatePaymentRunLine(dbOf(context), { ...runLineOf(input), amount: input.amount }),
});

const LineRemoveInput = builder.inputType('FinancePaymentRunLineRemoveInput', {
  fields: (t) => ({ runId: t.id({ required: true }), itemId: t.id({ required: true }) }),
});

runMutation('financePaymentRunLineRemove', {
  input: LineRemoveInput,
  codes: ['NOT_FOUND', 'INVALID_TRANSITION'],
  description: 'Takes a bill off a draft run',
  run: (context, input) => updatePaymentRunLine(dbOf(context), { ...runLineOf(input), amount: null }),
});

const PostInput = builder.inputType('FinancePaymentRunPostInput', {
  fields: (t) => ({
    runId: t.id({ required: true }),
    paymentDate: t.string({
      validate: dateRule,
      description: "YYYY-MM-DD (default: the shop's today, in its time zone)",
    }),
  }),
});

runMutation('financePaymentRunPost', {
  input: PostInput,
  codes: ['INVALID_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'NOT_OPEN'],
  description:
    'Pays a draft run: one entry per supplier (Dr payables, Cr bank), its bills allocated; a posted run answers unchanged; NOT_OPEN when a bill was paid since',
  run: (context, input) =>
    postPaymentRun(dbOf(context), {
      runId: runIdOf(input),
      paymentDate: input.paymentDate ?? null,
      actor: actorOf(context),
    }),
});

const CancelInput = builder.inputType('FinancePaymentRunCancelInput', {
  fields: (t) => ({ runId: t.id({ required: true }) }),
});

runMutation('financePaymentRunCancel', {
  input: CancelInput,
  codes: ['NOT_FOUND', 'INVALID_TRANSITION'],
  description: 'Drops a draft run; its bills stay open',
  run: (context, input) => cancelPaymentRun(dbOf(context), runIdOf(input)),
});
