import {
  type Connection,
  type CURSOR_KEYS,
  type Keyed,
  type KeysetCondition,
  keysetPage,
  ok,
  type Page,
  reject,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { FinanceEvents, InvoiceDocument } from '../events/out/finance-events.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import type { InvoiceSeries } from './invoice-numbers.ts';
import { dayIn } from './ledger.ts';
import {
  type InvoiceKind,
  type InvoiceLineRow,
  type InvoiceRow,
  type InvoiceSettingsRow,
  type InvoiceTrigger,
  invoiceSettingsRow,
} from './rows.ts';

export type { InvoiceKind, InvoiceLineRow, InvoiceRow, InvoiceSettingsRow, InvoiceTrigger };

/** A unit of work's handle inside a transaction: its tenant and its outbox. */
type Tx = UnitOfWorkTx<FinanceEvents, string>;

// ---------------------------------------------------------------------------------------------
// Settings

const SETTINGS_COLUMNS = `invoice_trigger as "invoiceTrigger", seller_legal_name as "sellerLegalName",
  seller_address as "sellerAddress", seller_tax_id as "sellerTaxId", payment_terms_days as "paymentTermsDays",
  tenant_name as "tenantName", tenant_legal_name as "tenantLegalName", tenant_tax_id as "tenantTaxId",
  tenant_address as "tenantAddress", tenant_locale as "tenantLocale", time_zone as "timeZone"`;

const DEFAULT_SETTINGS: InvoiceSettingsRow = {
  invoiceTrigger: 'capture',
  sellerLegalName: '',
  sellerAddress: '',
  sellerTaxId: '',
  paymentTermsDays: 14,
  tenantName: '',
  tenantLegalName: '',
  tenantTaxId: '',
  tenantAddress: '',
  tenantLocale: null,
  timeZone: null,
};

// read for every credit note an event issues: hot, one plain statement (an invoice reads them with its source row)
export async function invoiceSettingsOf(sql: Sql, tenantId: string): Promise<InvoiceSettingsRow> {
  const row = await one<InvoiceSettingsRow>(
    sql,
    `select ${SETTINGS_COLUMNS} from finance.invoice_settings where tenant_id = $1`,
    [tenantId],
  );
  return row ?? DEFAULT_SETTINGS;
}

export const readInvoiceSettings = (db: TenantDb) => db.run((sql) => invoiceSettingsOf(sql, db.tenantId));

export interface InvoiceSettingsInput {
  invoiceTrigger?: InvoiceTrigger | null;
  sellerLegalName?: string | null;
  sellerAddress?: string | null;
  sellerTaxId?: string | null;
  paymentTermsDays?: number | null;
}

/** Changes what later invoices say and when they are issued; issued invoices keep what they said. */
export function updateInvoiceSettings(
  db: TenantDb,
  input: InvoiceSettingsInput,
): Promise<FinanceResult<InvoiceSettingsRow>> {
  // a field left out (or null) keeps its value, or takes the column's default on the first save
  const given = {
    invoiceTrigger: input.invoiceTrigger ?? undefined,
    sellerLegalName: input.sellerLegalName ?? undefined,
    sellerAddress: input.sellerAddress ?? undefined,
    sellerTaxId: input.sellerTaxId ?? undefined,
    paymentTermsDays: input.paymentTermsDays ?? undefined,
  };
  return db.tx(async (sql) => {
    const row = await orm(sql, (prisma) =>
      prisma.invoiceSettings.upsert({
        where: { tenantId: db.tenantId },
        create: { tenantId: db.tenantId, ...given },
        update: { ...given, updatedAt: new Date() },
      }),
    );
    return ok(invoiceSettingsRow(row));
  });
}

/** The merchant's registered address as identity announces it. */
export interface TenantProfileAddress {
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  region?: string | null;
  country: string;
  phone?: string | null;
}

/** The address as an invoice prints it, one line per line. */
export const printedAddress = (address: TenantProfileAddress | null | undefined) =>
  address
    ? [
        address.line1,
        address.line2,
        `${address.postalCode} ${address.city}`,
        address.region,
        address.country,
        address.phone,
      ]
        .filter((line): line is string => Boolean(line?.trim()))
        .join('\n')
    : '';

/**
 * The tenant's profile as identity announced it: the seller's name, legal name, tax id and address (each
 * printed unless finance's invoice settings give their own), and the locale and the issue date's zone.
 * An event from before identity kept the business profile leaves those as they were.
 */
export async function recordTenantProfile(
  sql: Sql,
  tenantId: string,
  profile: {
    name: string;
    locale: string;
    timeZone: string;
    legalName?: string;
    taxId?: string;
    address?: TenantProfileAddress | null;
  },
): Promise<void> {
  const given = {
    tenantName: profile.name,
    tenantLocale: profile.locale,
    timeZone: profile.timeZone,
    ...(profile.legalName !== undefined ? { tenantLegalName: profile.legalName } : {}),
    ...(profile.taxId !== undefined ? { tenantTaxId: profile.taxId } : {}),
    ...(profile.address !== undefined ? { tenantAddress: printedAddress(profile.address) } : {}),
  };
  await orm(sql, (prisma) =>
    prisma.invoiceSettings.upsert({
      where: { tenantId },
      create: { tenantId, ...given },
      update: { ...given, updatedAt: new Date() },
      select: { tenantId: true },
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The order as invoicing knows it

export interface OrderAddress {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

/** One rate's tax as the order was placed (`ratePpm` null: the deployment's flat rate). */
export interface OrderTaxLine {
  name: string;
  ratePpm: number | null;
  taxable: number;
  amount: number;
  /** the tax classes taxed at this rate (absent on orders placed before orders published it) */
  taxClasses?: string[];
}

/** What `orders.order.created` carries that an invoice prints. */
export interface OrderDocument {
  orderId: string;
  number: number;
  /** with the shop's prefix (absent on orders from before prefixes) */
  displayNumber?: string;
  email: string;
  currency: string;
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  shippingMethod: { code: string; name: string; amount: number } | null;
  /** the order's address (orders keeps no separate billing address yet) */
  shippingAddress: OrderAddress | null;
  lines: { sku: string; title?: string | null; quantity: number; unitAmount: number; taxClass?: string }[];
  /** tax per rate as the shopper was shown it (absent on orders from before tax zones) */
  taxLines?: OrderTaxLine[];
  /** true: the line and shipping amounts include their tax */
  pricesIncludeTax?: boolean;
  customerTaxId?: string | null;
  /** the reverse-charge statement the invoice must print */
  taxNote?: string | null;
}

/**
 * What an order's source row holds once written, with the tenant's invoice settings: read back by the
 * statement that writes it (every order event writes it: hot). The write locks the row until commit,
 * so a replay or a second consumer of the same order waits on it and then finds the invoice issued.
 */
const SOURCE_RETURNING = `returning s.document, s.edit, s.captured_at as "capturedAt", s.shipped_at as "shippedAt",
  s.pending_credits as "pendingCredits",
  (select to_jsonb(x) from (select ${SETTINGS_COLUMNS} from finance.invoice_settings where tenant_id = s.tenant_id) x)
    as settings`;

export async function recordOrderPlaced(sql: Sql, tx: Tx, order: OrderDocument, at: string): Promise<void> {
  const source = await one<SourceRow>(
    sql,
    `insert into finance.invoice_sources as s (tenant_id, order_id, document, placed_at) values ($1, $2, $3, $4)
     on conflict (tenant_id, order_id) do update set document = $3, placed_at = $4
     ${SOURCE_RETURNING}`,
    [tx.tenantId, order.orderId, JSON.stringify(order), at],
  );
  await issueInvoiceIfDue(sql, tx, order.orderId, source as SourceRow);
}

/** Marks the order captured or first shipped (the earliest such moment counts), then issues if due. */
export async function recordOrderMilestone(
  sql: Sql,
  tx: Tx,
  orderId: string,
  milestone: InvoiceTrigger,
  at: string,
): Promise<void> {
  const column = milestone === 'capture' ? 'captured_at' : 'shipped_at';
  const source = await one<SourceRow>(
    sql,
    `insert into finance.invoice_sources as s (tenant_id, order_id, ${column}) values ($1, $2, $3)
     on conflict (tenant_id, order_id) do update set ${column} = least(s.${column}, $3::timestamptz)
     ${SOURCE_RETURNING}`,
    [tx.tenantId, orderId, at],
  );
  await issueInvoiceIfDue(sql, tx, orderId, source as SourceRow, milestone);
}

/** A refund asked for before the order's invoice existed. */
type PendingCredit = Omit<CreditRequest, 'at'> & { at: string };

/**
 * An order's edit (`orders.order.edited`): its remaining lines and amounts, and the order's version
 * after it. The latest one is laid over the placement's document when the invoice is issued.
 */
export interface OrderEdit {
  version: number;
  lines: OrderDocument['lines'];
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  taxLines?: OrderTaxLine[];
  pricesIncludeTax?: boolean;
  taxNote?: string | null;
}

/** The document an invoice is issued from: the placement's, with the latest edit's lines and amounts. */
const editedDocument = (document: OrderDocument, edit: OrderEdit | null): OrderDocument =>
  edit
    ? {
        ...document,
        lines: edit.lines,
        subtotalAmount: edit.subtotalAmount,
        shippingAmount: edit.shippingAmount,
        taxAmount: edit.taxAmount,
        totalAmount: edit.totalAmount,
        // the tax lines of the edited amounts (none: the rate the tax total implies), never the placement's
        taxLines: edit.taxLines,
        pricesIncludeTax: edit.pricesIncludeTax ?? document.pricesIncludeTax,
        taxNote: edit.taxNote === undefined ? document.taxNote : edit.taxNote,
      }
    : document;

/**
 * An order edited after placement. Not invoiced yet: the latest edit (by the order's version, in any
 * order of arrival) is kept and the invoice is issued from it. Invoiced already: the invoice stands
 * (an issued invoice is never changed) and a credit note takes back what it holds above the edited
 * total — less what earlier edits' credit notes took, so edits arriving in any order credit the
 * difference once. Edits only lower an order, so there is never more to bill.
 */
export async function recordOrderEdited(sql: Sql, tx: Tx, orderId: string, edit: OrderEdit, at: string): Promise<void> {
  // the source row's lock first, as issuing takes it: an edit and an issue on two consumers queue
  const source = await one<{ edit: OrderEdit }>(
    sql,
    `insert into finance.invoice_sources as s (tenant_id, order_id, edit) values ($1, $2, $3::jsonb)
     on conflict (tenant_id, order_id) do update
       set edit = case when s.edit is null or (s.edit->>'version')::int < $4 then excluded.edit else s.edit end
     returning s.edit`,
    [tx.tenantId, orderId, JSON.stringify(edit), edit.version],
  );
  const latest = source?.edit ?? edit;
  const invoiced = await one<{ id: string; total: number; credited: number }>(
    sql,
    `select i.id, i.total_amount::float8 as total,
            (select coalesce(sum(c.total_amount), 0)::float8 from finance.invoices c
              where c.tenant_id = i.tenant_id and c.credited_invoice_id = i.id and c.source_type = 'order.edited')
              as credited
       from finance.invoices i where i.tenant_id = $1 and i.order_id = $2 and i.kind = 'invoice'`,
    [tx.tenantId, orderId],
  );
  if (!invoiced) return;
  const amount = invoiced.total - invoiced.credited - latest.totalAmount;
  if (amount <= 0) return;
  await issueCreditNote(
    sql,
    tx,
    {
      invoiceId: invoiced.id,
      orderId,
      sourceType: 'order.edited',
      sourceId: `${orderId}/${latest.version}`,
      amount,
      reason: 'Order edited',
      at: new Date(at),
    },
    true,
  );
}

interface SourceRow {
  document: OrderDocument | null;
  edit: OrderEdit | null;
  capturedAt: Date | null;
  shippedAt: Date | null;
  pendingCredits: PendingCredit[];
  /** null: the tenant never saved any */
  settings: InvoiceSettingsRow | null;
}

/** `YYYY-MM-DD` of an instant in a time zone (UTC when finance does not know the tenant's). */
export function dateIn(instant: Date, timeZone: string | null): string {
  return dayIn(instant, timeZone);
}

const addDays = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};

/** The one rate orders' tax total implies on goods and shipping, in basis points (orders from before tax lines). */
const impliedRateBps = (taxable: number, tax: number) =>
  taxable > 0 ? Math.min(10_000, Math.round((tax * 10_000) / taxable)) : 0;

/**
 * The invoice's tax per rate and each line's rate, from the tax lines the order was placed with (what
 * the shopper was shown), or the one rate the tax total implies on orders from before them. An
 * invoice is net (its total is net + shipping + tax, which the table's check holds): a shop's
 * tax-inclusive prices are printed without the tax their rate put in them, shipping at the standard
 * rate. `goodsNet` is what the goods came to without tax or shipping, after any discount.
 */
function taxOfOrder(order: OrderDocument): {
  breakdown: InvoiceDocument['taxBreakdown'];
  rateOfClass: (taxClass: string | undefined) => number;
  netUnit: (unitAmount: number, taxClass: string | undefined) => number;
  shippingNet: number;
  goodsNet: number;
} {
  const known = (order.taxLines ?? []).filter((line) => line.ratePpm !== null);
  if (known.length === 0 || known.length !== order.taxLines?.length) {
    const goodsNet = order.totalAmount - order.shippingAmount - order.taxAmount;
    const rateBps = impliedRateBps(goodsNet + order.shippingAmount, order.taxAmount);
    return {
      breakdown: [{ rateBps, baseAmount: goodsNet + order.shippingAmount, taxAmount: order.taxAmount }],
      rateOfClass: () => rateBps,
      netUnit: (unitAmount) => unitAmount,
      shippingNet: order.shippingAmount,
      goodsNet,
    };
  }
  const ppmByClass = new Map<string, number>();
  for (const line of known) {
    for (const taxClass of line.taxClasses ?? []) ppmByClass.set(taxClass, line.ratePpm as number);
  }
  // an order placed before tax lines named their classes, with one rate: every taxed line carries it
  const onlyRate = known.length === 1 ? (known[0]?.ratePpm as number) : 0;
  const ppmOf = (taxClass: string | undefined) =>
    ppmByClass.get(taxClass ?? 'standard') ?? (ppmByClass.size === 0 ? onlyRate : 0);
  const inclusive = order.pricesIncludeTax === true;
  const net = (amount: number, ratePpm: number) =>
    inclusive ? Math.round((amount * 1_000_000) / (1_000_000 + ratePpm)) : amount;
  const shippingNet = net(order.shippingAmount, ppmOf('standard'));
  return {
    // the line column holds basis points; the breakdown keeps the exact rate and its name
    breakdown: known.map((line) => ({
      rateBps: Math.round((line.ratePpm as number) / 100),
      ratePpm: line.ratePpm,
      name: line.name,
      baseAmount: line.taxable,
      taxAmount: line.amount,
    })),
    rateOfClass: (taxClass) => Math.round(ppmOf(taxClass) / 100),
    netUnit: (unitAmount, taxClass) => net(unitAmount, ppmOf(taxClass)),
    shippingNet,
    goodsNet: order.totalAmount - order.taxAmount - shippingNet,
  };
}

interface DraftInvoiceLine {
  sku: string;
  title: string;
  quantity: number;
  unitAmount: number;
  lineAmount: number;
  taxRateBps: number;
  /** net + tax when the line was split from a gross amount (its tax is the difference, not net × rate) */
  grossAmount?: number;
}

interface DraftInvoice {
  kind: InvoiceKind;
  sourceType: string;
  sourceId: string;
  creditedInvoiceId: string | null;
  reason: string | null;
  orderId: string;
  orderNumber: number;
  orderDisplayNumber: string | null;
  taxNote: string | null;
  currency: string;
  buyer: InvoiceDocument['buyer'];
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  taxBreakdown: InvoiceDocument['taxBreakdown'];
  lines: DraftInvoiceLine[];
  issuedAt: Date;
}

/**
 * Issues the order's invoice once the placement's document is known and the tenant's trigger
 * (capture, or first shipment) has happened. The source row is locked first, so a replay or a
 * second consumer waits here and then finds the invoice issued.
 */
async function issueInvoiceIfDue(
  sql: Sql,
  tx: Tx,
  orderId: string,
  source: SourceRow,
  /** the milestone this event recorded (none: the placement) */
  milestone?: InvoiceTrigger,
): Promise<void> {
  if (!source.document) return;
  const settings = source.settings ?? DEFAULT_SETTINGS;
  const due = settings.invoiceTrigger === 'capture' ? source.capturedAt : source.shippedAt;
  if (!due) return;
  if (milestone !== undefined && milestone !== settings.invoiceTrigger) {
    // due before this event (a shipment of an order invoiced on capture): issued already, as a rule.
    // A statement of its own, cheaper than the issue's, seeing an invoice committed while we waited
    // on the source row; the issue below checks again
    const existing = await one<{ id: string }>(
      sql,
      `select id from finance.invoices where tenant_id = $1 and order_id = $2 and kind = 'invoice'`,
      [tx.tenantId, orderId],
    );
    if (existing) return;
  }
  const order = editedDocument(source.document, source.edit);
  const taxed = taxOfOrder(order);
  const lines = order.lines.map((line) => {
    const unitAmount = taxed.netUnit(line.unitAmount, line.taxClass);
    return {
      sku: line.sku,
      title: line.title || line.sku,
      quantity: line.quantity,
      unitAmount,
      lineAmount: line.quantity * unitAmount,
      taxRateBps: taxed.rateOfClass(line.taxClass),
    };
  });
  const linesTotal = lines.reduce((sum, line) => sum + line.lineAmount, 0);
  const subtotal = Math.max(linesTotal, taxed.goodsNet);
  await insertDocument(
    sql,
    tx,
    settings,
    {
      kind: 'invoice',
      sourceType: 'order',
      sourceId: orderId,
      creditedInvoiceId: null,
      reason: null,
      orderId,
      orderNumber: order.number,
      orderDisplayNumber: order.displayNumber ?? null,
      taxNote: order.taxNote ?? null,
      currency: order.currency,
      buyer: {
        name: order.shippingAddress?.name ?? '',
        email: order.email,
        address: order.shippingAddress,
        ...(order.customerTaxId ? { taxId: order.customerTaxId } : {}),
      },
      subtotalAmount: subtotal,
      discountAmount: subtotal - taxed.goodsNet,
      shippingAmount: taxed.shippingNet,
      taxAmount: order.taxAmount,
      totalAmount: order.totalAmount,
      taxBreakdown: taxed.breakdown,
      lines,
      issuedAt: new Date(due),
    },
    source.pendingCredits ?? [],
    // not if the order has its invoice: checked by the statement that writes it, which starts after
    // this transaction locked the source row, so it sees an invoice committed while we waited on it
    true,
  );
}

/** Writes an issued invoice or credit note with its number, lines and balance, and announces it. */
async function insertDocument(
  sql: Sql,
  tx: Tx,
  settings: InvoiceSettingsRow,
  draft: DraftInvoice,
  pendingCredits: readonly PendingCredit[] = [],
  /** an invoice, only when its order has none (else nothing is written, numbered or announced: null) */
  unlessInvoiced = false,
): Promise<InvoiceRow | null> {
  const issueDate = dateIn(draft.issuedAt, settings.timeZone);
  const year = Number(issueDate.slice(0, 4));
  const series: InvoiceSeries = draft.kind === 'invoice' ? 'INV' : 'CN';
  // finance's own invoice settings win; else the profile the tenant keeps in its settings
  const legalName = settings.sellerLegalName || settings.tenantLegalName;
  const seller: InvoiceDocument['seller'] = {
    name: settings.tenantName || legalName,
    legalName: legalName || settings.tenantName,
    address: settings.sellerAddress || settings.tenantAddress,
    taxId: settings.sellerTaxId || settings.tenantTaxId,
  };
  const dueDate = addDays(issueDate, draft.kind === 'invoice' ? settings.paymentTermsDays : 0);
  // every issue runs this, one statement: the series' next number (its counter row locked to the commit,
  // as `allocateInvoiceNumber` does: concurrent issues queue on it, a rolled back issue hands it back),
  // the document, its lines and (an invoice's) balance row, read back as `invoiceDocuments` reads it
  // (a new document has no credits: its balance, not in this statement's snapshot, reads as 0)
  const issued = await one<InvoiceRow>(
    sql,
    `with counter as (
       insert into finance.invoice_counters as c (tenant_id, series, year, last_number)
       select $1, $3::text, $4::int, 1
        where not ($33::boolean and exists (select 1 from finance.invoices
                                             where tenant_id = $1 and order_id = $9 and kind = 'invoice'))
       on conflict (tenant_id, series, year) do update set last_number = c.last_number + 1
       returning last_number
     ), invoice as (
       insert into finance.invoices (tenant_id, kind, number, year, sequence, source_type, source_id, credited_invoice_id,
         reason, order_id, order_number, currency, seller, buyer, customer_email, subtotal_amount, discount_amount,
         shipping_amount, tax_amount, total_amount, tax_breakdown, issue_date, due_date, issued_at,
         order_display_number, tax_note)
       select $1, $2,
         $3::text || '-' || $4::int || '-' || lpad(last_number::text, greatest(6, length(last_number::text)), '0'),
         $4::int, last_number,
         $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $31, $32
         from counter
       returning *
     ), lines as (
       insert into finance.invoice_lines (tenant_id, invoice_id, line_no, sku, title, quantity, unit_amount, line_amount,
         tax_rate_bps)
       select $1::uuid, invoice.id, n, s, t, q, u, a, r
         from invoice, unnest($24::int[], $25::text[], $26::text[], $27::int[], $28::bigint[], $29::bigint[], $30::int[])
           as l(n, s, t, q, u, a, r)
       returning invoice_id, line_no, sku, title, quantity, unit_amount, line_amount, tax_rate_bps
     ), balance as (
       insert into finance.invoice_balances (tenant_id, invoice_id, total_amount)
       select $1::uuid, invoice.id, $19::bigint from invoice where $2::text = 'invoice'
       returning 1
     )
     select ${INVOICE_COLUMNS},
            coalesce((select json_agg(json_build_object('invoiceId', l.invoice_id, 'lineNo', l.line_no, 'sku', l.sku,
                        'title', l.title, 'quantity', l.quantity, 'unitAmount', l.unit_amount,
                        'lineAmount', l.line_amount, 'taxRateBps', l.tax_rate_bps) order by l.line_no)
                        from lines l), '[]'::json) as lines
       from invoice i`,
    [
      tx.tenantId,
      draft.kind,
      series,
      year,
      draft.sourceType,
      draft.sourceId,
      draft.creditedInvoiceId,
      draft.reason,
      draft.orderId,
      draft.orderNumber,
      draft.currency,
      JSON.stringify(seller),
      JSON.stringify(draft.buyer),
      draft.buyer.email,
      draft.subtotalAmount,
      draft.discountAmount,
      draft.shippingAmount,
      draft.taxAmount,
      draft.totalAmount,
      JSON.stringify(draft.taxBreakdown),
      issueDate,
      dueDate,
      draft.issuedAt,
      draft.lines.map((_, index) => index + 1),
      draft.lines.map((line) => line.sku),
      draft.lines.map((line) => line.title),
      draft.lines.map((line) => line.quantity),
      draft.lines.map((line) => line.unitAmount),
      draft.lines.map((line) => line.lineAmount),
      draft.lines.map((line) => line.taxRateBps),
      draft.orderDisplayNumber,
      draft.taxNote,
      unlessInvoiced,
    ],
  );
  if (!issued) {
    if (unlessInvoiced) return null;
    throw new Error(`the ${draft.kind} of ${draft.sourceType} ${draft.sourceId} was not written`);
  }
  const { id } = issued;
  // what an issued invoice's and credit note's events both carry
  const issuedDocument = {
    number: issued.number,
    orderId: issued.orderId,
    orderNumber: issued.orderNumber,
    orderDisplayNumber: issued.orderDisplayNumber,
    email: issued.customerEmail,
    locale: settings.tenantLocale,
    invoice: toDocument(issued, settings),
  };
  if (draft.kind === 'invoice') {
    await tx.emit('finance.invoice.issued', id, {
      invoiceId: id,
      ...issuedDocument,
    });
  } else {
    await tx.emit('finance.credit_note.issued', id, {
      creditNoteId: id,
      invoiceId: issued.creditedInvoiceId as string,
      invoiceNumber: issued.creditedInvoiceNumber as string,
      ...issuedDocument,
    });
  }
  await applyPendingCredits(sql, tx, draft, pendingCredits);
  return issued;
}

// ---------------------------------------------------------------------------------------------
// Credit notes

export interface CreditRequest {
  /** the invoice, or the order whose invoice is credited */
  invoiceId?: string;
  orderId?: string;
  sourceType: string;
  sourceId: string;
  /** gross amount to credit; null: all that is left */
  amount: number | null;
  /** or these quantities of the invoice's lines (by line number) */
  lines?: { lineNo: number; quantity: number }[];
  reason: string;
  at: Date;
}

/**
 * Credits an invoice: its own CN series, never more than what is left on the invoice (the balance
 * row is locked, and its check holds even if code forgot). `clamp` (events: a refund of what the
 * invoice no longer holds) credits what is left instead of refusing; a manual request is refused.
 * An order refunded before its invoice exists waits in the order's source row and is credited when
 * the invoice is issued.
 */
export async function issueCreditNote(
  sql: Sql,
  tx: Tx,
  request: CreditRequest,
  clamp: boolean,
): Promise<FinanceResult<InvoiceRow | null>> {
  const taken = await one<{ id: string }>(
    sql,
    `select id from finance.invoices where tenant_id = $1 and source_type = $2 and source_id = $3`,
    [tx.tenantId, request.sourceType, request.sourceId],
  );
  if (taken) return ok(null);
  const invoice = await one<InvoiceRow>(
    sql,
    `select ${INVOICE_COLUMNS} from finance.invoices i where i.tenant_id = $1 and i.kind = 'invoice' and ${
      request.invoiceId ? 'i.id = $2' : 'i.order_id = $2'
    }`,
    [tx.tenantId, request.invoiceId ?? request.orderId],
  );
  if (!invoice) {
    if (!clamp) return financeFail('NOT_FOUND', 'No such invoice', ['input', 'invoiceId']);
    if (request.orderId) {
      await sql.query(
        `insert into finance.invoice_sources as s (tenant_id, order_id, pending_credits) values ($1, $2, $3::jsonb)
         on conflict (tenant_id, order_id) do update set pending_credits = s.pending_credits || $3::jsonb`,
        [tx.tenantId, request.orderId, JSON.stringify([{ ...request, at: request.at.toISOString() }])],
      );
    }
    return ok(null);
  }
  const balance = await one<{ remaining: number }>(
    sql,
    `select total_amount - credited_amount as remaining from finance.invoice_balances
      where tenant_id = $1 and invoice_id = $2 for update`,
    [tx.tenantId, invoice.id],
  );
  const remaining = balance?.remaining ?? 0;
  const [invoiceLines] = await attachLines(sql, tx.tenantId, [invoice]);
  let lines: DraftInvoiceLine[];
  if (request.lines && request.lines.length > 0) {
    lines = [];
    for (const [index, wanted] of request.lines.entries()) {
      const line = invoiceLines?.lines.find((candidate) => candidate.lineNo === wanted.lineNo);
      if (!line) return financeFail('INVALID_INPUT', 'No such line on the invoice', ['input', 'lines', String(index)]);
      if (wanted.quantity > line.quantity) {
        return financeFail('INVALID_INPUT', `At most ${line.quantity} can be credited on this line`, [
          'input',
          'lines',
          String(index),
          'quantity',
        ]);
      }
      lines.push({ ...line, quantity: wanted.quantity, lineAmount: wanted.quantity * line.unitAmount });
    }
  } else {
    const gross = request.amount == null ? remaining : clamp ? Math.min(request.amount, remaining) : request.amount;
    lines = grossToLines(gross, invoice, request.reason);
  }
  let totals = totalsOf(lines);
  if (totals.total > remaining) {
    if (!clamp) {
      return financeFail('EXCEEDS_REMAINING', `At most ${remaining} is left to credit on invoice ${invoice.number}`, [
        'input',
        request.lines?.length ? 'lines' : 'amount',
      ]);
    }
    // an event's refund larger than what is left credits what is left
    lines = grossToLines(remaining, invoice, request.reason);
    totals = totalsOf(lines);
  }
  if (totals.total <= 0) return ok(null);
  await sql.query(
    `update finance.invoice_balances set credited_amount = credited_amount + $3 where tenant_id = $1 and invoice_id = $2`,
    [tx.tenantId, invoice.id, totals.total],
  );
  const settings = await invoiceSettingsOf(sql, tx.tenantId);
  const issued = await insertDocument(sql, tx, settings, {
    kind: 'credit_note',
    sourceType: request.sourceType,
    sourceId: request.sourceId,
    creditedInvoiceId: invoice.id,
    reason: request.reason,
    orderId: invoice.orderId,
    orderNumber: invoice.orderNumber,
    orderDisplayNumber: invoice.orderDisplayNumber,
    taxNote: invoice.taxNote,
    currency: invoice.currency,
    buyer: invoice.buyer,
    subtotalAmount: totals.net,
    discountAmount: 0,
    shippingAmount: 0,
    taxAmount: totals.tax,
    totalAmount: totals.total,
    taxBreakdown: totals.breakdown,
    lines,
    issuedAt: request.at,
  });
  return ok(issued);
}

/** A gross amount split over the invoice's tax rates in proportion to their gross, one line per rate. */
function grossToLines(gross: number, invoice: InvoiceRow, reason: string): DraftInvoiceLine[] {
  const entries =
    invoice.taxBreakdown.length > 0 ? invoice.taxBreakdown : [{ rateBps: 0, baseAmount: 1, taxAmount: 0 }];
  const invoiceGross = entries.reduce((sum, entry) => sum + entry.baseAmount + entry.taxAmount, 0) || 1;
  let left = gross;
  return entries
    .map((entry, index) => {
      const share =
        index === entries.length - 1 ? left : Math.round((gross * (entry.baseAmount + entry.taxAmount)) / invoiceGross);
      left -= share;
      // the share is gross: net + tax at the rate, the tax rounded as a whole so net + tax = share
      const net = Math.round((share * 10_000) / (10_000 + entry.rateBps));
      return {
        sku: '',
        title: `Credit for invoice ${invoice.number}: ${reason}`.slice(0, 300),
        quantity: 1,
        unitAmount: net,
        lineAmount: net,
        taxRateBps: entry.rateBps,
        grossAmount: share,
      };
    })
    .filter((line) => line.grossAmount > 0);
}

/** A credit note's net, tax per rate, tax and total from its lines. */
function totalsOf(lines: DraftInvoiceLine[]) {
  const breakdown = breakdownOf(lines);
  const net = lines.reduce((sum, line) => sum + line.lineAmount, 0);
  const tax = breakdown.reduce((sum, entry) => sum + entry.taxAmount, 0);
  return { breakdown, net, tax, total: net + tax };
}

/** Tax per rate of credited lines: a line's gross (when it was split from an amount) or its net × rate. */
function breakdownOf(lines: DraftInvoiceLine[]): InvoiceDocument['taxBreakdown'] {
  const byRate = new Map<number, { baseAmount: number; taxAmount: number }>();
  for (const line of lines) {
    const tax =
      line.grossAmount != null
        ? line.grossAmount - line.lineAmount
        : Math.round((line.lineAmount * line.taxRateBps) / 10_000);
    const entry = byRate.get(line.taxRateBps) ?? { baseAmount: 0, taxAmount: 0 };
    entry.baseAmount += line.lineAmount;
    entry.taxAmount += tax;
    byRate.set(line.taxRateBps, entry);
  }
  return [...byRate.entries()].map(([rateBps, entry]) => ({ rateBps, ...entry }));
}

/** Credits an order asked for before its invoice existed, now that it does (`pending`: read with its locked source row). */
async function applyPendingCredits(
  sql: Sql,
  tx: Tx,
  draft: DraftInvoice,
  pending: readonly PendingCredit[],
): Promise<void> {
  if (draft.kind !== 'invoice' || pending.length === 0) return;
  await sql.query(
    `update finance.invoice_sources set pending_credits = '[]'::jsonb where tenant_id = $1 and order_id = $2`,
    [tx.tenantId, draft.orderId],
  );
  for (const request of pending) {
    await issueCreditNote(sql, tx, { ...request, at: new Date(request.at) }, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

const INVOICE_COLUMNS = `i.id, i.kind, i.number, i.source_type as "sourceType", i.source_id as "sourceId",
  i.credited_invoice_id as "creditedInvoiceId",
  (select c.number from finance.invoices c where c.tenant_id = i.tenant_id and c.id = i.credited_invoice_id)
    as "creditedInvoiceNumber",
  i.reason, i.order_id as "orderId", i.order_number as "orderNumber",
  i.order_display_number as "orderDisplayNumber", i.tax_note as "taxNote", i.currency, i.seller, i.buyer,
  i.customer_email as "customerEmail", i.subtotal_amount as "subtotalAmount", i.discount_amount as "discountAmount",
  i.shipping_amount as "shippingAmount", i.tax_amount as "taxAmount", i.total_amount as "totalAmount",
  i.tax_breakdown as "taxBreakdown",
  coalesce((select b.credited_amount from finance.invoice_balances b where b.tenant_id = i.tenant_id
    and b.invoice_id = i.id), 0) as "creditedAmount",
  i.issue_date::text as "issueDate", i.due_date::text as "dueDate", i.issued_at as "issuedAt"`;

/** The lines of these documents, in one statement (the issuing path reads its new document back through it: hot). */
async function attachLines<Row extends { id: string }>(
  sql: Sql,
  tenantId: string,
  documents: Row[],
): Promise<(Row & { lines: InvoiceLineRow[] })[]> {
  const { rows } = await sql.query<InvoiceLineRow>(
    `select invoice_id as "invoiceId", line_no as "lineNo", sku, title, quantity, unit_amount as "unitAmount",
        line_amount as "lineAmount", tax_rate_bps as "taxRateBps"
       from finance.invoice_lines where tenant_id = $1 and invoice_id = any($2::uuid[]) order by invoice_id, line_no`,
    [tenantId, documents.map((document) => document.id)],
  );
  const byInvoice = new Map<string, InvoiceLineRow[]>();
  for (const row of rows) byInvoice.set(row.invoiceId, [...(byInvoice.get(row.invoiceId) ?? []), row]);
  return documents.map((document) => ({ ...document, lines: byInvoice.get(document.id) ?? [] }));
}

async function invoiceDocuments(sql: Sql, tenantId: string, ids: string[]): Promise<InvoiceRow[]> {
  const { rows } = await sql.query<Omit<InvoiceRow, 'lines'> & { lines?: never }>(
    `select ${INVOICE_COLUMNS} from finance.invoices i where i.tenant_id = $1 and i.id = any($2::uuid[])`,
    [tenantId, ids],
  );
  return attachLines(sql, tenantId, rows as Omit<InvoiceRow, 'lines'>[]) as Promise<InvoiceRow[]>;
}

export interface InvoiceFilter {
  kind: InvoiceKind | null;
  customerEmail: string | null;
  orderId: string | null;
  /** the credit notes of this invoice */
  creditedInvoiceId: string | null;
  from: string | null;
  to: string | null;
}

/** Invoices and credit notes, newest issue first, filtered; three statements a page whatever its size. */
export function listInvoices(
  db: TenantDb,
  filter: InvoiceFilter,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<InvoiceRow>>> {
  const conditions: (KeysetCondition | null)[] = [
    ['i.tenant_id = ?::uuid', db.tenantId],
    filter.kind ? ['i.kind = ?', filter.kind] : null,
    filter.customerEmail ? ['lower(i.customer_email) = lower(?)', filter.customerEmail] : null,
    filter.orderId ? ['i.order_id = ?::uuid', filter.orderId] : null,
    filter.creditedInvoiceId ? ['i.credited_invoice_id = ?::uuid', filter.creditedInvoiceId] : null,
    filter.from ? ['i.issue_date >= ?::date', filter.from] : null,
    filter.to ? ['i.issue_date <= ?::date', filter.to] : null,
  ];
  return db.run((sql) =>
    keysetPage(
      sql,
      { table: 'finance.invoices i', columns: INVOICE_COLUMNS, conditions, page, instant: 'i.issued_at' },
      {
        attach: (rows: Keyed<Omit<InvoiceRow, 'lines'>>[]) =>
          attachLines(sql, db.tenantId, rows) as Promise<Keyed<InvoiceRow>[]>,
      },
    ),
  );
}

export function invoiceById(db: TenantDb, id: string): Promise<InvoiceRow | null> {
  return db.run(async (sql) => (await invoiceDocuments(sql, db.tenantId, [id]))[0] ?? null);
}

/** The printable document of an issued invoice or credit note: what the PDF and the mail render. */
export function toDocument(row: InvoiceRow, settings: Pick<InvoiceSettingsRow, 'tenantLocale'>): InvoiceDocument {
  return {
    kind: row.kind,
    number: row.number,
    creditedInvoiceNumber: row.creditedInvoiceNumber,
    reason: row.reason,
    orderNumber: row.orderNumber,
    orderDisplayNumber: row.orderDisplayNumber,
    currency: row.currency,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    seller: row.seller,
    buyer: row.buyer,
    lines: row.lines.map((line) => ({
      sku: line.sku,
      title: line.title,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      lineAmount: line.lineAmount,
      taxRateBps: line.taxRateBps,
    })),
    subtotalAmount: row.subtotalAmount,
    discountAmount: row.discountAmount,
    shippingAmount: row.shippingAmount,
    taxAmount: row.taxAmount,
    totalAmount: row.totalAmount,
    taxBreakdown: row.taxBreakdown,
    taxNote: row.taxNote,
    locale: settings.tenantLocale,
  };
}

/** A manual credit note (`financeCreditNoteIssue`): refused, not clamped, when it exceeds what is left. */
export function issueManualCreditNote(
  db: TenantDb,
  input: {
    invoiceId: string;
    amount: number | null;
    lines: { lineNo: number; quantity: number }[] | null;
    reason: string;
    requestId: string;
  },
): Promise<FinanceResult<InvoiceRow>> {
  return db.tx(async (sql, tx) => {
    if (input.amount == null && !input.lines?.length) {
      reject('INVALID_INPUT', 'Give an amount or lines to credit', ['input', 'amount']);
    }
    const result = await issueCreditNote(
      sql,
      tx,
      {
        invoiceId: input.invoiceId,
        sourceType: 'manual',
        sourceId: input.requestId,
        amount: input.amount,
        ...(input.lines ? { lines: input.lines } : {}),
        reason: input.reason,
        at: new Date(),
      },
      false,
    );
    if (!result.ok) return result;
    if (!result.value)
      return financeFail('EXCEEDS_REMAINING', 'Nothing is left to credit on this invoice', ['input', 'amount']);
    return ok(result.value);
  });
}
