import {
  badUserInput,
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  decodeGlobalId,
  encodeGlobalId,
  inputMutation,
  localUuid,
  ok,
  optionalLocalUuid,
  pageOf,
  rules,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { FinanceContext } from '../context.ts';
import { ledgerSettings } from '../data/accounts.ts';
import { type BankReceiptRow, recordBankReceipt } from '../data/bank-receipts.ts';
import {
  type Aging,
  type AgingBuckets,
  type AgingRow,
  type AllocationRow,
  aging,
  customerPaymentTerms,
  listOpenItems,
  type OpenItemKind,
  type OpenItemWithAllocations,
  openItemById,
  setCustomerPaymentTerms,
} from '../data/open-items.ts';
import { isDate } from './dates.ts';
import { shopTodayOf } from './shop-day.ts';
import { actorOf, dbOf, FinanceSettingsRef, managers, readers, writers } from './types.ts';

export const dateRule = rules.rule(z.string().refine(isDate, 'A date, YYYY-MM-DD'), 'INVALID_INPUT');

/** A date query argument (default: the shop's today); a malformed one is BAD_USER_INPUT. */
export async function dateArg(
  context: FinanceContext,
  value: string | null | undefined,
  field: string,
): Promise<string> {
  if (value == null) return shopTodayOf(context);
  if (!isDate(value)) throw badUserInput(`${field} must be a date, YYYY-MM-DD`, [field]);
  return value;
}

const partyType = (kind: OpenItemKind) => (kind === 'receivable' ? 'Customer' : 'Supplier');
const documentType = (row: OpenItemWithAllocations) => (row.documentType === 'order' ? 'Order' : 'SupplierBill');

export const OpenItemKindEnum = builder.enumType('FinanceOpenItemKind', {
  values: {
    RECEIVABLE: { value: 'receivable', description: "A customer's order, owed to the tenant" },
    PAYABLE: { value: 'payable', description: "A supplier's bill (or credit note), owed by the tenant" },
  } as const,
});

const OpenItemStatusEnum = builder.enumType('FinanceOpenItemStatus', {
  values: {
    OPEN: { value: 'open', description: 'Something is still owed (or, negative, owed back)' },
    SETTLED: { value: 'settled', description: 'Allocated in full' },
  } as const,
});

const DocumentTypeEnum = builder.enumType('FinanceOpenItemDocumentType', {
  values: { ORDER: { value: 'order' }, BILL: { value: 'bill' }, CREDIT_NOTE: { value: 'credit_note' } } as const,
});

const AllocationRef = builder.objectRef<AllocationRow>('FinanceOpenItemAllocation').implement({
  description: 'What settled (positive) or re-opened (negative) part of an open item',
  fields: (t) => ({
    sourceType: t.exposeString('sourceType', {
      description:
        '`order.payment_captured`, `order.payment_refunded`, `order.edited`, `order.edit_refunded`, `reversal`, `bank_receipt`, `payment_run`',
    }),
    sourceId: t.exposeString('sourceId'),
    entryId: t.id({
      nullable: true,
      resolve: (row) => (row.entryId ? encodeGlobalId('JournalEntry', row.entryId) : null),
    }),
    amount: t.expose('amount', { type: 'MinorUnits', description: "In the document's currency" }),
    baseAmount: t.expose('baseAmount', { type: 'MinorUnits' }),
    allocatedOn: t.exposeString('allocatedOn'),
  }),
});

export const OpenItemRef = builder.objectRef<OpenItemWithAllocations>('FinanceOpenItem').implement({
  description:
    'A receivable (an order) or a payable (a supplier bill or credit note) with what is still open on it; amounts are signed in the direction owed',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FinanceOpenItem', row.id) }),
    kind: t.field({ type: OpenItemKindEnum, resolve: (row) => row.kind }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (row) => row.documentType }),
    documentId: t.id({ resolve: (row) => encodeGlobalId(documentType(row), row.documentId) }),
    documentNumber: t.exposeString('documentNumber'),
    partyId: t.id({
      nullable: true,
      description: 'The customer (null for a guest) or supplier',
      resolve: (row) => (row.partyId ? encodeGlobalId(partyType(row.kind), row.partyId) : null),
    }),
    partyName: t.exposeString('partyName'),
    partyEmail: t.exposeString('partyEmail', { nullable: true }),
    currency: t.exposeString('currency'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    baseAmount: t.expose('baseAmount', { type: 'MinorUnits' }),
    openAmount: t.expose('openAmount', { type: 'MinorUnits' }),
    openBaseAmount: t.expose('openBaseAmount', { type: 'MinorUnits' }),
    documentDate: t.exposeString('documentDate', { nullable: true }),
    dueDate: t.exposeString('dueDate', { nullable: true }),
    status: t.field({
      type: OpenItemStatusEnum,
      resolve: (row) => (row.openBaseAmount === 0 ? 'settled' : 'open'),
    }),
    daysPastDue: t.int({
      nullable: true,
      description: "Days since the due date as of the shop's today (0 or less: not yet due); null when settled",
      resolve: async (row, _args, context) =>
        row.openBaseAmount === 0 || !row.dueDate
          ? null
          : Math.round(
              (Date.parse(`${await shopTodayOf(context)}T00:00:00Z`) - Date.parse(`${row.dueDate}T00:00:00Z`)) /
                86_400_000,
            ),
    }),
    allocations: t.field({ type: [AllocationRef], resolve: (row) => row.allocations }),
  }),
});

