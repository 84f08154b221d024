import {
  type Connection,
  type CURSOR_KEYS,
  type Keyed,
  type KeysetCondition,
  keysetPage,
  ok,
  type Page,
  type Sql,
} from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import type {
  Account as AccountModel,
  JournalEntry as JournalEntryModel,
  JournalLine as JournalLineModel,
} from '../generated/prisma/client.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import { dayIn, reverseEntry } from './ledger.ts';
import { DOCUMENT_SOURCE_TYPES } from './reports.ts';
import { shopTimeZone } from './shop-day.ts';

type Amounts = 'debit' | 'credit' | 'amount';

/** A journal line with its account's code and name; amounts as numbers (the pool reads int8 so), the rate exact. */
export type JournalLineRow = Omit<JournalLineModel, 'tenantId' | 'rate' | Amounts> &
  Record<Amounts, number> & {
    accountCode: AccountModel['code'];
    accountName: AccountModel['name'];
    rate: string;
  };

export type JournalEntryRow = Omit<JournalEntryModel, 'tenantId' | 'number' | 'entryDate' | 'originalDate'> & {
  number: number;
  /** YYYY-MM-DD */
  entryDate: string;
  /** YYYY-MM-DD: the source's own date, when its month was closed */
  originalDate: string | null;
  reversedByEntryId: JournalEntryModel['id'] | null;
  lines: JournalLineRow[];
};

const ENTRY_COLUMNS = `e.id, e.number, e.entry_date::text as "entryDate", e.period_id as "periodId", e.description,
  e.source_type as "sourceType", e.source_id as "sourceId", e.event_id as "eventId",
  e.reverses_entry_id as "reversesEntryId",
  (select r.id from finance.journal_entries r where r.tenant_id = e.tenant_id and r.source_type = 'reversal'
     and r.source_id = e.id::text) as "reversedByEntryId",
  e.original_date::text as "originalDate", e.posted_at as "postedAt"`;

/** The lines of these entries, in one statement. */
async function attachLines(sql: Sql, tenantId: string, entries: Omit<JournalEntryRow, 'lines'>[]) {
  const { rows } = await sql.query<JournalLineRow>(
    `select l.entry_id as "entryId", l.line_no as "lineNo", l.account_id as "accountId", a.code as "accountCode",
        a.name as "accountName", l.debit, l.credit, l.currency, l.amount, l.rate::text as rate, l.memo
       from finance.journal_lines l join finance.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      where l.tenant_id = $1 and l.entry_id = any($2::uuid[]) order by l.entry_id, l.line_no`,
    [tenantId, entries.map((entry) => entry.id)],
  );
  const byEntry = new Map<string, JournalLineRow[]>();
  for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), row]);
  return entries.map((entry) => ({ ...entry, lines: byEntry.get(entry.id) ?? [] }));
}

export interface JournalFilter {
  accountId: string | null;
  periodId: string | null;
  sourceType: string | null;
  sourceId: string | null;
  from: string | null;
  to: string | null;
}

/** The journal, newest posting first, filtered; three statements a page whatever its size. */
export function listEntries(
  db: TenantDb,
  filter: JournalFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<JournalEntryRow>>> {
  const conditions: (KeysetCondition | null)[] = [
    ['e.tenant_id = ?::uuid', db.tenantId],
    filter.accountId
      ? [
          'exists (select 1 from finance.journal_lines l where l.tenant_id = e.tenant_id and l.entry_id = e.id and l.account_id = ?::uuid)',
          filter.accountId,
        ]
      : null,
    filter.periodId ? ['e.period_id = ?::uuid', filter.periodId] : null,
    filter.sourceType ? ['e.source_type = ?', filter.sourceType] : null,
    // an order's id also finds its edits, whose source is `<order>/<version>`, and its shipments' and
    // returns' entries, whose order `document_orders` keeps
    filter.sourceId
      ? [
          `exists (select 1 from (select ?::text as id) f
             where split_part(e.source_id, '/', 1) = f.id
                or (e.source_type in ${DOCUMENT_SOURCE_TYPES} and exists (select 1 from finance.document_orders d
                     where d.tenant_id = e.tenant_id and d.document_id = e.source_id and d.order_id::text = f.id)))`,
          filter.sourceId,
        ]
      : null,
    filter.from ? ['e.entry_date >= ?::date', filter.from] : null,
    filter.to ? ['e.entry_date <= ?::date', filter.to] : null,
  ];
  return db.run((sql) =>
    keysetPage(
      sql,
      { table: 'finance.journal_entries e', columns: ENTRY_COLUMNS, conditions, page, instant: 'e.posted_at' },
      {
        attach: (rows: Keyed<Omit<JournalEntryRow, 'lines'>>[]) =>
          attachLines(sql, db.tenantId, rows) as Promise<Keyed<JournalEntryRow>[]>,
      },
    ),
  );
}

export function entryById(db: TenantDb, id: string): Promise<JournalEntryRow | null> {
  return db.run(async (sql) => {
    const entry = await one<Omit<JournalEntryRow, 'lines'>>(
      sql,
      `select ${ENTRY_COLUMNS} from finance.journal_entries e where e.tenant_id = $1 and e.id = $2`,
      [db.tenantId, id],
    );
    if (!entry) return null;
    const [withLines] = await attachLines(sql, db.tenantId, [entry]);
    return withLines ?? null;
  });
}

/** A correction: the entry's mirror image, dated today (or the first open period), at most once. */
export function reverseJournalEntry(db: TenantDb, id: string, reason: string): Promise<FinanceResult<JournalEntryRow>> {
  return db.tx(async (sql) => {
    const entry = await one<{ number: number; sourceType: string }>(
      sql,
      `select number, source_type as "sourceType" from finance.journal_entries where tenant_id = $1 and id = $2`,
      [db.tenantId, id],
    );
    if (!entry) return financeFail('NOT_FOUND', 'No such journal entry', ['input', 'entryId']);
    if (entry.sourceType === 'reversal') {
      return financeFail('INVALID_TRANSITION', 'A reversal is not reversed; post the correction instead', [
        'input',
        'entryId',
      ]);
    }
    // dated the shop's today, as every posting is dated in its zone
    const reversed = await reverseEntry(sql, db.tenantId, id, {
      date: dayIn(new Date(), await shopTimeZone(sql, db.tenantId)),
      description: `Reversal of entry #${entry.number}: ${reason}`,
      eventId: null,
    });
    if (!reversed.posted || !reversed.entryId) {
      return financeFail('ALREADY_REVERSED', 'This entry was already reversed', ['input', 'entryId']);
    }
    const row = await one<Omit<JournalEntryRow, 'lines'>>(
      sql,
      `select ${ENTRY_COLUMNS} from finance.journal_entries e where e.tenant_id = $1 and e.id = $2`,
      [db.tenantId, reversed.entryId],
    );
    const [withLines] = await attachLines(sql, db.tenantId, [row as Omit<JournalEntryRow, 'lines'>]);
    return ok(withLines as JournalEntryRow);
  });
}
