import { one, type Sql } from '../db.ts';
import type { AccountType, PeriodRow } from './rows.ts';

export type { AccountType, PeriodRow };

/** What each posting rule books to; a tenant maps every role to one of its accounts. */
export const POSTING_ROLES = [
  'cash_clearing',
  'receivables',
  'inventory',
  'input_tax',
  'payables',
  'grni',
  'tax_payable',
  'retained_earnings',
  'sales_revenue',
  'shipping_revenue',
  'sales_returns',
  'cogs',
  'price_variance',
  'freight_in',
  'bank',
  'gift_card_liability',
  'gift_cards_issued',
] as const;

export type PostingRole = (typeof POSTING_ROLES)[number];

interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  parent: string | null;
  role?: PostingRole;
}

/** The chart every tenant starts with: headers per type, and one account per posting role. */
export const STANDARD_CHART: readonly TemplateAccount[] = [
  { code: '1000', name: 'Assets', type: 'ASSET', parent: null },
  { code: '1050', name: 'Bank', type: 'ASSET', parent: '1000', role: 'bank' },
  { code: '1100', name: 'Cash clearing (payment provider)', type: 'ASSET', parent: '1000', role: 'cash_clearing' },
  { code: '1200', name: 'Accounts receivable', type: 'ASSET', parent: '1000', role: 'receivables' },
  { code: '1300', name: 'Inventory', type: 'ASSET', parent: '1000', role: 'inventory' },
  { code: '1400', name: 'Input tax recoverable', type: 'ASSET', parent: '1000', role: 'input_tax' },
  { code: '2000', name: 'Liabilities', type: 'LIABILITY', parent: null },
  { code: '2100', name: 'Accounts payable', type: 'LIABILITY', parent: '2000', role: 'payables' },
  { code: '2200', name: 'Goods received not invoiced', type: 'LIABILITY', parent: '2000', role: 'grni' },
  { code: '2300', name: 'Sales tax payable', type: 'LIABILITY', parent: '2000', role: 'tax_payable' },
  { code: '2400', name: 'Gift card liability', type: 'LIABILITY', parent: '2000', role: 'gift_card_liability' },
  { code: '3000', name: 'Equity', type: 'EQUITY', parent: null },
  { code: '3100', name: 'Owner equity', type: 'EQUITY', parent: '3000' },
  { code: '3900', name: 'Retained earnings', type: 'EQUITY', parent: '3000', role: 'retained_earnings' },
  { code: '4000', name: 'Revenue', type: 'REVENUE', parent: null },
  { code: '4100', name: 'Sales revenue', type: 'REVENUE', parent: '4000', role: 'sales_revenue' },
  { code: '4200', name: 'Shipping revenue', type: 'REVENUE', parent: '4000', role: 'shipping_revenue' },
  { code: '4900', name: 'Sales returns and refunds', type: 'REVENUE', parent: '4000', role: 'sales_returns' },
  { code: '5000', name: 'Expenses', type: 'EXPENSE', parent: null },
  { code: '5100', name: 'Cost of goods sold', type: 'EXPENSE', parent: '5000', role: 'cogs' },
  { code: '5200', name: 'Purchase price variance', type: 'EXPENSE', parent: '5000', role: 'price_variance' },
  { code: '5300', name: 'Freight in', type: 'EXPENSE', parent: '5000', role: 'freight_in' },
  { code: '5400', name: 'Gift cards issued', type: 'EXPENSE', parent: '5000', role: 'gift_cards_issued' },
];

export interface LedgerSettings {
  baseCurrency: string;
}

/**
 * The tenant's settings, creating them with the standard chart and its role mapping on first use.
 * Two first uses at once: the second insert waits for the first to commit and then finds the row.
 */
export async function ensureLedger(sql: Sql, tenantId: string): Promise<LedgerSettings> {
  const inserted = await one<LedgerSettings>(
    sql,
    `insert into finance.settings (tenant_id) values ($1) on conflict do nothing returning base_currency as "baseCurrency"`,
    [tenantId],
  );
  if (!inserted) {
    const found = await one<LedgerSettings>(
      sql,
      `select base_currency as "baseCurrency" from finance.settings where tenant_id = $1`,
      [tenantId],
    );
    return found as LedgerSettings;
  }
  for (const level of [null, 'child'] as const) {
    const rows = STANDARD_CHART.filter((account) => (level === null ? !account.parent : account.parent));
    await sql.query(
      `insert into finance.accounts (tenant_id, code, name, type, parent_id)
       select $1, t.code, t.name, t.type, p.id
         from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as t(code, name, type, parent)
         left join finance.accounts p on p.tenant_id = $1 and p.code = t.parent`,
      [
        tenantId,
        rows.map((row) => row.code),
        rows.map((row) => row.name),
        rows.map((row) => row.type),
        rows.map((row) => row.parent),
      ],
    );
  }
  const mapped = STANDARD_CHART.filter((account) => account.role);
  await sql.query(
    `insert into finance.account_mappings (tenant_id, role, account_id)
     select $1, t.role, a.id from unnest($2::text[], $3::text[]) as t(role, code)
       join finance.accounts a on a.tenant_id = $1 and a.code = t.code`,
    [tenantId, mapped.map((account) => account.role), mapped.map((account) => account.code)],
  );
  return inserted;
}

