import { type EventEnvelope, parseEventPayload } from '@ucos/kit';
import { z } from 'zod';
import { one, type Sql } from '../db.ts';
import {
  type MovementLine,
  type MovementSource,
  recordCostChange,
  recordValuedMovements,
  valueAtCostInForce,
} from './cost-history.ts';
import {
  type DraftLine,
  dayIn,
  type Ledger,
  loadLedger,
  type Posted,
  type PostingRole,
  postEntry,
  reverseEntry,
} from './ledger.ts';
import { keepOpenItems, keepOrderEntryOnOpenItem, keepReversalOnOpenItem } from './open-item-postings.ts';
import { ensureRole } from './open-items.ts';

const int = z.number().int();
const money = int;
const decimal = z.union([z.number(), z.string()]).transform((value) => Number(value));

const orderCreated = z.object({
  orderId: z.string().uuid(),
  number: int,
  currency: z.string().length(3),
  subtotalAmount: money,
  shippingAmount: money,
  taxAmount: money,
  totalAmount: money,
  /** what a gift card paid of the total (absent on events from before gift cards) */
  giftCardAmount: money.optional(),
});
const orderSummary = z.object({
  orderId: z.string().uuid(),
  number: int,
  currency: z.string().length(3),
  totalAmount: money,
  giftCardAmount: money.optional(),
  paymentStatus: z.string(),
});
const orderAmounts = z.object({
  subtotalAmount: money,
  shippingAmount: money,
  taxAmount: money,
  totalAmount: money,
  giftCardAmount: money,
});
const orderEdited = z.object({
  orderId: z.string().uuid(),
  number: int,
  customerId: z.string().uuid().nullable().optional(),
  currency: z.string().length(3),
  totalAmount: money,
  giftCardAmount: money.optional(),
  // absent on events from before orders sent the split: such an edit cannot be booked (README)
  version: int.min(1).optional(),
  subtotalAmount: money.optional(),
  shippingAmount: money.optional(),
  taxAmount: money.optional(),
  previous: orderAmounts.optional(),
  refundedAmount: money.optional(),
});
const giftCardMovement = z.object({
  giftCardId: z.string().uuid(),
  currency: z.string().length(3),
  amount: money,
  source: z.enum(['cancel', 'return', 'edit']).optional(),
});
const movedLine = z.object({ variantId: z.string().uuid(), quantity: int.min(0) });
const shipment = z.object({
  shipmentId: z.string().uuid(),
  orderId: z.string().uuid(),
  lines: z.array(movedLine),
});
const returned = z.object({
  returnId: z.string().uuid(),
  orderId: z.string().uuid(),
  refundAmount: money.nullable(),
  currency: z.string().nullable().optional(),
  lines: z.array(movedLine),
});
const variantCost = z.object({
  variantId: z.string().uuid(),
  // kept as exact decimal text: it is stored in numeric and multiplied there
  averageCost: z.union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(String),
  currency: z.string().length(3),
  /** when the cost took effect; absent in events published before it existed: the envelope's occurredAt */
  effectiveAt: z.iso.datetime({ offset: true }).optional(),
});
const receipt = z.object({
  receiptId: z.string().uuid(),
  number: z.union([z.string(), int]),
  receivedAt: z.string(),
  baseCurrency: z.string().length(3),
  lines: z.array(
    z.object({
      variantId: z.string().uuid(),
      acceptedQuantity: int.min(0),
      unitCost: decimal,
      supplierUnitCost: money,
      supplierCurrency: z.string().length(3),
      exchangeRate: z.string(),
    }),
  ),
});
const bill = z.object({
  billId: z.string().uuid(),
  number: z.union([z.string(), int]),
  kind: z.enum(['bill', 'credit_note']),
  supplierName: z.string(),
  billDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  currency: z.string().length(3),
  exchangeRate: z.string(),
  baseCurrency: z.string().length(3),
  lines: z.array(
    z.object({
      description: z.string(),
      quantity: z.number(),
      amount: money,
      baseAmount: money,
      receivedBaseAmount: money,
    }),
  ),
  taxAmount: money,
  freightAmount: money,
  totalAmount: money,
  baseTaxAmount: money,
  baseFreightAmount: money,
  baseTotalAmount: money,
});

