import { type AuthContext, byKeys, encodeGlobalId, hasScope, tenantRequired } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FinanceContext } from '../context.ts';
import type { AccountRow, MappingRow } from '../data/accounts.ts';
import type { JournalEntryRow, JournalLineRow } from '../data/journal.ts';
import type { PeriodWithTotals } from '../data/periods.ts';
import {
  type AccountBalance,
  type BalanceSheet,
  entrySourceDocuments,
  type GeneralLedger,
  type LedgerLine,
  type MonthFigures,
  type ProfitAndLoss,
  type SourceDocumentIds,
  type StatementLine,
  type TrialBalance,
} from '../data/reports.ts';
import type { TenantDb } from '../db.ts';
import { SourceDocumentRef, sourceDocumentsOf } from './source-documents.ts';

/** Reading the ledger: finance readers, and whoever may change it. */
const FINANCE_READ_SCOPES = ['finance:read', 'finance:write', 'finance:manage'] as const;
export const readers = { anyScope: FINANCE_READ_SCOPES } as const;
export const canRead = (auth: AuthContext) =>
  auth.tenantId !== null && FINANCE_READ_SCOPES.some((scope) => hasScope(auth, scope));
/** The chart, the role mapping, rates and periods. */
export const managers = { scope: 'finance:manage' } as const;
/** Corrections (reversals). */
export const writers = { scope: 'finance:write' } as const;

export function dbOf(context: FinanceContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

export const actorOf = (context: FinanceContext) => context.auth.subject ?? null;

export const AccountTypeEnum = builder.enumType('FinanceAccountType', {
  values: ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'] as const,
});

export const FinanceSettingsRef = builder.objectRef<{ baseCurrency: string }>('FinanceSettings').implement({
  fields: (t) => ({
    baseCurrency: t.exposeString('baseCurrency', { description: 'Every journal amount is in it (ISO 4217)' }),
  }),
});

export const FinanceAccountRef = builder.objectRef<AccountRow>('FinanceAccount').implement({
  description: 'An account of the chart of accounts',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FinanceAccount', row.id) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    type: t.field({ type: AccountTypeEnum, resolve: (row) => row.type }),
    parentId: t.id({
      nullable: true,
      resolve: (row) => (row.parentId ? encodeGlobalId('FinanceAccount', row.parentId) : null),
    }),
    active: t.exposeBoolean('active', {
      description: 'An inactive account keeps its history but takes no new mapping',
    }),
    roles: t.exposeStringList('roles', { description: 'The posting roles that book to it' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const FinanceAccountMappingRef = builder.objectRef<MappingRow>('FinanceAccountMapping').implement({
  description: 'Which account a posting role books to',
  fields: (t) => ({
    role: t.exposeString('role'),
    accountId: t.id({ resolve: (row) => encodeGlobalId('FinanceAccount', row.accountId) }),
  }),
});

export const PeriodStatusEnum = builder.enumType('FiscalPeriodStatus', {
  values: {
    OPEN: { value: 'open', description: 'Takes postings' },
    CLOSED: { value: 'closed', description: 'Takes none: a late posting goes to the first open month after it' },
  } as const,
});

export const FiscalPeriodRef = builder.objectRef<PeriodWithTotals>('FiscalPeriod').implement({
  description: 'A month of the ledger',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FiscalPeriod', row.id) }),
    month: t.string({ description: 'YYYY-MM', resolve: (row) => row.startsOn.slice(0, 7) }),
    startsOn: t.exposeString('startsOn', { description: 'YYYY-MM-DD' }),
    endsOn: t.exposeString('endsOn', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: PeriodStatusEnum, resolve: (row) => row.status }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    closedBy: t.exposeString('closedBy', { nullable: true }),
    entryCount: t.exposeInt('entryCount'),
  }),
});

export const JournalLineRef = builder.objectRef<JournalLineRow>('JournalLine').implement({
  description: 'One side of a journal entry: base-currency debit or credit, and the document amount it came from',
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo'),
    accountId: t.id({ resolve: (row) => encodeGlobalId('FinanceAccount', row.accountId) }),
    accountCode: t.exposeString('accountCode'),
    accountName: t.exposeString('accountName'),
    debit: t.expose('debit', { type: 'MinorUnits', description: 'Base currency minor units' }),
    credit: t.expose('credit', { type: 'MinorUnits', description: 'Base currency minor units' }),
    currency: t.exposeString('currency', { description: "The source document's currency" }),
    amount: t.expose('amount', {
      type: 'MinorUnits',
      description: "The source document's amount in its currency (positive on the debit side)",
    }),
    rate: t.exposeString('rate', { description: 'Base minor units per document minor unit' }),
    memo: t.exposeString('memo'),
  }),
});

export const JournalEntryRef = builder.objectRef<JournalEntryRow>('JournalEntry').implement({
  description: 'A balanced, immutable journal entry; corrections are reversals',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('JournalEntry', row.id) }),
    number: t.exposeInt('number'),
    entryDate: t.exposeString('entryDate', { description: 'YYYY-MM-DD' }),
    periodId: t.id({ resolve: (row) => encodeGlobalId('FiscalPeriod', row.periodId) }),
    description: t.exposeString('description'),
    sourceType: t.exposeString('sourceType', {
      description: 'What it was posted from: `order.placed`, `shipment.shipped`, `bill.posted`, `reversal`, …',
    }),
    sourceId: t.exposeString('sourceId', {
      description: "The source document's local id (a reversal: the entry it reverses)",
    }),
    eventId: t.exposeString('eventId', { nullable: true, description: 'The event it was posted from' }),
    reversesEntryId: t.id({
      nullable: true,
      resolve: (row) => (row.reversesEntryId ? encodeGlobalId('JournalEntry', row.reversesEntryId) : null),
    }),
    reversedByEntryId: t.id({
      nullable: true,
      resolve: (row) => (row.reversedByEntryId ? encodeGlobalId('JournalEntry', row.reversedByEntryId) : null),
    }),
    originalDate: t.exposeString('originalDate', {
      nullable: true,
      description: "The source's own date when its month was closed and the entry went to the first open one",
    }),
    postedAt: t.expose('postedAt', { type: 'DateTime' }),
    total: t.field({
      type: 'MinorUnits',
      description: 'Its debits (equal to its credits)',
      resolve: (row) => row.lines.reduce((sum, line) => sum + line.debit, 0),
    }),
    lines: t.field({ type: [JournalLineRef], resolve: (row) => row.lines }),
    documents: t.field({
      type: [SourceDocumentRef],
      description:
        'The order, invoice or credit note and supplier bill it was posted from (a page of entries: one statement)',
      resolve: async (row, _args, context) =>
        sourceDocumentsOf((await entryDocumentsLoader(context).load(row.id)) ?? NO_DOCUMENTS),
    }),
  }),
});

