import { type EventEnvelope, parseEventPayload } from '@ucos/kit';
import { z } from 'zod';
import { one, type Sql } from '../db.ts';
import { dayIn, type Ledger, type Posted } from './ledger.ts';
import { addDays, allocate, type OpenItemKind, openItem } from './open-items.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const order = z.object({
  orderId: z.string().uuid(),
  number: z.number().int(),
  customerId: z.string().uuid().nullable().optional(),
  email: z.string().optional(),
  currency: z.string().length(3),
});

const supplierDocument = z.object({
  billId: z.string().uuid(),
  number: z.union([z.string(), z.number().int()]),
  supplierId: z.string().uuid(),
  supplierName: z.string(),
  billDate: date,
  dueDate: date.optional(),
  currency: z.string().length(3),
});

/**
 * How much an entry moved the account of a posting role (debit − credit in base, and in the
 * document's currency), and what the entry was posted from. An entry posted just now says so itself;
 * a reversal's lines were copied in the database: one statement reads them.
 */
async function movementOf(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  posted: Posted & { entryId: string },
  role: 'receivables' | 'payables',
) {
  if (posted.lines && posted.sourceType) {
    const account = ledger.accounts.get(role);
    const moved = posted.lines.filter((line) => line.accountId === account);
    return {
      base: moved.reduce((sum, line) => sum + line.base, 0),
      amount: moved.reduce((sum, line) => sum + line.amount, 0),
      sourceType: posted.sourceType,
    };
  }
  const { entryId } = posted;
  const row = await one<{ base: number; amount: number; sourceType: string }>(
    sql,
    `select coalesce(sum(l.debit - l.credit), 0)::float8 as base, coalesce(sum(l.amount), 0)::float8 as amount,
            (select source_type from finance.journal_entries where tenant_id = $1 and id = $2) as "sourceType"
       from finance.journal_lines l
      where l.tenant_id = $1 and l.entry_id = $2
        and l.account_id = (select account_id from finance.account_mappings where tenant_id = $1 and role = $3)`,
    [tenantId, entryId, role],
  );
  return row as { base: number; amount: number; sourceType: string };
}

/**
 * Keeps the receivables and payables open items in step with an entry just posted from `envelope`:
 * an order's placement or a supplier document opens an item with what the entry put on the control
 * account; a capture, a refund or a cancellation allocates what it took off (or put back).
 */
export async function keepOpenItems(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  envelope: EventEnvelope<unknown>,
  posted: Posted & { entryId: string },
) {
  const { entryId } = posted;
  const kind: OpenItemKind | null = envelope.type.startsWith('orders.order.')
    ? 'receivable'
    : envelope.type === 'procurement.bill.posted' || envelope.type === 'procurement.credit_note.posted'
      ? 'payable'
      : null;
  if (!kind) return;
  const moved = await movementOf(sql, tenantId, ledger, posted, kind === 'receivable' ? 'receivables' : 'payables');
  // receivables are debit-normal, payables credit-normal: amounts are kept positive in that direction
  const sign = kind === 'receivable' ? 1 : -1;
  const occurred = dayIn(envelope.occurredAt, ledger.timeZone);
  if (kind === 'payable') {
    const document = parseEventPayload(supplierDocument, envelope);
    const creditNote = envelope.type === 'procurement.credit_note.posted';
    await openItem(sql, tenantId, {
      kind,
      documentType: creditNote ? 'credit_note' : 'bill',
      documentId: document.billId,
      documentNumber: String(document.number),
      partyId: document.supplierId,
      partyEmail: null,
      partyName: document.supplierName,
      currency: document.currency,
      amount: sign * moved.amount,
      baseAmount: sign * moved.base,
      documentDate: document.billDate,
      // a credit note is there to be used at once
      dueDate: creditNote ? document.billDate : (document.dueDate ?? document.billDate),
    });
    return;
  }
  const placed = parseEventPayload(order, envelope);
  if (envelope.type === 'orders.order.created') {
    const terms = ledger.customerPaymentTermsDays;
    await openItem(sql, tenantId, {
      kind,
      documentType: 'order',
      documentId: placed.orderId,
      documentNumber: String(placed.number),
      partyId: placed.customerId ?? null,
      partyEmail: placed.email ?? null,
      partyName: placed.email ?? '',
      currency: placed.currency,
      amount: moved.amount,
      baseAmount: moved.base,
      documentDate: occurred,
      dueDate: addDays(occurred, terms),
    });
    return;
  }
  // a capture, a refund, an edit or the placement's reversal: what left (or came back to) the
  // receivable; each edit of an order is its own allocation (its source names the edit)
  const sourceId = moved.sourceType === 'order.edited' && posted.sourceId ? posted.sourceId : placed.orderId;
  await allocateOrderMovement(sql, tenantId, placed, { ...moved, sourceId, entryId, allocatedOn: occurred });
}

/** What an entry took off (or put back on) an order's receivable, as an allocation of its open item. */
async function allocateOrderMovement(
  sql: Sql,
  tenantId: string,
  placed: { orderId: string; number: number; customerId?: string | null; currency: string },
  moved: { base: number; amount: number; sourceType: string; sourceId: string; entryId: string; allocatedOn: string },
) {
  await allocate(sql, tenantId, {
    kind: 'receivable',
    documentId: placed.orderId,
    stub: {
      documentType: 'order',
      documentNumber: String(placed.number),
      partyId: placed.customerId ?? null,
      currency: placed.currency,
    },
    sourceType: moved.sourceType,
    sourceId: moved.sourceId,
    entryId: moved.entryId,
    amount: -moved.amount,
    baseAmount: -moved.base,
    allocatedOn: moved.allocatedOn,
  });
}

/**
 * The receivable movement of an entry posted beside the event's own (an order edit's reversal when
 * the order is cancelled), allocated under the reversed entry's id so each is allocated once.
 */
export async function keepReversalOnOpenItem(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  placed: { orderId: string; number: number; customerId?: string | null; currency: string },
  reversal: { entryId: string; reversedEntryId: string; allocatedOn: string },
) {
  await keepOrderEntryOnOpenItem(sql, tenantId, ledger, placed, {
    entryId: reversal.entryId,
    sourceType: 'reversal',
    sourceId: reversal.reversedEntryId,
    allocatedOn: reversal.allocatedOn,
  });
}

/** The receivable movement of a second entry an order's event posted, allocated under the source given. */
export async function keepOrderEntryOnOpenItem(
  sql: Sql,
  tenantId: string,
  ledger: Ledger,
  placed: { orderId: string; number: number; customerId?: string | null; currency: string },
  entry: { entryId: string; sourceType: string; sourceId: string; allocatedOn: string },
) {
  const moved = await movementOf(sql, tenantId, ledger, { posted: true, entryId: entry.entryId }, 'receivables');
  if (moved.base === 0 && moved.amount === 0) return;
  await allocateOrderMovement(sql, tenantId, placed, { ...moved, ...entry });
}
