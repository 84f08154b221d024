import type { EventEnvelope } from '@ucos/kit';
import type pg from 'pg';
import { tenantDb } from './db.ts';
import { INVOICED_EVENT_TYPES, invoicingHandler } from './events/in/invoicing.ts';
import { postingHandler } from './events/in/posting.ts';

/**
 * Posts events straight through the posting consumer on `pool` (finance's own role), as the worker
 * would: the demo data and the bench feed the ledger this way. Each event once (processed_messages
 * and the journal's source key), so a second run posts nothing.
 */
export async function postEvents(pool: pg.Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  const handle = postingHandler(tenantDb(pool, null, null));
  for (const envelope of envelopes) {
    await handle(envelope, { deliveryCount: 1, consumer: 'finance-posting', subject: `ucos.${envelope.type}` });
  }
}

/**
 * Issues the invoices and credit notes of these events through the invoicing consumer, as the worker
 * would, without announcing them (a back-filled quarter mails no customer). Each event once.
 */
export async function invoiceEvents(pool: pg.Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  const handle = invoicingHandler(tenantDb(pool, null, null), { announce: false });
  const types: readonly string[] = INVOICED_EVENT_TYPES;
  for (const envelope of envelopes) {
    if (!types.includes(envelope.type)) continue;
    await handle(envelope, { deliveryCount: 1, consumer: 'finance-invoicing', subject: `ucos.${envelope.type}` });
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