/** The tenant's base currency and the account of each posting role, as posting needs them. */
export interface Ledger extends LedgerSettings {
  accounts: Map<PostingRole, string>;
  /** days a customer has to pay an order (0 when never set): every placement's open item needs it */
  customerPaymentTermsDays: number;
  /** the shop's time zone (identity's, announced in `identity.tenant.settings_changed`); null: not heard yet, UTC */
  timeZone: string | null;
}

/**
 * The columns `loadLedger` reads, for a statement over `finance.settings s` (the tenant's row): another
 * statement can read the ledger with them and save posting its own round trip (`ledgerOf`).
 */
export const LEDGER_COLUMNS = `s.base_currency as "baseCurrency", s.customer_payment_terms_days as "customerPaymentTermsDays",
  (select json_object_agg(m.role, m.account_id) from finance.account_mappings m where m.tenant_id = s.tenant_id) as mappings,
  (select i.time_zone from finance.invoice_settings i where i.tenant_id = s.tenant_id) as "timeZone"`;

/** What a statement read with `LEDGER_COLUMNS`. */
export interface LedgerRow {
  baseCurrency: string;
  customerPaymentTermsDays: number | null;
  mappings: Record<PostingRole, string> | null;
  timeZone: string | null;
}

/** The ledger from a row read with `LEDGER_COLUMNS` (null: the tenant has no settings yet). */
export const ledgerOf = (row: LedgerRow): Ledger => ({
  baseCurrency: row.baseCurrency,
  customerPaymentTermsDays: row.customerPaymentTermsDays ?? 0,
  accounts: new Map(Object.entries(row.mappings ?? {}) as [PostingRole, string][]),
  timeZone: row.timeZone,
});

/** One statement for a tenant that has used finance before; the first use creates the chart. */
export async function loadLedger(sql: Sql, tenantId: string): Promise<Ledger> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const row = await one<LedgerRow>(sql, `select ${LEDGER_COLUMNS} from finance.settings s where s.tenant_id = $1`, [
      tenantId,
    ]);
    if (row) return ledgerOf(row);
    await ensureLedger(sql, tenantId);
  }
  throw new Error('the ledger settings could not be created');
}

export const PERIOD_COLUMNS = `id, starts_on::text as "startsOn", ends_on::text as "endsOn", status,
  closed_at as "closedAt", closed_by as "closedBy"`;

/** The month holding `date` (YYYY-MM-DD), created open if it is new; `lock` takes a share lock against a concurrent close. */
export async function periodOf(sql: Sql, tenantId: string, date: string, lock = false): Promise<PeriodRow> {
  const find = () =>
    one<PeriodRow>(
      sql,
      `select ${PERIOD_COLUMNS} from finance.fiscal_periods
        where tenant_id = $1 and starts_on = date_trunc('month', $2::date)::date ${lock ? 'for share' : ''}`,
      [tenantId, date],
    );
  const found = await find();
  if (found) return found;
  await openMonths(sql, tenantId, [date]);
  return (await find()) as PeriodRow;
}

/** Opens the fiscal period (one per calendar month) of each date's month that has none yet. */
export async function openMonths(sql: Sql, tenantId: string, dates: readonly string[]): Promise<void> {
  await sql.query(
    `insert into finance.fiscal_periods (tenant_id, starts_on, ends_on)
     select $1, m.month, (m.month + interval '1 month - 1 day')::date
       from (select distinct date_trunc('month', d)::date as month from unnest($2::date[]) as d) m
     on conflict do nothing`,
    [tenantId, dates],
  );
}

export const nextMonth = (startsOn: string): string => {
  const [year, month] = startsOn.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(year, month, 1));
  return next.toISOString().slice(0, 10);
};

/** How far a late posting looks for an open month before giving up (a tenant that closed ten years ahead). */
const MAX_MONTHS_AHEAD = 120;

export interface Placement {
  period: PeriodRow;
  entryDate: string;
  /** the source's own date, when its month was closed */
  originalDate: string | null;
}