/** The event types the posting consumer handles, and the subjects it subscribes to. */
export const POSTED_EVENT_TYPES = [
  'orders.order.created',
  'orders.order.cancelled',
  'orders.order.edited',
  'orders.order.payment_status_changed',
  'fulfillment.shipment.shipped',
  'fulfillment.return.received',
  'fulfillment.return.refunded',
  'inventory.variant_cost.changed',
  'procurement.receipt.posted',
  'procurement.bill.posted',
  'procurement.credit_note.posted',
  'orders.gift_card.issued',
  'orders.gift_card.adjusted',
  'orders.gift_card.refunded',
] as const;

interface Conversion {
  currency: string;
  rate: string;
  /** set when no rate is known and the document was taken at 1 */
  note: string | null;
  toBase(amount: number): number;
}

/** How a document in `currency` converts to base: 1 in base, else the tenant's rate (or 1, said in the entry). */
async function conversionFor(sql: Sql, tenantId: string, currency: string, base: string): Promise<Conversion> {
  if (currency === base) return { currency, rate: '1', note: null, toBase: (amount) => amount };
  const found = await one<{ rate: string }>(
    sql,
    `select rate::text as rate from finance.exchange_rates where tenant_id = $1 and currency = $2`,
    [tenantId, currency],
  );
  const rate = found?.rate ?? '1';
  return {
    currency,
    rate,
    note: found ? null : `no exchange rate for ${currency}: taken at 1`,
    toBase: (amount) => Math.round(amount * Number(rate)),
  };
}

const withNote = (text: string, note: string | null) => (note ? `${text} (${note})` : text);

/** Converts a document's signed lines to base; rounding differences go to the line named `absorb`. */
function converted(lines: DraftLine[], conversion: Conversion, absorbIndex: number): DraftLine[] {
  const out = lines.map((line) => ({
    ...line,
    currency: conversion.currency,
    amount: line.base,
    rate: conversion.rate,
    base: conversion.toBase(line.base),
  }));
  const off = out.reduce((sum, line) => sum + line.base, 0);
  const absorb = out[absorbIndex];
  if (absorb) absorb.base -= off;
  return out;
}

/**
 * quantity × decimal unit cost per line, rounded half up to the minor unit in numeric: a float
 * product can land just under a half (15 × 4.1 = 61.49999…) and round the wrong way.
 */
async function roundedValues(sql: Sql, lines: { quantity: number; unitCost: number }[]): Promise<number[]> {
  if (lines.length === 0) return [];
  const { rows } = await sql.query<{ value: number }>(
    `select round(l.quantity * l.cost)::float8 as value
       from unnest($1::int[], $2::numeric[]) with ordinality as l(quantity, cost, n) order by l.n`,
    [lines.map((line) => line.quantity), lines.map((line) => String(line.unitCost))],
  );
  return rows.map((row) => row.value);
}

const costNote = (unknown: string[]) =>
  unknown.length === 0 ? null : `no known cost for ${unknown.length} variant(s), posted at 0: ${unknown.join(', ')}`;

/** An event that depends on another one not posted yet waits here until that one is. */
async function park(sql: Sql, tenantId: string, waitsFor: string, envelope: EventEnvelope<unknown>) {
  await sql.query(
    `insert into finance.parked_events (tenant_id, event_id, waits_for, envelope) values ($1, $2, $3, $4)
     on conflict do nothing`,
    [tenantId, envelope.id, waitsFor, JSON.stringify(envelope)],
  );
}

async function releaseParked(sql: Sql, tenantId: string, key: string) {
  const { rows } = await sql.query<{ envelope: EventEnvelope<unknown> }>(
    `delete from finance.parked_events where tenant_id = $1 and waits_for = $2 returning envelope`,
    [tenantId, key],
  );
  for (const row of rows) await postFromEvent(sql, tenantId, row.envelope);
}

const placedKey = (orderId: string) => `order.placed:${orderId}`;