const OpenItemConnection = connectionType(builder, 'FinanceOpenItem', OpenItemRef);

/** A customer or supplier id as its global id names it. */
function partyOf(kind: OpenItemKind, partyId: string | null | undefined): string | null {
  if (partyId == null) return null;
  const decoded = decodeGlobalId(partyId);
  if (!decoded || decoded.type !== partyType(kind)) {
    throw badUserInput(`partyId must be a ${partyType(kind)} id`, ['partyId']);
  }
  return localUuid(partyId, partyType(kind), ['partyId']);
}

builder.queryField('financeOpenItems', (t) =>
  t.connection(
    {
      type: OpenItemRef,
      description: 'Receivables or payables, newest first, with their allocations',
      authScopes: readers,
      args: {
        kind: t.arg({ type: OpenItemKindEnum, required: true }),
        partyId: t.arg.id({ description: 'A Customer id (receivables) or Supplier id (payables)' }),
        status: t.arg({ type: OpenItemStatusEnum, description: 'Left out: both' }),
      },
      resolve: (_root, args, context) =>
        listOpenItems(
          dbOf(context),
          { kind: args.kind, partyId: partyOf(args.kind, args.partyId), status: args.status ?? null },
          pageOf(args, CURSOR_KEYS.instant),
        ),
    },
    OpenItemConnection,
  ),
);

byIdQuery(builder, 'financeOpenItem', {
  type: OpenItemRef,
  typeName: 'FinanceOpenItem',
  authScopes: readers,
  load: (context, id) => openItemById(dbOf(context), id),
});

/** The open amounts by days past due, as the totals and each party's row show them. */
const bucketFields = (t: PothosSchemaTypes.ObjectFieldBuilder<typeof builder.$inferSchemaTypes, AgingBuckets>) => ({
  current: t.expose('current', { type: 'MinorUnits', description: 'Not yet due, or due on the day' }),
  days1To30: t.expose('days1To30', { type: 'MinorUnits' }),
  days31To60: t.expose('days31To60', { type: 'MinorUnits' }),
  days61To90: t.expose('days61To90', { type: 'MinorUnits' }),
  over90: t.expose('over90', { type: 'MinorUnits' }),
  total: t.expose('total', { type: 'MinorUnits' }),
});

const AgingBucketsRef = builder.objectRef<AgingBuckets>('FinanceAgingBuckets').implement({
  description: 'Open amounts in base minor units by days past due',
  fields: bucketFields,
});

const AgingRowRef = builder.objectRef<AgingRow & { kind: OpenItemKind }>('FinanceAgingRow').implement({
  description: "One customer's or supplier's open amounts by days past due (a guest customer by email)",
  fields: (t) => ({
    partyId: t.id({
      nullable: true,
      resolve: (row) => (row.partyId ? encodeGlobalId(partyType(row.kind), row.partyId) : null),
    }),
    partyName: t.exposeString('partyName'),
    partyEmail: t.exposeString('partyEmail', { nullable: true }),
    itemCount: t.exposeInt('itemCount'),
    ...bucketFields(t),
  }),
});

const AgingRef = builder.objectRef<Aging>('FinanceAging').implement({
  fields: (t) => ({
    kind: t.field({ type: OpenItemKindEnum, resolve: (row) => row.kind }),
    asOf: t.exposeString('asOf'),
    baseCurrency: t.exposeString('baseCurrency'),
    rows: t.field({ type: [AgingRowRef], resolve: (row) => row.rows.map((line) => ({ ...line, kind: row.kind })) }),
    totals: t.field({ type: AgingBucketsRef, resolve: (row) => row.totals }),
  }),
});

for (const [field, kind] of [
  ['financeReceivablesAging', 'receivable'],
  ['financePayablesAging', 'payable'],
] as const) {
  builder.queryField(field, (t) =>
    t.field({
      type: AgingRef,
      description: `Each ${kind === 'receivable' ? 'customer' : 'supplier'}'s open amount as of a day (documents by then, less allocations by then), by days past due`,
      authScopes: readers,
      args: { asOf: t.arg.string({ description: "YYYY-MM-DD (default: the shop's today, in its time zone)" }) },
      resolve: async (_root, args, context) => aging(dbOf(context), kind, await dateArg(context, args.asOf, 'asOf')),
    }),
  );
}

