import { type Connection, type CURSOR_KEYS, type Page, toConnection } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type AccountType, ensureLedger } from './ledger.ts';
import type { AccountRow } from './rows.ts';

/** One account's movement over a range: `opening` and `closing` are debit − credit (base minor units). */
export type AccountBalance = Pick<AccountRow, 'code' | 'name' | 'type' | 'parentId' | 'active'> & {
  accountId: AccountRow['id'];
  opening: number;
  debit: number;
  credit: number;
  closing: number;
};

export interface DateRange {
  /** YYYY-MM-DD, inclusive; null: since the first entry */
  from: string | null;
  /** YYYY-MM-DD, inclusive */
  to: string;
}

const EARLIEST = '0001-01-01';

/** Every account with its balance before `from` and its debits and credits within the range. */
async function balances(sql: Sql, tenantId: string, range: DateRange): Promise<AccountBalance[]> {
  const { rows } = await sql.query<Omit<AccountBalance, 'closing'>>(
    `with moved as (
       select l.account_id,
              sum(l.debit - l.credit) filter (where e.entry_date < $2::date) as opening,
              sum(l.debit) filter (where e.entry_date >= $2::date) as debit,
              sum(l.credit) filter (where e.entry_date >= $2::date) as credit
         from finance.journal_entries e
         join finance.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
        where e.tenant_id = $1 and e.entry_date <= $3::date
        group by l.account_id)
     select a.id as "accountId", a.code, a.name, a.type, a.parent_id as "parentId", a.active,
            coalesce(m.opening, 0)::float8 as opening, coalesce(m.debit, 0)::float8 as debit,
            coalesce(m.credit, 0)::float8 as credit
       from finance.accounts a left join moved m on m.account_id = a.id
      where a.tenant_id = $1 order by a.code`,
    [tenantId, range.from ?? EARLIEST, range.to],
  );
  return rows.map((row) => ({ ...row, closing: row.opening + row.debit - row.credit }));
}

export interface TrialBalance {
  range: DateRange;
  baseCurrency: string;
  rows: AccountBalance[];
  totalDebit: number;
  totalCredit: number;
  /** the closing balances split by side: debit balances and credit balances, equal in a sound ledger */
  closingDebit: number;
  closingCredit: number;
}

export function trialBalance(db: TenantDb, range: DateRange): Promise<TrialBalance> {
  return db.run(async (sql) => {
    const settings = await ensureLedger(sql, db.tenantId);
    const rows = await balances(sql, db.tenantId, range);
    const sum = (pick: (row: AccountBalance) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return {
      range,
      baseCurrency: settings.baseCurrency,
      rows,
      totalDebit: sum((row) => row.debit),
      totalCredit: sum((row) => row.credit),
      closingDebit: sum((row) => Math.max(row.closing, 0)),
      closingCredit: sum((row) => Math.max(-row.closing, 0)),
    };
  });
}

/** An account's amount in a statement, on its normal side (revenue, liabilities, equity: credit − debit). */
export interface StatementLine {
  accountId: string;
  code: string;
  name: string;
  amount: number;
}

export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  revenue: number;
  costOfGoodsSold: number;
  otherExpenses: number;
  /** revenue − cost of goods sold */
  grossMargin: number;
  netIncome: number;
}

export interface ProfitAndLoss {
  range: DateRange;
  baseCurrency: string;
  revenue: StatementLine[];
  expenses: StatementLine[];
  totalRevenue: number;
  totalExpenses: number;
  costOfGoodsSold: number;
  grossMargin: number;
  netIncome: number;
  months: MonthFigures[];
}

const creditNormal = (type: AccountType) => type === 'LIABILITY' || type === 'EQUITY' || type === 'REVENUE';
const normalAmount = (type: AccountType, debitMinusCredit: number) =>
  creditNormal(type) ? -debitMinusCredit : debitMinusCredit;

const line = (row: AccountBalance, amount: number): StatementLine => ({
  accountId: row.accountId,
  code: row.code,
  name: row.name,
  amount,
});