/** An edit's source id: the order and its version after the edit (one entry per edit). */
const editSourceId = (orderId: string, version: number) => `${orderId}/${version}`;

/**
 * An edit of a captured order: the provider gave the difference back. Its own entry (cash clearing
 * to the receivable the edit credited), not a line of the edit's: a cancellation reverses the edits
 * still standing, and money that left stays gone. Once per edit, like the edit.
 */
async function bookEditRefund(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  edit: z.infer<typeof orderEdited>,
  at: { version: number; occurred: string; eventId: string; conversion: Conversion },
) {
  const refunded = edit.refundedAmount ?? 0;
  if (refunded <= 0) return;
  const sourceId = editSourceId(edit.orderId, at.version);
  const posted = await postEntry(sql, tenantId, ledger, {
    date: at.occurred,
    description: withNote(
      `Order #${edit.number} edited after capture: ${refunded} ${edit.currency} refunded`,
      at.conversion.note,
    ),
    sourceType: 'order.edit_refunded',
    sourceId,
    eventId: at.eventId,
    lines: converted(
      [
        { role: 'cash_clearing', base: -refunded },
        { role: 'receivables', base: refunded },
      ],
      at.conversion,
      0,
    ),
  });
  if (posted.posted && posted.entryId) {
    await keepOrderEntryOnOpenItem(sql, tenantId, ledger, edit, {
      entryId: posted.entryId,
      sourceType: 'order.edit_refunded',
      sourceId,
      allocatedOn: at.occurred,
    });
  }
}

/**
 * An order's edits and its cancellation are serialised per order (a transaction-scoped advisory
 * lock): a cancellation reverses the edits posted before it, and an edit posted after the
 * cancellation reverses itself; two consumers at once must not each miss the other.
 */
const lockOrder = (sql: Sql, tenantId: string, orderId: string) =>
  sql.query(`select pg_advisory_xact_lock(hashtextextended('finance.order:' || $1 || ':' || $2, 0))`, [
    tenantId,
    orderId,
  ]);

/** The order's edits posted and not reversed yet, oldest first. */
async function unreversedEdits(sql: Sql, tenantId: string, orderId: string): Promise<string[]> {
  // hand SQL: the partial expression index journal_entries_order_edits (0007) finds an order's edits
  const { rows } = await sql.query<{ id: string }>(
    `select e.id from finance.journal_entries e
      where e.tenant_id = $1 and e.source_type = 'order.edited' and split_part(e.source_id, '/', 1) = $2
        and not exists (select 1 from finance.journal_entries r
                         where r.tenant_id = $1 and r.source_type = 'reversal' and r.source_id = e.id::text)
      order by e.number`,
    [tenantId, orderId],
  );
  return rows.map((row) => row.id);
}

/** Reverses the order's edits that still stand, each with its open-item allocation. */
async function reverseEdits(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  order: { orderId: string; number: number; customerId?: string | null; currency: string },
  input: { date: string; description: string; eventId: string },
) {
  for (const editId of await unreversedEdits(sql, tenantId, order.orderId)) {
    const reversal = await reverseEntry(sql, tenantId, editId, input);
    if (reversal.posted && reversal.entryId) {
      await keepReversalOnOpenItem(sql, tenantId, ledger, order, {
        entryId: reversal.entryId,
        reversedEntryId: editId,
        allocatedOn: input.date,
      });
    }
  }
}

/** The placement's reversal (the order's cancellation), if it is posted. */
const placementReversed = (sql: Sql, tenantId: string, orderId: string) =>
  one<{ id: string }>(
    sql,
    `select r.id from finance.journal_entries p
       join finance.journal_entries r on r.tenant_id = p.tenant_id and r.source_type = 'reversal' and r.source_id = p.id::text
      where p.tenant_id = $1 and p.source_type = 'order.placed' and p.source_id = $2`,
    [tenantId, orderId],
  );