/** Where an entry dated `date` goes: its month if open, else the first day of the first open month after it. */
export async function placeEntry(sql: Sql, tenantId: string, date: string): Promise<Placement> {
  let period = await periodOf(sql, tenantId, date, true);
  if (period.status === 'open') return { period, entryDate: date, originalDate: null };
  for (let step = 0; step < MAX_MONTHS_AHEAD; step++) {
    period = await periodOf(sql, tenantId, nextMonth(period.startsOn), true);
    if (period.status === 'open') return { period, entryDate: period.startsOn, originalDate: date };
  }
  throw new Error(`no open fiscal period within ${MAX_MONTHS_AHEAD} months after ${date}`);
}

/** One side of an entry: `base` in base minor units, positive = debit; the document's own amount and rate beside it. */
export interface DraftLine {
  role: PostingRole;
  /** books to this account instead of the role's current one (a revaluation books where the movement did) */
  accountId?: string;
  base: number;
  /** the document's currency and signed amount (defaults: base currency, the base amount, rate 1) */
  currency?: string;
  amount?: number;
  rate?: string;
  memo?: string;
}

export interface DraftEntry {
  /** YYYY-MM-DD: the business date of the source */
  date: string;
  description: string;
  sourceType: string;
  sourceId: string;
  eventId: string | null;
  reversesEntryId?: string | null;
  lines: DraftLine[];
}

export interface Posted {
  posted: boolean;
  entryId: string | null;
  /** what the entry booked, per line, and its source type (set when it posted): open items read their movement from it */
  lines?: PostedLine[];
  sourceType?: string;
  sourceId?: string;
}

export interface PostedLine {
  accountId: string;
  /** debit − credit, base minor units */
  base: number;
  /** the document's signed amount */
  amount: number;
}

const INSERT_LINES = `insert into finance.journal_lines (tenant_id, entry_id, line_no, account_id, debit, credit, currency, amount, rate, memo)
  select $1::uuid, entry.id, t.no, t.account, t.debit, t.credit, t.currency, t.amount, t.rate, t.memo
    from entry, unnest($8::int[], $9::uuid[], $10::bigint[], $11::bigint[], $12::text[], $13::bigint[], $14::numeric[], $15::text[])
      as t(no, account, debit, credit, currency, amount, rate, memo)`;

/**
 * Posts one balanced entry for its source, at most once: a second posting of the same
 * (source type, source id) finds the unique key taken and posts nothing. Lines of zero are left out
 * unless every line is zero (the entry still records that the source was seen, and says why).
 */
export async function postEntry(sql: Sql, tenantId: string, ledger: Ledger, draft: DraftEntry): Promise<Posted> {
  const { accounts } = ledger;
  const total = draft.lines.reduce((sum, line) => sum + line.base, 0);
  if (total !== 0) throw new Error(`unbalanced draft for ${draft.sourceType} ${draft.sourceId}: off by ${total}`);
  const nonZero = draft.lines.filter((line) => line.base !== 0 || (line.amount ?? 0) !== 0);
  const lines = nonZero.length >= 2 ? nonZero : draft.lines;
  const accountOf = (role: PostingRole) => {
    const id = accounts.get(role);
    if (!id) throw new Error(`no account mapped for ${role}`);
    return id;
  };
  const booked: PostedLine[] = lines.map((line) => ({
    accountId: line.accountId ?? accountOf(line.role),
    base: line.base,
    amount: line.amount ?? line.base,
  }));
  const lineParams = [
    lines.map((_, index) => index + 1),
    booked.map((line) => line.accountId),
    lines.map((line) => Math.max(line.base, 0)),
    lines.map((line) => Math.max(-line.base, 0)),
    lines.map((line) => line.currency ?? ledger.baseCurrency),
    booked.map((line) => line.amount),
    lines.map((line) => line.rate ?? '1'),
    lines.map((line) => line.memo ?? ''),
  ];
  const source = [draft.sourceType, draft.sourceId, draft.eventId, draft.reversesEntryId ?? null];
  // hot (every event posts here): the month's open period, the entry and its lines in one statement.
  // The period's share lock is the one the insert trigger takes (a concurrent close waits for us).
  const fast = await one<{ periodId: string | null; entryId: string | null }>(
    sql,
    `with period as (
       select id from finance.fiscal_periods
        where tenant_id = $1::uuid and starts_on = date_trunc('month', $2::date)::date and status = 'open'
        for share
     ), entry as (
       insert into finance.journal_entries (tenant_id, entry_date, period_id, description, source_type, source_id,
         event_id, reverses_entry_id)
       select $1::uuid, $2::date, period.id, $3::text, $4::text, $5::text, $6::uuid, $7::uuid from period
       on conflict (tenant_id, source_type, source_id) do nothing returning id
     ), lines as (${INSERT_LINES} returning 1)
     select (select id from period) as "periodId", (select id from entry) as "entryId", (select count(*) from lines) as n`,
    [tenantId, draft.date, draft.description, ...source, ...lineParams],
  );
  if (fast?.periodId) {
    if (!fast.entryId) return { posted: false, entryId: null };
    return {
      posted: true,
      entryId: fast.entryId,
      lines: booked,
      sourceType: draft.sourceType,
      sourceId: draft.sourceId,
    };
  }
  // the month is new or closed: find (or open) the period it goes to, then post there
  const placement = await placeEntry(sql, tenantId, draft.date);
  const description = placement.originalDate
    ? `${draft.description} (dated ${placement.originalDate}, a closed period: posted to the first open one)`
    : draft.description;
  const entry = await one<{ id: string }>(
    sql,
    `with entry as (
       insert into finance.journal_entries (tenant_id, entry_date, period_id, description, source_type, source_id,
         event_id, reverses_entry_id, original_date)
       values ($1::uuid, $2::date, $16::uuid, $3::text, $4::text, $5::text, $6::uuid, $7::uuid, $17::date)
       on conflict (tenant_id, source_type, source_id) do nothing returning id
     ), lines as (${INSERT_LINES} returning 1)
     select id, (select count(*) from lines) as n from entry`,
    [tenantId, placement.entryDate, description, ...source, ...lineParams, placement.period.id, placement.originalDate],
  );
  if (!entry) return { posted: false, entryId: null };
  return { posted: true, entryId: entry.id, lines: booked, sourceType: draft.sourceType, sourceId: draft.sourceId };
}