builder.objectField(FinanceSettingsRef, 'customerPaymentTermsDays', (t) =>
  t.int({
    description: "Days a customer has to pay an order: its receivable's due date is the placement plus these",
    resolve: (_root, _args, context) => customerPaymentTerms(dbOf(context)),
  }),
);

const TermsInput = builder.inputType('FinanceCustomerPaymentTermsSetInput', {
  fields: (t) => ({
    days: t.int({
      required: true,
      validate: rules.rule(z.number().int().min(0, 'Not negative').max(365, 'At most 365'), 'INVALID_INPUT'),
    }),
  }),
});

inputMutation(builder, 'financeCustomerPaymentTermsSet', {
  input: TermsInput,
  payload: { codes: ['INVALID_INPUT'], field: 'settings', type: FinanceSettingsRef },
  authScopes: managers,
  description: 'Sets the days customers have to pay; orders placed from now on fall due that much later',
  run: async (context, input) => {
    const result = await setCustomerPaymentTerms(dbOf(context), input.days);
    return result.ok ? ok(await ledgerSettings(dbOf(context))) : result;
  },
  fields: (settings) => ({ settings }),
});

const BankReceiptRef = builder.objectRef<BankReceiptRow>('FinanceBankReceipt').implement({
  description: "A customer's bank payment, allocated to their orders",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FinanceBankReceipt', row.id) }),
    customerId: t.id({
      nullable: true,
      resolve: (row) => (row.customerId ? encodeGlobalId('Customer', row.customerId) : null),
    }),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    currency: t.exposeString('currency'),
    receivedOn: t.exposeString('receivedOn'),
    reference: t.exposeString('reference'),
    entryId: t.id({
      nullable: true,
      resolve: (row) => (row.entryId ? encodeGlobalId('JournalEntry', row.entryId) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const positiveAmount = rules.rule(
  z.number().int('Amounts are integer minor units').positive('Must be positive').max(Number.MAX_SAFE_INTEGER),
  'INVALID_AMOUNT',
);

const ReceiptAllocationInput = builder.inputType('FinanceReceiptAllocationInput', {
  fields: (t) => ({
    itemId: t.id({ required: true, description: 'A receivable (FinanceOpenItem) of the customer' }),
    amount: t.field({ type: 'MinorUnits', required: true, validate: positiveAmount, description: 'Base minor units' }),
  }),
});

const ReceiptInput = builder.inputType('FinanceReceiptRecordInput', {
  fields: (t) => ({
    customerId: t.id({ description: "The paying customer; left out: a guest's orders" }),
    amount: t.field({
      type: 'MinorUnits',
      required: true,
      validate: positiveAmount,
      description: 'Base minor units; equal to the sum of the allocations',
    }),
    receivedOn: t.string({ required: true, validate: dateRule, description: 'YYYY-MM-DD' }),
    reference: t.string({ validate: rules.text({ max: 200 }), description: "The bank statement's reference" }),
    idempotencyKey: t.string({ required: true, validate: rules.idempotencyKey }),
    allocations: t.field({ type: [ReceiptAllocationInput], required: true }),
  }),
});

inputMutation(builder, 'financeReceiptRecord', {
  input: ReceiptInput,
  payload: {
    codes: ['INVALID_INPUT', 'INVALID_AMOUNT', 'NOT_FOUND', 'OVER_ALLOCATED'],
    field: 'receipt',
    type: BankReceiptRef,
  },
  authScopes: writers,
  description:
    "Records a customer's bank payment (Dr bank, Cr receivables) allocated to their open orders; the same idempotency key records it once",
  run: (context, input) => {
    if (input.allocations.length === 0 || input.allocations.length > 200) {
      throw badUserInput('Between 1 and 200 allocations', ['input', 'allocations']);
    }
    return recordBankReceipt(dbOf(context), {
      customerId: optionalLocalUuid(input.customerId, 'Customer', ['input', 'customerId']),
      amount: input.amount,
      receivedOn: input.receivedOn,
      reference: input.reference?.trim() ?? '',
      idempotencyKey: input.idempotencyKey,
      allocations: input.allocations.map((allocation, index) => ({
        itemId: localUuid(allocation.itemId, 'FinanceOpenItem', ['input', 'allocations', String(index), 'itemId']),
        amount: allocation.amount,
      })),
      actor: actorOf(context),
    });
  },
  fields: (receipt) => ({ receipt }),
});