/**
 * The tax a refunded return gives back. Fulfillment's refund carries one gross amount; the return
 * credits the order's goods, so the tax in it is the refund × the order's tax ÷ its total, as placed
 * (from the placement's entry, in the document's own currency; an edit only lowers quantities at the
 * same rates, so it keeps the proportion, and taking the placement's makes the share the same
 * whenever an edit arrives), at most the order's tax. It moves from sales returns to tax payable as
 * an entry of its own (`return.tax` / return), so the refund's entry is the same whatever the order
 * of arrival; a refund whose placement finance has not booked waits for it (`parked_events`).
 * Nothing when the order had no tax.
 */
async function postRefundTaxShare(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  envelope: EventEnvelope<unknown>,
  refund: { returnId: string; orderId: string; amount: number; conversion: Conversion; date: string },
) {
  if (refund.amount <= 0) return;
  const taxAccount = ledger.accounts.get('tax_payable');
  const owed = [ledger.accounts.get('receivables'), ledger.accounts.get('gift_card_liability')].filter(Boolean);
  // hand SQL: an aggregate over the placement's lines by account
  const order = await one<{ placed: boolean; tax: number; total: number }>(
    sql,
    `select count(e.id) > 0 as placed,
            coalesce(-sum(l.amount) filter (where l.account_id = $3), 0)::float8 as tax,
            coalesce(sum(l.amount) filter (where l.account_id = any($4::uuid[])), 0)::float8 as total
       from finance.journal_entries e
       join finance.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
      where e.tenant_id = $1 and e.source_type = 'order.placed' and e.source_id = $2`,
    [tenantId, refund.orderId, taxAccount, owed],
  );
  if (!order?.placed) {
    await park(sql, tenantId, placedKey(refund.orderId), envelope);
    return;
  }
  if (order.tax <= 0 || order.total <= 0) return;
  const share = Math.min(Math.round((refund.amount * order.tax) / order.total), order.tax);
  if (share === 0) return;
  await postEntry(sql, tenantId, ledger, {
    date: refund.date,
    description: withNote(
      `Return refunded: the tax in its refund (${share} of ${refund.amount} ${refund.conversion.currency}) given back`,
      refund.conversion.note,
    ),
    sourceType: 'return.tax',
    sourceId: refund.returnId,
    eventId: envelope.id,
    lines: converted(
      [
        { role: 'tax_payable', base: share },
        { role: 'sales_returns', base: -share },
      ],
      refund.conversion,
      1,
    ),
  });
}

/** The rate the order's placement was booked at, so its edits convert at the same one. */
async function placementConversion(
  sql: Sql,
  tenantId: string,
  orderId: string,
  currency: string,
  base: string,
): Promise<Conversion> {
  if (currency === base) return conversionFor(sql, tenantId, currency, base);
  const placed = await one<{ rate: string }>(
    sql,
    `select l.rate::text as rate from finance.journal_entries e
       join finance.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
      where e.tenant_id = $1 and e.source_type = 'order.placed' and e.source_id = $2 and l.currency = $3
      limit 1`,
    [tenantId, orderId, currency],
  );
  if (!placed) return conversionFor(sql, tenantId, currency, base);
  const rate = placed.rate;
  return { currency, rate, note: null, toBase: (amount) => Math.round(amount * Number(rate)) };
}

/**
 * Goods that moved (shipped, or back from a return), valued at the cost in force when they moved: one
 * entry moves that value from `credit` to `debit`, and each line's valued movement is recorded against
 * it, so a cost that arrives later revalues it (cost-history.ts).
 */
async function postValuedGoods(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  envelope: EventEnvelope<unknown>,
  goods: {
    date: string;
    description: string;
    sourceType: MovementSource;
    sourceId: string;
    orderId: string;
    lines: MovementLine[];
    debit: PostingRole;
    credit: PostingRole;
  },
): Promise<Posted> {
  const valued = await valueAtCostInForce(sql, tenantId, envelope.occurredAt, goods.lines);
  const posted = await postEntry(sql, tenantId, ledger, {
    date: goods.date,
    description: withNote(goods.description, costNote(valued.unknown)),
    sourceType: goods.sourceType,
    sourceId: goods.sourceId,
    eventId: envelope.id,
    lines: [
      { role: goods.debit, base: valued.value },
      { role: goods.credit, base: -valued.value },
    ],
  });
  if (posted.posted && posted.entryId) {
    const { sourceType, sourceId, orderId } = goods;
    const movement = { sourceType, sourceId, orderId, occurredAt: envelope.occurredAt, entryId: posted.entryId };
    await recordValuedMovements(sql, tenantId, ledger, movement, valued.lines);
  }
  return posted;
}

