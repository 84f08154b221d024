import { badUserInput, byIdQuery, CURSOR_KEYS, connectionType, localUuid, optionalLocalUuid, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FinanceContext } from '../context.ts';
import { ledgerSettings, listAccounts, listMappings } from '../data/accounts.ts';
import { entryById, listEntries } from '../data/journal.ts';
import { aging, agingCsvRows } from '../data/open-items.ts';
import { listPeriods } from '../data/periods.ts';
import { balanceSheet, type DateRange, generalLedger, profitAndLoss, toCsv, trialBalance } from '../data/reports.ts';
import { filterDays, isDate } from './dates.ts';
import { shopTodayOf } from './shop-day.ts';
import {
  BalanceSheetRef,
  dbOf,
  FinanceAccountMappingRef,
  FinanceAccountRef,
  FinanceSettingsRef,
  FiscalPeriodRef,
  type GeneralLedgerValue,
  JournalEntryRef,
  LedgerLineRef,
  ProfitAndLossRef,
  readers,
  TrialBalanceRef,
} from './types.ts';

/** A report's range: `to` defaults to the shop's today, `from` to the ledger's beginning. */
export async function rangeOf(
  context: FinanceContext,
  args: { from?: string | null; to?: string | null },
): Promise<DateRange> {
  const to = args.to ?? (await shopTodayOf(context));
  if (!isDate(to)) throw badUserInput('to must be a date, YYYY-MM-DD', ['to']);
  if (args.from != null && !isDate(args.from)) throw badUserInput('from must be a date, YYYY-MM-DD', ['from']);
  if (args.from != null && args.from > to) throw badUserInput('from must not be after to', ['from']);
  return { from: args.from ?? null, to };
}

builder.queryField('financeSettings', (t) =>
  t.field({
    type: FinanceSettingsRef,
    authScopes: readers,
    resolve: (_root, _args, context) => ledgerSettings(dbOf(context)),
  }),
);

builder.queryField('financeAccounts', (t) =>
  t.field({
    type: [FinanceAccountRef],
    description: 'The chart of accounts by code (created from the standard template on first use)',
    authScopes: readers,
    resolve: (_root, _args, context) => listAccounts(dbOf(context)),
  }),
);

builder.queryField('financeAccountMappings', (t) =>
  t.field({
    type: [FinanceAccountMappingRef],
    description: 'Which account each posting role books to',
    authScopes: readers,
    resolve: (_root, _args, context) => listMappings(dbOf(context)),
  }),
);

builder.queryField('financePeriods', (t) =>
  t.field({
    type: [FiscalPeriodRef],
    description: 'The months posted to or closed, newest first',
    authScopes: readers,
    resolve: (_root, _args, context) => listPeriods(dbOf(context)),
  }),
);

const JournalEntryConnection = connectionType(builder, 'JournalEntry', JournalEntryRef);

const JournalFilter = builder.inputType('JournalEntryFilter', {
  fields: (t) => ({
    accountId: t.id({ description: 'Entries with a line on this account' }),
    periodId: t.id(),
    sourceType: t.string({ description: '`order.placed`, `shipment.shipped`, `bill.posted`, `reversal`, …' }),
    sourceId: t.string({
      description: "The source document's local id (an order's id also finds the order's edits, shipments and returns)",
    }),
    from: t.string({ description: 'Entry date on or after, YYYY-MM-DD' }),
    to: t.string({ description: 'Entry date on or before, YYYY-MM-DD' }),
  }),
});

builder.queryField('financeJournalEntries', (t) =>
  t.connection(
    {
      type: JournalEntryRef,
      description: 'The journal, newest posting first',
      authScopes: readers,
      args: { filter: t.arg({ type: JournalFilter }) },
      resolve: (_root, args, context) => {
        const filter = args.filter ?? {};
        const days = filterDays(filter);
        return listEntries(
          dbOf(context),
          {
            accountId: optionalLocalUuid(filter.accountId, 'FinanceAccount', ['filter', 'accountId']),
            periodId: optionalLocalUuid(filter.periodId, 'FiscalPeriod', ['filter', 'periodId']),
            sourceType: filter.sourceType ?? null,
            sourceId: filter.sourceId ?? null,
            ...days,
          },
          pageOf(args, CURSOR_KEYS.instant),
        );
      },
    },
    JournalEntryConnection,
  ),
);

