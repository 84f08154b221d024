import { type Connection, type CURSOR_KEYS, type Keyed, keysetPage, ok, type Page } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { FinanceResult } from './errors.ts';
import { ensureLedger, type Ledger, POSTING_ROLES, type PostingRole, STANDARD_CHART } from './ledger.ts';
import {
  type AllocationRow,
  allocationRow,
  type OpenItemDocumentType,
  type OpenItemKind,
  type OpenItemRow,
  type OpenItemWithAllocations,
} from './rows.ts';

/**
 * Receivables and payables open items: the subledger behind the receivables and payables accounts.
 * Every function that moves one runs inside the transaction of the posting that moves the account,
 * so the sum of open amounts (base) equals the account's balance whatever the order of events.
 */

export type { AllocationRow, OpenItemDocumentType, OpenItemKind, OpenItemRow, OpenItemWithAllocations };

export const OPEN_ITEM_COLUMNS = `id, kind, document_type as "documentType", document_id as "documentId",
  document_number as "documentNumber", party_id as "partyId", party_email as "partyEmail", party_name as "partyName",
  currency, amount::float8 as amount, base_amount::float8 as "baseAmount", open_amount::float8 as "openAmount",
  open_base_amount::float8 as "openBaseAmount",
  document_date::text as "documentDate", due_date::text as "dueDate", posted, created_at as "createdAt"`;

/** What a document's own posting says about its open item (amounts signed in the account's normal direction: a credit note is negative). */
export type OpenedDocument = Pick<
  OpenItemRow,
  | 'kind'
  | 'documentType'
  | 'documentId'
  | 'documentNumber'
  | 'partyId'
  | 'partyEmail'
  | 'partyName'
  | 'currency'
  | 'amount'
  | 'baseAmount'
> & {
  /** YYYY-MM-DD */
  documentDate: string;
  /** YYYY-MM-DD */
  dueDate: string;
};

/**
 * The open item of a document, created by its posting; when a movement arrived first (a capture
 * before the placement) the item already exists as a stub and gets its amount and details now.
 */
export async function openItem(sql: Sql, tenantId: string, document: OpenedDocument): Promise<string> {
  const row = await one<{ id: string }>(
    sql,
    `insert into finance.open_items (tenant_id, kind, document_type, document_id, document_number, party_id, party_email,
       party_name, currency, amount, base_amount, open_amount, open_base_amount, document_date, due_date, posted)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $11, $12, $13, true)
     on conflict (tenant_id, kind, document_id) do update set
       document_type = excluded.document_type, document_number = excluded.document_number,
       party_id = coalesce(excluded.party_id, finance.open_items.party_id),
       party_email = coalesce(excluded.party_email, finance.open_items.party_email),
       party_name = excluded.party_name, currency = excluded.currency,
       amount = excluded.amount, base_amount = excluded.base_amount,
       open_amount = finance.open_items.open_amount + excluded.amount,
       open_base_amount = finance.open_items.open_base_amount + excluded.base_amount,
       document_date = excluded.document_date, due_date = excluded.due_date, posted = true, updated_at = now()
     returning id`,
    [
      tenantId,
      document.kind,
      document.documentType,
      document.documentId,
      document.documentNumber,
      document.partyId,
      document.partyEmail,
      document.partyName,
      document.currency,
      document.amount,
      document.baseAmount,
      document.documentDate,
      document.dueDate,
    ],
  );
  return (row as { id: string }).id;
}

/** A movement against a document's open item, by whatever posted it. */
export interface Allocation {
  kind: OpenItemKind;
  documentId: string;
  /** used only when the item does not exist yet (the movement came before the document) */
  stub: { documentType: OpenItemDocumentType; documentNumber: string; partyId: string | null; currency: string };
  sourceType: string;
  sourceId: string;
  entryId: string | null;
  /** signed like the item: positive settles, negative re-opens */
  amount: number;
  baseAmount: number;
  allocatedOn: string;
}

/** Records one allocation (once per source) and lowers the item's open amounts by it. */
export async function allocate(sql: Sql, tenantId: string, allocation: Allocation): Promise<void> {
  const item = await one<{ id: string }>(
    sql,
    `insert into finance.open_items (tenant_id, kind, document_type, document_id, document_number, party_id, currency)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (tenant_id, kind, document_id) do update set updated_at = now()
     returning id`,
    [
      tenantId,
      allocation.kind,
      allocation.stub.documentType,
      allocation.documentId,
      allocation.stub.documentNumber,
      allocation.stub.partyId,
      allocation.stub.currency,
    ],
  );
  await allocateToItem(sql, tenantId, (item as { id: string }).id, allocation);
}