/**
 * Posts what one event means to the ledger, once per source document (the journal's unique source
 * key), whatever order the events arrive in, and keeps the receivables and payables open items in
 * the same transaction. Unknown types post nothing.
 */
export async function postFromEvent(
  sql: Sql,
  tenantId: string,
  envelope: EventEnvelope<unknown>,
  /** the tenant's ledger, when the caller read it in this transaction (the batch reads it with the event's mark) */
  loaded?: Ledger,
): Promise<Posted> {
  const ledger = loaded ?? (await loadLedger(sql, tenantId));
  const posted = await postDocument(sql, tenantId, ledger, envelope);
  const { entryId } = posted;
  if (posted.posted && entryId) await keepOpenItems(sql, tenantId, ledger, envelope, { ...posted, entryId });
  return posted;
}

async function postDocument(
  sql: Sql,
  tenantId: string,
  tenantLedger: Ledger,
  envelope: EventEnvelope<unknown>,
): Promise<Posted> {
  // gift cards book to roles a tenant's chart may predate: their accounts are made on first use
  const ledger =
    envelope.type.includes('gift_card') || hasGiftCardAmount(envelope)
      ? await ensureRole(
          sql,
          tenantId,
          await ensureRole(sql, tenantId, tenantLedger, 'gift_card_liability'),
          'gift_cards_issued',
        )
      : tenantLedger;
  const base = ledger.baseCurrency;
  const eventId = envelope.id;
  // the shop's day: an entry is booked in the day (and month) the shop lived it
  const occurred = dayIn(envelope.occurredAt, ledger.timeZone);
  switch (envelope.type) {
    case 'orders.order.created': {
      const order = parseEventPayload(orderCreated, envelope);
      const conversion = await conversionFor(sql, tenantId, order.currency, base);
      // the revenue line takes whatever the total holds beyond shipping and tax (discounts included)
      const revenue = order.totalAmount - order.shippingAmount - order.taxAmount;
      // what a gift card paid is owed to the customer no longer: it leaves the liability, not receivables
      const giftCard = order.giftCardAmount ?? 0;
      const posted = await postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote(`Order #${order.number} placed`, conversion.note),
        sourceType: 'order.placed',
        sourceId: order.orderId,
        eventId,
        lines: converted(
          [
            { role: 'sales_revenue', base: -revenue },
            { role: 'receivables', base: order.totalAmount - giftCard },
            { role: 'shipping_revenue', base: -order.shippingAmount },
            { role: 'tax_payable', base: -order.taxAmount },
            ...(giftCard > 0 ? [{ role: 'gift_card_liability' as const, base: giftCard }] : []),
          ],
          conversion,
          0,
        ),
      });
      await releaseParked(sql, tenantId, placedKey(order.orderId));
      return posted;
    }
    case 'orders.order.cancelled': {
      const order = parseEventPayload(orderSummary, envelope);
      const placed = await one<{ id: string }>(
        sql,
        `select id from finance.journal_entries where tenant_id = $1 and source_type = 'order.placed' and source_id = $2`,
        [tenantId, order.orderId],
      );
      if (!placed) {
        await park(sql, tenantId, placedKey(order.orderId), envelope);
        return { posted: false, entryId: null };
      }
      await lockOrder(sql, tenantId, order.orderId);
      const reversed = await reverseEntry(sql, tenantId, placed.id, {
        date: occurred,
        description: `Order #${order.number} cancelled: its placement reversed`,
        eventId,
      });
      // the edits booked the difference to the placement: they go with it (each reversed once, so
      // also when the placement's reversal was already there, e.g. reversed by hand)
      await reverseEdits(sql, tenantId, ledger, order, {
        date: occurred,
        description: `Order #${order.number} cancelled: an edit of it reversed`,
        eventId,
      });
      return reversed;
    }
    case 'orders.order.edited': {
      const edit = parseEventPayload(orderEdited, envelope);
      const { previous, version, subtotalAmount, shippingAmount, taxAmount } = edit;
      if (!previous || version === undefined || subtotalAmount === undefined || shippingAmount === undefined) {
        // an event from before orders sent the split: the new total alone cannot be split
        return { posted: false, entryId: null };
      }
      const tax = taxAmount ?? 0;
      const giftCard = edit.giftCardAmount ?? 0;
      // the difference to the amounts before this edit, line by line as the placement books them: each
      // edit carries both, so the edits of an order add up to its last state in any order of arrival
      const revenueBefore = previous.totalAmount - previous.shippingAmount - previous.taxAmount;
      const revenueAfter = edit.totalAmount - shippingAmount - tax;
      const receivablesBefore = previous.totalAmount - previous.giftCardAmount;
      const receivablesAfter = edit.totalAmount - giftCard;
      const draft: DraftLine[] = [
        { role: 'sales_revenue', base: -(revenueAfter - revenueBefore) },
        { role: 'receivables', base: receivablesAfter - receivablesBefore },
        { role: 'shipping_revenue', base: -(shippingAmount - previous.shippingAmount) },
        { role: 'tax_payable', base: -(tax - previous.taxAmount) },
        ...(giftCard !== previous.giftCardAmount
          ? [{ role: 'gift_card_liability' as const, base: giftCard - previous.giftCardAmount }]
          : []),
      ];
      if (draft.every((line) => line.base === 0)) return { posted: false, entryId: null };
      await lockOrder(sql, tenantId, edit.orderId);
      const conversion = await placementConversion(sql, tenantId, edit.orderId, edit.currency, base);
      const posted = await postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote(
          `Order #${edit.number} edited: total ${previous.totalAmount} → ${edit.totalAmount} ${edit.currency}`,
          conversion.note,
        ),
        sourceType: 'order.edited',
        sourceId: editSourceId(edit.orderId, version),
        eventId,
        lines: converted(draft, conversion, 0),
      });
      await bookEditRefund(sql, tenantId, ledger, edit, { version, occurred, eventId, conversion });
      if (posted.posted && posted.entryId && (await placementReversed(sql, tenantId, edit.orderId))) {
        // the edit happened before the cancellation but arrived after it: it is reversed at once, as
        // the cancellation reverses the edits it finds (postFromEvent allocates the edit itself)
        const reversal = await reverseEntry(sql, tenantId, posted.entryId, {
          date: occurred,
          description: `Order #${edit.number} edited, its cancellation already booked: the edit reversed`,
          eventId,
        });
        if (reversal.posted && reversal.entryId) {
          await keepReversalOnOpenItem(sql, tenantId, ledger, edit, {
            entryId: reversal.entryId,
            reversedEntryId: posted.entryId,
            allocatedOn: occurred,
          });
        }
      }
      return posted;
    }
    case 'orders.order.payment_status_changed': {
      const order = parseEventPayload(orderSummary, envelope);
      if (order.paymentStatus !== 'captured' && order.paymentStatus !== 'refunded') {
        return { posted: false, entryId: null };
      }
      const captured = order.paymentStatus === 'captured';
      // the provider moves only what the gift card did not pay; an order the card paid in full moves no cash
      const charged = order.totalAmount - (order.giftCardAmount ?? 0);
      if (charged === 0) return { posted: false, entryId: null };
      const conversion = await conversionFor(sql, tenantId, order.currency, base);
      const sign = captured ? 1 : -1;
      return postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote(`Order #${order.number} payment ${captured ? 'captured' : 'refunded'}`, conversion.note),
        sourceType: captured ? 'order.payment_captured' : 'order.payment_refunded',
        sourceId: order.orderId,
        eventId,
        lines: converted(
          [
            { role: 'cash_clearing', base: sign * charged },
            { role: 'receivables', base: -sign * charged },
          ],
          conversion,
          0,
        ),
      });
    }
    case 'fulfillment.shipment.shipped': {
      const shipped = parseEventPayload(shipment, envelope);
      return postValuedGoods(sql, tenantId, ledger, envelope, {
        date: occurred,
        description: 'Shipment shipped: cost of goods sold at the moving-average cost in force when it shipped',
        sourceType: 'shipment.shipped',
        sourceId: shipped.shipmentId,
        orderId: shipped.orderId,
        lines: shipped.lines,
        debit: 'cogs',
        credit: 'inventory',
      });
    }
    case 'fulfillment.return.received': {
      const received = parseEventPayload(returned, envelope);
      return postValuedGoods(sql, tenantId, ledger, envelope, {
        date: occurred,
        description: 'Return received: goods back into inventory at the cost in force when they came back',
        sourceType: 'return.received',
        sourceId: received.returnId,
        orderId: received.orderId,
        lines: received.lines,
        debit: 'inventory',
        credit: 'cogs',
      });
    }
    case 'fulfillment.return.refunded': {
      const refunded = parseEventPayload(returned, envelope);
      await recordDocumentOrder(sql, tenantId, refunded.returnId, refunded.orderId);
      const amount = refunded.refundAmount ?? 0;
      const conversion = await conversionFor(sql, tenantId, refunded.currency ?? base, base);
      const posted = await postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote('Return refunded', conversion.note),
        sourceType: 'return.refunded',
        sourceId: refunded.returnId,
        eventId,
        lines: converted(
          [
            { role: 'sales_returns', base: amount },
            { role: 'cash_clearing', base: -amount },
          ],
          conversion,
          0,
        ),
      });
      // also on a redelivery or a release from parking: the tax share posts once, by its own key
      await postRefundTaxShare(sql, tenantId, ledger, envelope, {
        returnId: refunded.returnId,
        orderId: refunded.orderId,
        amount,
        conversion,
        date: occurred,
      });
      return posted;
    }
    case 'inventory.variant_cost.changed': {
      const cost = parseEventPayload(variantCost, envelope);
      // into the variant's cost history; movements it should have valued are revalued (cost-history.ts)
      return recordCostChange(sql, tenantId, ledger, {
        eventId,
        variantId: cost.variantId,
        averageCost: cost.averageCost,
        currency: cost.currency,
        effectiveAt: cost.effectiveAt ?? envelope.occurredAt,
      });
    }
    case 'procurement.receipt.posted': {
      const posted = parseEventPayload(receipt, envelope);
      const values = await roundedValues(
        sql,
        posted.lines.map((line) => ({ quantity: line.acceptedQuantity, unitCost: line.unitCost })),
      );
      const lines: DraftLine[] = posted.lines.flatMap((line, index) => {
        const value = values[index] ?? 0;
        const document = {
          currency: line.supplierCurrency,
          rate: line.exchangeRate,
          memo: `variant ${line.variantId} × ${line.acceptedQuantity}`,
        };
        const amount = line.acceptedQuantity * line.supplierUnitCost;
        return [
          { role: 'inventory', base: value, amount, ...document },
          { role: 'grni', base: -value, amount: -amount, ...document },
        ] satisfies DraftLine[];
      });
      return postEntry(sql, tenantId, ledger, {
        date: dayIn(posted.receivedAt, ledger.timeZone),
        description: `Goods received (receipt ${posted.number})`,
        sourceType: 'receipt.posted',
        sourceId: posted.receiptId,
        eventId,
        lines:
          lines.length > 0
            ? lines
            : [
                { role: 'inventory', base: 0 },
                { role: 'grni', base: 0 },
              ],
      });
    }
    case 'procurement.bill.posted':
    case 'procurement.credit_note.posted': {
      const document = parseEventPayload(bill, envelope);
      const creditNote = envelope.type === 'procurement.credit_note.posted';
      const sign = creditNote ? -1 : 1;
      // every line in the bill's currency at its rate; a credit note books the mirror image of a bill
      const line = (role: PostingRole, base: number, amount: number, memo: string): DraftLine => ({
        role,
        base: sign * base,
        amount: sign * amount,
        memo,
        currency: document.currency,
        rate: document.exchangeRate,
      });
      const lines = document.lines.flatMap((billed) => [
        line('grni', billed.receivedBaseAmount, billed.amount, billed.description),
        line('price_variance', billed.baseAmount - billed.receivedBaseAmount, 0, billed.description),
      ]);
      const parts =
        document.lines.reduce((sum, billed) => sum + billed.baseAmount, 0) +
        document.baseTaxAmount +
        document.baseFreightAmount;
      lines.push(
        line('input_tax', document.baseTaxAmount, document.taxAmount, 'tax'),
        line('freight_in', document.baseFreightAmount, document.freightAmount, 'freight'),
        // the document's base total is what payables owe; conversion rounding between it and its parts is variance
        line('price_variance', document.baseTotalAmount - parts, 0, 'rounding'),
        line('payables', -document.baseTotalAmount, -document.totalAmount, document.supplierName),
      );
      return postEntry(sql, tenantId, ledger, {
        date: document.billDate,
        description: `${creditNote ? 'Supplier credit note' : 'Supplier bill'} ${document.number} from ${document.supplierName}`,
        sourceType: creditNote ? 'credit_note.posted' : 'bill.posted',
        sourceId: document.billId,
        eventId,
        lines,
      });
    }
    case 'orders.gift_card.issued':
    case 'orders.gift_card.adjusted': {
      // a card staff issue (or top up) is a cost of the shop and a debt to whoever holds the code
      const movement = parseEventPayload(giftCardMovement, envelope);
      const issued = envelope.type === 'orders.gift_card.issued';
      const conversion = await conversionFor(sql, tenantId, movement.currency, base);
      return postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote(issued ? 'Gift card issued' : 'Gift card balance adjusted', conversion.note),
        sourceType: issued ? 'gift_card.issued' : 'gift_card.adjusted',
        sourceId: issued ? movement.giftCardId : eventId,
        eventId,
        lines: converted(
          [
            { role: 'gift_cards_issued', base: movement.amount },
            { role: 'gift_card_liability', base: -movement.amount },
          ],
          conversion,
          0,
        ),
      });
    }
    case 'orders.gift_card.refunded': {
      const movement = parseEventPayload(giftCardMovement, envelope);
      // a cancel reverses the placement (its liability line with it) and edits are not posted: only a
      // refunded return, booked as paid out in cash (return.refunded), went back to the card instead
      if (movement.source !== 'return') return { posted: false, entryId: null };
      const conversion = await conversionFor(sql, tenantId, movement.currency, base);
      return postEntry(sql, tenantId, ledger, {
        date: occurred,
        description: withNote('Return refunded to a gift card', conversion.note),
        sourceType: 'gift_card.refunded',
        sourceId: eventId,
        eventId,
        lines: converted(
          [
            { role: 'cash_clearing', base: movement.amount },
            { role: 'gift_card_liability', base: -movement.amount },
          ],
          conversion,
          0,
        ),
      });
    }
    default:
      return { posted: false, entryId: null };
  }
}

const positive = (value: unknown) => typeof value === 'number' && value > 0;

/** An order's event that books to the gift card roles: a card paid part of it (now, or before an edit). */
const hasGiftCardAmount = (envelope: EventEnvelope<unknown>) => {
  const payload = envelope.payload as { giftCardAmount?: unknown; previous?: { giftCardAmount?: unknown } } | null;
  return positive(payload?.giftCardAmount) || positive(payload?.previous?.giftCardAmount);
};

/**
 * Keeps the order a return belongs to when its refund posts (its entries name only the return): what
 * links their ledger lines to the order and its invoice (reports.ts). Once per document, whichever of
 * its events comes first; a shipment's and a received return's go with their valued movements.
 */
async function recordDocumentOrder(sql: Sql, tenantId: string, documentId: string, orderId: string): Promise<void> {
  await sql.query(
    `insert into finance.document_orders (tenant_id, document_id, order_id) values ($1, $2, $3)
     on conflict (tenant_id, document_id) do nothing`,
    [tenantId, documentId, orderId],
  );
}