interface StoredLine {
  accountId: string;
  debit: number;
  credit: number;
  currency: string;
  amount: number;
  rate: string;
  memo: string;
}

/**
 * Reverses an entry: the same lines with debit and credit swapped, as a new entry whose source is
 * the one reversed (so it is reversed at most once). Dated `date`, or the first open period after it.
 */
export async function reverseEntry(
  sql: Sql,
  tenantId: string,
  entryId: string,
  input: { date: string; description: string; eventId: string | null },
): Promise<Posted> {
  const placement = await placeEntry(sql, tenantId, input.date);
  const description = placement.originalDate
    ? `${input.description} (dated ${placement.originalDate}, a closed period: posted to the first open one)`
    : input.description;
  const entry = await one<{ id: string }>(
    sql,
    `insert into finance.journal_entries (tenant_id, entry_date, period_id, description, source_type, source_id,
       event_id, reverses_entry_id, original_date)
     values ($1, $2, $3, $4, 'reversal', $5::text, $6, $5::uuid, $7)
     on conflict (tenant_id, source_type, source_id) do nothing returning id`,
    [tenantId, placement.entryDate, placement.period.id, description, entryId, input.eventId, placement.originalDate],
  );
  if (!entry) return { posted: false, entryId: null };
  const { rows } = await sql.query<StoredLine>(
    `select account_id as "accountId", debit, credit, currency, amount, rate::text as rate, memo
       from finance.journal_lines where tenant_id = $1 and entry_id = $2 order by line_no`,
    [tenantId, entryId],
  );
  await sql.query(
    `insert into finance.journal_lines (tenant_id, entry_id, line_no, account_id, debit, credit, currency, amount, rate, memo)
     select $1, $2, t.no, t.account, t.debit, t.credit, t.currency, t.amount, t.rate, t.memo
       from unnest($3::int[], $4::uuid[], $5::bigint[], $6::bigint[], $7::text[], $8::bigint[], $9::numeric[], $10::text[])
         as t(no, account, debit, credit, currency, amount, rate, memo)`,
    [
      tenantId,
      entry.id,
      rows.map((_, index) => index + 1),
      rows.map((row) => row.accountId),
      rows.map((row) => row.credit),
      rows.map((row) => row.debit),
      rows.map((row) => row.currency),
      rows.map((row) => -row.amount),
      rows.map((row) => row.rate),
      rows.map((row) => row.memo),
    ],
  );
  return { posted: true, entryId: entry.id };
}

/** The UTC calendar day of an instant. */
export const dayOf = (instant: string | Date): string => new Date(instant).toISOString().slice(0, 10);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in the shop's time zone (UTC when finance has not heard it, or the
 * zone is not one Intl knows): what an entry is dated, so an order placed at 23:30 UTC in a shop in
 * Pacific/Auckland is booked on the next day, in the month the shop lived it, as its invoice is.
 */
export function dayIn(instant: string | Date, timeZone: string | null): string {
  const at = new Date(instant);
  if (!timeZone || timeZone === 'UTC') return dayOf(at);
  let format = dayFormats.get(timeZone);
  if (!format) {
    try {
      // en-CA prints YYYY-MM-DD
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return dayOf(at);
    }
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}