export function profitAndLoss(db: TenantDb, range: DateRange): Promise<ProfitAndLoss> {
  return db.run(async (sql) => {
    const settings = await ensureLedger(sql, db.tenantId);
    const rows = await balances(sql, db.tenantId, range);
    const movement = (row: AccountBalance) => normalAmount(row.type, row.debit - row.credit);
    const revenue = rows.filter((row) => row.type === 'REVENUE' && (row.debit || row.credit));
    const expenses = rows.filter((row) => row.type === 'EXPENSE' && (row.debit || row.credit));
    const totalRevenue = revenue.reduce((sum, row) => sum + movement(row), 0);
    const totalExpenses = expenses.reduce((sum, row) => sum + movement(row), 0);
    const { rows: months } = await sql.query<MonthFigures>(
      `select to_char(date_trunc('month', e.entry_date), 'YYYY-MM') as month,
              coalesce(sum(l.credit - l.debit) filter (where a.type = 'REVENUE'), 0)::float8 as revenue,
              coalesce(sum(l.debit - l.credit) filter (where a.type = 'EXPENSE' and m.role = 'cogs'), 0)::float8 as "costOfGoodsSold",
              coalesce(sum(l.debit - l.credit) filter (where a.type = 'EXPENSE' and m.role is distinct from 'cogs'), 0)::float8 as "otherExpenses"
         from finance.journal_entries e
         join finance.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
         join finance.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
         left join finance.account_mappings m on m.tenant_id = a.tenant_id and m.account_id = a.id and m.role = 'cogs'
        where e.tenant_id = $1 and e.entry_date between $2::date and $3::date and a.type in ('REVENUE', 'EXPENSE')
        group by 1 order by 1`,
      [db.tenantId, range.from ?? EARLIEST, range.to],
    );
    const monthly = months.map((month) => ({
      ...month,
      grossMargin: month.revenue - month.costOfGoodsSold,
      netIncome: month.revenue - month.costOfGoodsSold - month.otherExpenses,
    }));
    const costOfGoodsSold = monthly.reduce((sum, month) => sum + month.costOfGoodsSold, 0);
    return {
      range,
      baseCurrency: settings.baseCurrency,
      revenue: revenue.map((row) => line(row, movement(row))),
      expenses: expenses.map((row) => line(row, movement(row))),
      totalRevenue,
      totalExpenses,
      costOfGoodsSold,
      grossMargin: totalRevenue - costOfGoodsSold,
      netIncome: totalRevenue - totalExpenses,
      months: monthly,
    };
  });
}

export interface BalanceSheet {
  range: DateRange;
  baseCurrency: string;
  assets: StatementLine[];
  liabilities: StatementLine[];
  equity: StatementLine[];
  /** revenue − expenses before the range: not yet closed into an equity account */
  retainedEarnings: number;
  /** revenue − expenses within the range */
  currentEarnings: number;
  totalAssets: number;
  totalLiabilities: number;
  totalEquity: number;
  /** assets = liabilities + equity (earnings included) */
  balanced: boolean;
}

/** The position at the range's end; earnings not closed into equity are shown in it, split at `from`. */
export function balanceSheet(db: TenantDb, range: DateRange): Promise<BalanceSheet> {
  return db.run(async (sql) => {
    const settings = await ensureLedger(sql, db.tenantId);
    const rows = await balances(sql, db.tenantId, range);
    const closing = (row: AccountBalance) => normalAmount(row.type, row.closing);
    const ofType = (type: AccountType) => rows.filter((row) => row.type === type && row.closing !== 0);
    const total = (list: AccountBalance[]) => list.reduce((sum, row) => sum + closing(row), 0);
    const pnl = rows.filter((row) => row.type === 'REVENUE' || row.type === 'EXPENSE');
    const retainedEarnings = -pnl.reduce((sum, row) => sum + row.opening, 0);
    const currentEarnings = -pnl.reduce((sum, row) => sum + row.debit - row.credit, 0);
    const assets = ofType('ASSET');
    const liabilities = ofType('LIABILITY');
    const equity = ofType('EQUITY');
    const totalAssets = total(assets);
    const totalLiabilities = total(liabilities);
    const totalEquity = total(equity) + retainedEarnings + currentEarnings;
    return {
      range,
      baseCurrency: settings.baseCurrency,
      assets: assets.map((row) => line(row, closing(row))),
      liabilities: liabilities.map((row) => line(row, closing(row))),
      equity: equity.map((row) => line(row, closing(row))),
      retainedEarnings,
      currentEarnings,
      totalAssets,
      totalLiabilities,
      totalEquity,
      balanced: totalAssets === totalLiabilities + totalEquity,
    };
  });
}

/** The documents an entry's source names: its order, invoice or credit note, supplier bill. */
export interface SourceDocumentIds {
  /** the order the entry books, when its source is one of an order's events */
  orderId: string | null;
  /** the invoice or credit note of the same source (a credit note first), or the order's invoice */
  invoiceId: string | null;
  invoiceNumber: string | null;
  invoiceKind: 'invoice' | 'credit_note' | null;
  /** procurement's bill or supplier credit note */
  billId: string | null;
}

export interface LedgerLine extends SourceDocumentIds {
  entryId: string;
  entryNumber: number;
  entryDate: string;
  description: string;
  sourceType: string;
  sourceId: string;
  memo: string;
  debit: number;
  credit: number;
  currency: string;
  amount: number;
  /** debit − credit through this line, from the account's opening balance */
  balance: number;
  position: number;
}

export interface GeneralLedger {
  accountId: string;
  range: DateRange;
  opening: number;
  closing: number;
  lines: Connection<LedgerLine>;
}

/** The entries of a shipment or return: their order is the one `document_orders` keeps for it. */
export const DOCUMENT_SOURCE_TYPES = `('shipment.shipped', 'return.received', 'return.refunded', 'return.tax')`;

/**
 * The order an entry books, from its source: an order's own events carry its id, an edit `<order id>/<version>`;
 * a shipment's or return's entries name only the shipment or return, whose order `document_orders` keeps.
 */
