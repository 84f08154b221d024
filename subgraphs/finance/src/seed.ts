import type { EventEnvelope } from '@ucos/kit';
import type pg from 'pg';
import { tenantDb } from './db.ts';
import { FINANCE_CONSUMER, financeHandler } from './events/in/consumer.ts';

/**
 * Feeds events straight through the worker's consumer on `pool` (finance's own role): posts them and
 * issues their invoices and credit notes, without announcing those (a back-filled quarter mails no
 * customer). The demo data feeds the ledger this way. Each event once (processed_messages and the
 * journal's source key), so a second run posts nothing.
 */
export async function postEvents(pool: pg.Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  const handle = financeHandler(tenantDb(pool, null, null), { announce: false });
  for (const envelope of envelopes) {
    await handle(envelope, { deliveryCount: 1, consumer: FINANCE_CONSUMER, subject: `ucos.${envelope.type}` });
  }
}

/** Fills the seller block of the tenant's invoices once (a manager's later edits are kept on a restart). */
export async function configureInvoices(
  pool: pg.Pool,
  tenantId: string,
  seller: { sellerLegalName: string; sellerAddress: string; sellerTaxId: string },
): Promise<void> {
  const { readInvoiceSettings, updateInvoiceSettings } = await import('./data/invoices.ts');
  const db = tenantDb(pool, tenantId, null);
  if ((await readInvoiceSettings(db)).sellerLegalName) return;
  await updateInvoiceSettings(db, seller);
}

/** Closes a month (`YYYY-MM`) if it is open, as `fiscalPeriodClose` does. */
export async function closeMonth(pool: pg.Pool, tenantId: string, month: string): Promise<void> {
  const { setPeriodStatus } = await import('./data/periods.ts');
  await setPeriodStatus(tenantDb(pool, tenantId, null), month, 'closed', 'demo');
}

/** Sets the days customers have to pay, as `financeCustomerPaymentTermsSet` does. */
export async function setCustomerTerms(pool: pg.Pool, tenantId: string, days: number): Promise<void> {
  const { setCustomerPaymentTerms } = await import('./data/open-items.ts');
  await setCustomerPaymentTerms(tenantDb(pool, tenantId, null), days);
}

/**
 * Drafts and posts a payment run of the bills due by `dueBy` (of these suppliers), paid on
 * `paymentDate`, as staff would; nothing due: no run. Returns the run's number.
 */
export async function payDueBills(
  pool: pg.Pool,
  tenantId: string,
  input: { dueBy: string; paymentDate: string; supplierIds: string[] | null },
): Promise<number | null> {
  const { createPaymentRun, postPaymentRun } = await import('./data/payment-runs.ts');
  const db = tenantDb(pool, tenantId, null);
  const draft = await createPaymentRun(db, { dueBy: input.dueBy, supplierIds: input.supplierIds, actor: 'demo' });
  if (!draft.ok) return null;
  const posted = await postPaymentRun(db, { runId: draft.value.id, paymentDate: input.paymentDate, actor: 'demo' });
  if (!posted.ok) throw new Error(posted.errors.map((error) => error.message).join('; '));
  return posted.value.number;
}

/** Records a bank receipt settling what is open on an order, as `financeReceiptRecord` does (once per key). */
export async function receiveForOrder(
  pool: pg.Pool,
  tenantId: string,
  input: { orderId: string; receivedOn: string; reference: string; idempotencyKey: string },
): Promise<void> {
  const { recordBankReceipt } = await import('./data/bank-receipts.ts');
  const { itemOfDocument } = await import('./data/open-items.ts');
  const db = tenantDb(pool, tenantId, null);
  const item = await db.run((sql) => itemOfDocument(sql, tenantId, 'receivable', input.orderId));
  if (!item || item.openBaseAmount <= 0) return;
  const recorded = await recordBankReceipt(db, {
    customerId: item.partyId,
    amount: item.openBaseAmount,
    receivedOn: input.receivedOn,
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
    allocations: [{ itemId: item.id, amount: item.openBaseAmount }],
    actor: 'demo',
  });
  if (!recorded.ok) throw new Error(recorded.errors.map((error) => error.message).join('; '));
}