const NO_DOCUMENTS = { orderId: null, invoiceId: null, invoiceNumber: null, invoiceKind: null, billId: null } as const;

const entryDocumentsLoader = (context: FinanceContext) =>
  context.loaders.get<string, SourceDocumentIds | null>('journalEntryDocuments', async (entryIds) => {
    const db = dbOf(context);
    const rows = await db.run((sql) => entrySourceDocuments(sql, db.tenantId, entryIds));
    return byKeys(entryIds, rows, (row) => row.entryId);
  });

export const AccountBalanceRef = builder.objectRef<AccountBalance>('FinanceAccountBalance').implement({
  description: 'An account over a date range; balances are debit − credit in base minor units',
  fields: (t) => ({
    accountId: t.id({ resolve: (row) => encodeGlobalId('FinanceAccount', row.accountId) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    type: t.field({ type: AccountTypeEnum, resolve: (row) => row.type }),
    opening: t.expose('opening', { type: 'MinorUnits' }),
    debit: t.expose('debit', { type: 'MinorUnits' }),
    credit: t.expose('credit', { type: 'MinorUnits' }),
    closing: t.expose('closing', { type: 'MinorUnits' }),
  }),
});

const rangeFields = {
  from: (row: { range: { from: string | null } }) => row.range.from,
  to: (row: { range: { to: string } }) => row.range.to,
};

export const TrialBalanceRef = builder.objectRef<TrialBalance>('FinanceTrialBalance').implement({
  fields: (t) => ({
    from: t.string({ nullable: true, resolve: rangeFields.from }),
    to: t.string({ resolve: rangeFields.to }),
    baseCurrency: t.exposeString('baseCurrency'),
    rows: t.field({ type: [AccountBalanceRef], resolve: (row) => row.rows }),
    totalDebit: t.expose('totalDebit', { type: 'MinorUnits' }),
    totalCredit: t.expose('totalCredit', { type: 'MinorUnits' }),
    closingDebit: t.expose('closingDebit', { type: 'MinorUnits', description: 'Sum of debit closing balances' }),
    closingCredit: t.expose('closingCredit', { type: 'MinorUnits', description: 'Sum of credit closing balances' }),
    balanced: t.boolean({
      resolve: (row) => row.totalDebit === row.totalCredit && row.closingDebit === row.closingCredit,
    }),
  }),
});

export const StatementLineRef = builder.objectRef<StatementLine>('FinanceStatementLine').implement({
  description: "An account's amount on its normal side",
  fields: (t) => ({
    accountId: t.id({ resolve: (row) => encodeGlobalId('FinanceAccount', row.accountId) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
  }),
});

export const MonthFiguresRef = builder.objectRef<MonthFigures>('FinanceMonthFigures').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    revenue: t.expose('revenue', { type: 'MinorUnits' }),
    costOfGoodsSold: t.expose('costOfGoodsSold', { type: 'MinorUnits' }),
    otherExpenses: t.expose('otherExpenses', { type: 'MinorUnits' }),
    grossMargin: t.expose('grossMargin', { type: 'MinorUnits' }),
    netIncome: t.expose('netIncome', { type: 'MinorUnits' }),
  }),
});