const ORDER_OF_SOURCE = `select case
    when ledger."sourceType" in ('order.placed', 'order.payment_captured', 'order.payment_refunded', 'order.edited',
                               'order.edit_refunded')
     and split_part(ledger."sourceId", '/', 1) ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    then split_part(ledger."sourceId", '/', 1)::uuid
    when ledger."sourceType" in ${DOCUMENT_SOURCE_TYPES}
    then (select d.order_id from finance.document_orders d where d.tenant_id = $1 and d.document_id = ledger."sourceId")
    end as order_id`;

/** The credit note's source type for an entry's source: a refund and a return's entries share the return's note. */
const CREDIT_NOTE_SOURCE_TYPE = `case ledger."sourceType"
    when 'order.payment_refunded' then 'order.refunded'
    when 'order.edit_refunded' then 'order.edited'
    when 'return.tax' then 'return.refunded'
    when 'return.received' then 'return.refunded'
    else ledger."sourceType" end`;

/**
 * The source documents of the rows of `ledger` (its "sourceType" and "sourceId"), the tenant as $1:
 * `select ledger.*, ${SOURCE_DOCUMENT_COLUMNS} from (…) ledger ${SOURCE_DOCUMENT_JOINS}`.
 */
const SOURCE_DOCUMENT_COLUMNS = `o.order_id as "orderId", inv.id as "invoiceId", inv.number as "invoiceNumber",
              inv.kind as "invoiceKind",
              case when ledger."sourceType" in ('bill.posted', 'credit_note.posted') then ledger."sourceId" end as "billId"`;
const SOURCE_DOCUMENT_JOINS = `cross join lateral (${ORDER_OF_SOURCE}) o
         left join lateral (
           select i.id, i.number, i.kind from finance.invoices i
            where i.tenant_id = $1
              and ((i.source_type = ${CREDIT_NOTE_SOURCE_TYPE} and i.source_id = ledger."sourceId")
                   or (i.kind = 'invoice' and i.order_id = o.order_id))
            order by i.kind = 'credit_note' desc limit 1) inv on true`;

/** The source documents of these entries, one statement for any number of them. */
export async function entrySourceDocuments(
  sql: Sql,
  tenantId: string,
  entryIds: readonly string[],
): Promise<(SourceDocumentIds & { entryId: string })[]> {
  const { rows } = await sql.query<SourceDocumentIds & { entryId: string }>(
    `select ledger."entryId", ${SOURCE_DOCUMENT_COLUMNS}
       from (select e.id as "entryId", e.source_type as "sourceType", e.source_id as "sourceId"
               from finance.journal_entries e where e.tenant_id = $1 and e.id = any($2::uuid[])) ledger
       ${SOURCE_DOCUMENT_JOINS}`,
    [tenantId, [...entryIds]],
  );
  return rows;
}

/** One account's lines over a range with their source and the running balance; three statements a page. */
export function generalLedger(
  db: TenantDb,
  accountId: string,
  range: DateRange,
  page: Page<typeof CURSOR_KEYS.position>,
): Promise<GeneralLedger> {
  return db.run(async (sql) => {
    const totals = await one<{ opening: number; movement: number; count: number }>(
      sql,
      `select coalesce(sum(l.debit - l.credit) filter (where e.entry_date < $3::date), 0)::float8 as opening,
              coalesce(sum(l.debit - l.credit) filter (where e.entry_date >= $3::date), 0)::float8 as movement,
              (count(*) filter (where e.entry_date >= $3::date))::int as count
         from finance.journal_lines l join finance.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
        where l.tenant_id = $1 and l.account_id = $2 and e.entry_date <= $4::date`,
      [db.tenantId, accountId, range.from ?? EARLIEST, range.to],
    );
    const offset = page.after ? Number(page.after[0]) : 0;
    const opening = totals?.opening ?? 0;
    // the source documents are looked up for the page's lines only, in the same statement as the page
    const { rows } = await sql.query<LedgerLine>(
      `select ledger.*, ${SOURCE_DOCUMENT_COLUMNS}
         from (
         select e.id as "entryId", e.number as "entryNumber", e.entry_date::text as "entryDate", e.description,
                e.source_type as "sourceType", e.source_id as "sourceId", l.memo, l.debit, l.credit, l.currency, l.amount,
                ($5::float8 + sum(l.debit - l.credit) over w)::float8 as balance,
                (row_number() over w)::int as position
           from finance.journal_lines l join finance.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
          where l.tenant_id = $1 and l.account_id = $2 and e.entry_date between $3::date and $4::date
          window w as (order by e.entry_date, e.number, l.line_no rows unbounded preceding)
         ) ledger
         ${SOURCE_DOCUMENT_JOINS}
        where position > $6 order by position limit $7`,
      [db.tenantId, accountId, range.from ?? EARLIEST, range.to, opening, offset, page.limit + 1],
    );
    return {
      accountId,
      range,
      opening,
      closing: opening + (totals?.movement ?? 0),
      lines: toConnection(rows, page, totals?.count ?? 0, (row) => [String(row.position)] as const),
    };
  });
}

/** RFC 4180 text: a header and one line per row, fields quoted when they need it. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const field = (value: string | number | null) => {
    if (typeof value === 'number') return String(value);
    // a spreadsheet would run text starting with = + - @ as a formula
    const text = value == null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