byIdQuery(builder, 'financeJournalEntry', {
  type: JournalEntryRef,
  typeName: 'JournalEntry',
  authScopes: readers,
  load: (context, id) => entryById(dbOf(context), id),
});

builder.queryField('financeTrialBalance', (t) =>
  t.field({
    type: TrialBalanceRef,
    description: "Every account's opening balance, debits, credits and closing balance over the range",
    authScopes: readers,
    args: {
      from: t.arg.string({ description: 'YYYY-MM-DD, inclusive (default: the first entry)' }),
      to: t.arg.string({ description: "YYYY-MM-DD, inclusive (default: the shop's today, in its time zone)" }),
    },
    resolve: async (_root, args, context) => trialBalance(dbOf(context), await rangeOf(context, args)),
  }),
);

builder.queryField('financeProfitAndLoss', (t) =>
  t.field({
    type: ProfitAndLossRef,
    description: 'Revenue and expenses over the range, with the figures of each month',
    authScopes: readers,
    args: {
      from: t.arg.string({ description: 'YYYY-MM-DD, inclusive (default: the first entry)' }),
      to: t.arg.string({ description: "YYYY-MM-DD, inclusive (default: the shop's today, in its time zone)" }),
    },
    resolve: async (_root, args, context) => profitAndLoss(dbOf(context), await rangeOf(context, args)),
  }),
);

builder.queryField('financeBalanceSheet', (t) =>
  t.field({
    type: BalanceSheetRef,
    description: "The position at the range's end; earnings split into before and within the range",
    authScopes: readers,
    args: {
      from: t.arg.string({ description: 'YYYY-MM-DD: where current earnings start (default: the first entry)' }),
      to: t.arg.string({
        description: "YYYY-MM-DD: the date of the position (default: the shop's today, in its time zone)",
      }),
    },
    resolve: async (_root, args, context) => balanceSheet(dbOf(context), await rangeOf(context, args)),
  }),
);

const LedgerLineConnection = connectionType(builder, 'FinanceLedgerLine', LedgerLineRef);

const GeneralLedgerRef = builder.objectRef<GeneralLedgerValue>('FinanceGeneralLedger').implement({
  fields: (t) => ({
    accountId: t.id({ resolve: (row) => `${row.accountId}` }),
    from: t.string({ nullable: true, resolve: (row) => row.range.from }),
    to: t.string({ resolve: (row) => row.range.to }),
    opening: t.expose('opening', { type: 'MinorUnits', description: 'Debit − credit before the range' }),
    closing: t.expose('closing', { type: 'MinorUnits', description: "Debit − credit at the range's end" }),
    lines: t.field({ type: LedgerLineConnection, resolve: (row) => row.lines }),
  }),
});