export async function allocateToItem(
  sql: Sql,
  tenantId: string,
  itemId: string,
  allocation: Omit<Allocation, 'kind' | 'documentId' | 'stub'>,
): Promise<void> {
  // every capture and refund allocates: the allocation and the item's open amount in one statement,
  // the item moved only when the allocation is new (a replay finds its key taken and moves nothing)
  await sql.query(
    `with allocation as (
       insert into finance.open_item_allocations (tenant_id, item_id, source_type, source_id, entry_id, amount,
         base_amount, allocated_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, item_id, source_type, source_id) do nothing returning amount, base_amount
     )
     update finance.open_items o set open_amount = o.open_amount - a.amount,
       open_base_amount = o.open_base_amount - a.base_amount, updated_at = now()
       from allocation a
      where o.tenant_id = $1 and o.id = $2`,
    [
      tenantId,
      itemId,
      allocation.sourceType,
      allocation.sourceId,
      allocation.entryId,
      allocation.amount,
      allocation.baseAmount,
      allocation.allocatedOn,
    ],
  );
}

/** The item of a document, if it has one. */
export const itemOfDocument = (sql: Sql, tenantId: string, kind: OpenItemKind, documentId: string) =>
  one<OpenItemRow>(
    sql,
    `select ${OPEN_ITEM_COLUMNS} from finance.open_items where tenant_id = $1 and kind = $2 and document_id = $3`,
    [tenantId, kind, documentId],
  );

/** Days a customer has to pay an order, as the tenant set them (0 when never set); posting reads them with its ledger (`loadLedger`). */
export async function customerPaymentTermsDays(sql: Sql, tenantId: string): Promise<number> {
  const row = await one<{ days: number }>(
    sql,
    `select customer_payment_terms_days as days from finance.settings where tenant_id = $1`,
    [tenantId],
  );
  return row?.days ?? 0;
}