export const ProfitAndLossRef = builder.objectRef<ProfitAndLoss>('FinanceProfitAndLoss').implement({
  fields: (t) => ({
    from: t.string({ nullable: true, resolve: rangeFields.from }),
    to: t.string({ resolve: rangeFields.to }),
    baseCurrency: t.exposeString('baseCurrency'),
    revenue: t.field({ type: [StatementLineRef], resolve: (row) => row.revenue }),
    expenses: t.field({ type: [StatementLineRef], resolve: (row) => row.expenses }),
    totalRevenue: t.expose('totalRevenue', { type: 'MinorUnits' }),
    totalExpenses: t.expose('totalExpenses', { type: 'MinorUnits' }),
    costOfGoodsSold: t.expose('costOfGoodsSold', { type: 'MinorUnits' }),
    grossMargin: t.expose('grossMargin', { type: 'MinorUnits' }),
    netIncome: t.expose('netIncome', { type: 'MinorUnits' }),
    months: t.field({ type: [MonthFiguresRef], resolve: (row) => row.months }),
  }),
});

export const BalanceSheetRef = builder.objectRef<BalanceSheet>('FinanceBalanceSheet').implement({
  fields: (t) => ({
    from: t.string({ nullable: true, resolve: rangeFields.from }),
    to: t.string({ resolve: rangeFields.to }),
    baseCurrency: t.exposeString('baseCurrency'),
    assets: t.field({ type: [StatementLineRef], resolve: (row) => row.assets }),
    liabilities: t.field({ type: [StatementLineRef], resolve: (row) => row.liabilities }),
    equity: t.field({ type: [StatementLineRef], resolve: (row) => row.equity }),
    retainedEarnings: t.expose('retainedEarnings', {
      type: 'MinorUnits',
      description: 'Revenue − expenses before the range',
    }),
    currentEarnings: t.expose('currentEarnings', {
      type: 'MinorUnits',
      description: 'Revenue − expenses in the range',
    }),
    totalAssets: t.expose('totalAssets', { type: 'MinorUnits' }),
    totalLiabilities: t.expose('totalLiabilities', { type: 'MinorUnits' }),
    totalEquity: t.expose('totalEquity', { type: 'MinorUnits', description: 'Earnings included' }),
    balanced: t.exposeBoolean('balanced'),
  }),
});

export const LedgerLineRef = builder.objectRef<LedgerLine>('FinanceLedgerLine').implement({
  fields: (t) => ({
    entryId: t.id({ resolve: (row) => encodeGlobalId('JournalEntry', row.entryId) }),
    entryNumber: t.exposeInt('entryNumber'),
    entryDate: t.exposeString('entryDate'),
    description: t.exposeString('description'),
    sourceType: t.exposeString('sourceType'),
    sourceId: t.exposeString('sourceId'),
    memo: t.exposeString('memo'),
    debit: t.expose('debit', { type: 'MinorUnits' }),
    credit: t.expose('credit', { type: 'MinorUnits' }),
    currency: t.exposeString('currency'),
    amount: t.expose('amount', { type: 'MinorUnits' }),
    balance: t.expose('balance', { type: 'MinorUnits', description: 'Debit − credit through this line' }),
    documents: t.field({
      type: [SourceDocumentRef],
      description: 'The order, invoice or credit note, or supplier bill the line was posted from (none for the rest)',
      resolve: sourceDocumentsOf,
    }),
  }),
});

export type GeneralLedgerValue = GeneralLedger;