builder.queryField('financeGeneralLedger', (t) =>
  t.field({
    type: GeneralLedgerRef,
    description: "One account's lines over the range, oldest first, with their source and running balance",
    authScopes: readers,
    args: {
      accountId: t.arg.id({ required: true }),
      from: t.arg.string({ description: 'YYYY-MM-DD, inclusive (default: the first entry)' }),
      to: t.arg.string({ description: "YYYY-MM-DD, inclusive (default: the shop's today, in its time zone)" }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const accountId = localUuid(args.accountId, 'FinanceAccount', ['accountId']);
      const ledger = await generalLedger(
        dbOf(context),
        accountId,
        await rangeOf(context, args),
        pageOf(args, CURSOR_KEYS.position),
      );
      return { ...ledger, accountId: args.accountId };
    },
  }),
);

const ReportKind = builder.enumType('FinanceReportKind', {
  values: [
    'TRIAL_BALANCE',
    'PROFIT_AND_LOSS',
    'BALANCE_SHEET',
    'GENERAL_LEDGER',
    'RECEIVABLES_AGING',
    'PAYABLES_AGING',
  ] as const,
});

builder.queryField('financeReportCsv', (t) =>
  t.string({
    description:
      'A report as CSV text (amounts in base minor units); GENERAL_LEDGER needs accountId; the agings are as of `to`',
    authScopes: readers,
    args: {
      report: t.arg({ type: ReportKind, required: true }),
      from: t.arg.string({ description: 'YYYY-MM-DD, inclusive (default: the first entry)' }),
      to: t.arg.string({ description: "YYYY-MM-DD, inclusive (default: the shop's today, in its time zone)" }),
      accountId: t.arg.id(),
    },
    resolve: async (_root, args, context) => {
      const db = dbOf(context);
      const range = await rangeOf(context, args);
      switch (args.report) {
        case 'TRIAL_BALANCE': {
          const report = await trialBalance(db, range);
          return toCsv(
            ['code', 'name', 'type', 'opening', 'debit', 'credit', 'closing'],
            [
              ...report.rows.map((row) => [
                row.code,
                row.name,
                row.type,
                row.opening,
                row.debit,
                row.credit,
                row.closing,
              ]),
              ['', 'Total', '', null, report.totalDebit, report.totalCredit, null],
            ],
          );
        }
        case 'PROFIT_AND_LOSS': {
          const report = await profitAndLoss(db, range);
          return toCsv(
            ['section', 'code', 'name', 'amount'],
            [
              ...report.revenue.map((row) => ['revenue', row.code, row.name, row.amount]),
              ['revenue', '', 'Total revenue', report.totalRevenue],
              ...report.expenses.map((row) => ['expenses', row.code, row.name, row.amount]),
              ['expenses', '', 'Total expenses', report.totalExpenses],
              ['result', '', 'Net income', report.netIncome],
            ],
          );
        }
        case 'BALANCE_SHEET': {
          const report = await balanceSheet(db, range);
          return toCsv(
            ['section', 'code', 'name', 'amount'],
            [
              ...report.assets.map((row) => ['assets', row.code, row.name, row.amount]),
              ['assets', '', 'Total assets', report.totalAssets],
              ...report.liabilities.map((row) => ['liabilities', row.code, row.name, row.amount]),
              ['liabilities', '', 'Total liabilities', report.totalLiabilities],
              ...report.equity.map((row) => ['equity', row.code, row.name, row.amount]),
              ['equity', '', 'Retained earnings', report.retainedEarnings],
              ['equity', '', 'Current earnings', report.currentEarnings],
              ['equity', '', 'Total equity', report.totalEquity],
            ],
          );
        }
        case 'GENERAL_LEDGER': {
          if (!args.accountId) throw badUserInput('GENERAL_LEDGER needs accountId', ['accountId']);
          const accountId = localUuid(args.accountId, 'FinanceAccount', ['accountId']);
          const rows: (string | number | null)[][] = [];
          let after: string | null = null;
          // every line of the range, page by page (a page is at most MAX_PAGE_SIZE)
          for (;;) {
            const ledger = await generalLedger(
              db,
              accountId,
              range,
              pageOf({ first: 100, after }, CURSOR_KEYS.position),
            );
            for (const edge of ledger.lines.edges) {
              const line = edge.node;
              rows.push([
                line.entryDate,
                line.entryNumber,
                line.sourceType,
                line.sourceId,
                line.description,
                line.memo,
                line.debit,
                line.credit,
                line.balance,
              ]);
            }
            if (!ledger.lines.pageInfo.hasNextPage) break;
            after = ledger.lines.pageInfo.endCursor;
          }
          return toCsv(
            ['date', 'entry', 'source_type', 'source_id', 'description', 'memo', 'debit', 'credit', 'balance'],
            rows,
          );
        }
        case 'RECEIVABLES_AGING':
        case 'PAYABLES_AGING': {
          const kind = args.report === 'RECEIVABLES_AGING' ? 'receivable' : 'payable';
          const { header, rows } = agingCsvRows(await aging(db, kind, range.to));
          return toCsv(header, rows);
        }
      }
    },
  }),
);