/** YYYY-MM-DD plus whole days. */
export const addDays = (date: string, days: number): string => {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

/**
 * A posting role a tenant's chart may predate (its chart was made before the role existed): the
 * template's account for it is created, or found by code, and mapped, so the posting can go on.
 */
export async function ensureRole(sql: Sql, tenantId: string, ledger: Ledger, role: PostingRole): Promise<Ledger> {
  if (ledger.accounts.has(role) || !POSTING_ROLES.includes(role)) return ledger;
  const template = STANDARD_CHART.find((account) => account.role === role);
  if (!template) throw new Error(`no template account for ${role}`);
  await sql.query(
    `insert into finance.accounts (tenant_id, code, name, type, parent_id)
     select $1, $2, $3, $4, (select id from finance.accounts where tenant_id = $1 and code = $5)
     on conflict (tenant_id, code) do nothing`,
    [tenantId, template.code, template.name, template.type, template.parent],
  );
  const account = await one<{ id: string }>(
    sql,
    `insert into finance.account_mappings (tenant_id, role, account_id)
     select $1, $2, id from finance.accounts where tenant_id = $1 and code = $3 and type = $4
     on conflict (tenant_id, role) do update set updated_at = finance.account_mappings.updated_at
     returning account_id as id`,
    [tenantId, role, template.code, template.type],
  );
  if (!account) throw new Error(`account ${template.code} exists with another type: map ${role} to an account first`);
  return { ...ledger, accounts: new Map([...ledger.accounts, [role, account.id]]) };
}

// ---------------------------------------------------------------------------------------------
// Reads: open-item lists and aging

export type OpenItemStatus = 'open' | 'settled';

export interface OpenItemFilter {
  kind: OpenItemKind;
  partyId: string | null;
  status: OpenItemStatus | null;
}

/** Allocations of these items, in one statement. */
export async function attachAllocations<Row extends OpenItemRow>(
  sql: Sql,
  tenantId: string,
  items: Row[],
): Promise<(Row & { allocations: AllocationRow[] })[]> {
  const rows = (
    await orm(sql, (db) =>
      db.openItemAllocation.findMany({
        where: { tenantId, itemId: { in: items.map((item) => item.id) } },
        orderBy: [{ allocatedOn: 'asc' }, { createdAt: 'asc' }],
      }),
    )
  ).map(allocationRow);
  const byItem = new Map<string, AllocationRow[]>();
  for (const row of rows) byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  return items.map((item) => ({ ...item, allocations: byItem.get(item.id) ?? [] }));
}

/** Open items of one kind, newest first, with their allocations; three statements a page. */
export function listOpenItems(
  db: TenantDb,
  filter: OpenItemFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<OpenItemWithAllocations>>> {
  return db.run((sql) =>
    keysetPage(
      sql,
      {
        table: 'finance.open_items',
        columns: OPEN_ITEM_COLUMNS,
        conditions: [
          ['tenant_id = ?::uuid', db.tenantId],
          ['kind = ?', filter.kind],
          filter.partyId ? ['party_id = ?::uuid', filter.partyId] : null,
          filter.status === 'open' ? ['open_base_amount <> ?', 0] : null,
          filter.status === 'settled' ? ['open_base_amount = ?', 0] : null,
        ],
        page,
      },
      { attach: (rows: Keyed<OpenItemRow>[]) => attachAllocations(sql, db.tenantId, rows) },
    ),
  );
}

export function openItemById(db: TenantDb, id: string): Promise<OpenItemWithAllocations | null> {
  return db.run(async (sql) => {
    const item = await one<OpenItemRow>(
      sql,
      `select ${OPEN_ITEM_COLUMNS} from finance.open_items where tenant_id = $1 and id = $2`,
      [db.tenantId, id],
    );
    if (!item) return null;
    const [withAllocations] = await attachAllocations(sql, db.tenantId, [item]);
    return withAllocations ?? null;
  });
}

/** Amounts by days past due (base minor units): current is not yet due (or due that day). */
export interface AgingBuckets {
  current: number;
  days1To30: number;
  days31To60: number;
  days61To90: number;
  over90: number;
  total: number;
}

export interface AgingRow extends AgingBuckets {
  partyId: string | null;
  partyName: string;
  partyEmail: string | null;
  itemCount: number;
}

export interface Aging {
  kind: OpenItemKind;
  asOf: string;
  baseCurrency: string;
  rows: AgingRow[];
  totals: AgingBuckets;
}

const BUCKETS: (keyof Omit<AgingBuckets, 'total'>)[] = ['current', 'days1To30', 'days31To60', 'days61To90', 'over90'];

/**
 * Each customer's (or supplier's) open amount as of a day, by days past due: documents dated by
 * then, less the allocations made by then. A guest customer is grouped by email.
 */
export function aging(db: TenantDb, kind: OpenItemKind, asOf: string): Promise<Aging> {
  return db.run(async (sql) => {
    const settings = await orm(sql, (prisma) =>
      prisma.settings.findUnique({ where: { tenantId: db.tenantId }, select: { baseCurrency: true } }),
    );
    const { rows } = await sql.query<AgingRow>(
      `with open_then as (
         select i.party_id, i.party_name, i.party_email, $3::date - coalesce(i.due_date, i.created_at::date) as late,
                i.base_amount - coalesce((select sum(a.base_amount) from finance.open_item_allocations a
                  where a.tenant_id = i.tenant_id and a.item_id = i.id and a.allocated_on <= $3::date), 0) as open
           from finance.open_items i
          where i.tenant_id = $1 and i.kind = $2 and coalesce(i.document_date, i.created_at::date) <= $3::date)
       select party_id as "partyId", max(party_name) as "partyName", max(party_email) as "partyEmail",
              count(*) filter (where open <> 0)::int as "itemCount",
              coalesce(sum(open) filter (where late <= 0), 0)::float8 as current,
              coalesce(sum(open) filter (where late between 1 and 30), 0)::float8 as "days1To30",
              coalesce(sum(open) filter (where late between 31 and 60), 0)::float8 as "days31To60",
              coalesce(sum(open) filter (where late between 61 and 90), 0)::float8 as "days61To90",
              coalesce(sum(open) filter (where late > 90), 0)::float8 as over90,
              sum(open)::float8 as total
         from open_then where open <> 0
        group by party_id, case when party_id is null then party_email end
        order by max(party_name), max(party_email), party_id`,
      [db.tenantId, kind, asOf],
    );
    const totals: AgingBuckets = { current: 0, days1To30: 0, days31To60: 0, days61To90: 0, over90: 0, total: 0 };
    for (const row of rows) {
      for (const bucket of BUCKETS) totals[bucket] += row[bucket];
      totals.total += row.total;
    }
    return { kind, asOf, baseCurrency: settings?.baseCurrency ?? 'EUR', rows, totals };
  });
}

/** The aging as CSV rows: one per party and the totals. */
export function agingCsvRows(report: Aging): { header: string[]; rows: (string | number | null)[][] } {
  const party = report.kind === 'receivable' ? 'customer' : 'supplier';
  return {
    header: [`${party}_id`, party, 'email', 'current', '1-30', '31-60', '61-90', '90+', 'total'],
    rows: [
      ...report.rows.map((row) => [
        row.partyId,
        row.partyName,
        row.partyEmail,
        ...BUCKETS.map((bucket) => row[bucket]),
        row.total,
      ]),
      ['', 'Total', '', ...BUCKETS.map((bucket) => report.totals[bucket]), report.totals.total],
    ],
  };
}

/** Sets the days a customer has to pay; orders placed from now on are due that many days later. */
export function setCustomerPaymentTerms(db: TenantDb, days: number): Promise<FinanceResult<number>> {
  return db.tx(async (sql) => {
    await ensureLedger(sql, db.tenantId);
    await orm(sql, (prisma) =>
      prisma.settings.update({
        where: { tenantId: db.tenantId },
        data: { customerPaymentTermsDays: days, updatedAt: new Date() },
        select: { tenantId: true },
      }),
    );
    return ok(days);
  });
}

export const customerPaymentTerms = (db: TenantDb): Promise<number> =>
  db.run((sql) => customerPaymentTermsDays(sql, db.tenantId));

/** Base minor units per document minor unit, as the item was booked (1 for an empty one). */
export const rateOf = (item: Pick<OpenItemRow, 'amount' | 'baseAmount'>): number =>
  item.amount === 0 ? 1 : item.baseAmount / item.amount;
