import { defineEvents, event } from '@ucos/kit';
import type { InvoicePdfDocument } from '@ucos/notifications/invoice-pdf';

/** What finance publishes (subjects `ucos.<type>`). Ids are local uuids. */

export interface PeriodPayload {
  periodId: string;
  /** the month's first and last day, YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  actor: string | null;
}

/** A supplier payment run posted: one journal entry per supplier, its bills allocated. Amounts in minor units. */
export interface PaymentRunPostedPayload {
  paymentRunId: string;
  number: number;
  /** YYYY-MM-DD */
  paymentDate: string;
  baseCurrency: string;
  totalBaseAmount: number;
  suppliers: {
    supplierId: string;
    supplierName: string;
    entryId: string | null;
    baseAmount: number;
    documents: {
      documentId: string;
      documentType: string;
      number: string;
      currency: string;
      amount: number;
      baseAmount: number;
    }[];
  }[];
  actor: string | null;
}

/**
 * An issued invoice or credit note as printed: the document notifications' one renderer draws
 * (`invoicePdf`), with the buyer's locale for the mail. Amounts in minor units; dates YYYY-MM-DD in
 * the tenant's time zone when finance knows it.
 */
export type InvoiceDocument = InvoicePdfDocument & { locale: string | null };

export interface InvoiceIssuedPayload {
  invoiceId: string;
  number: string;
  orderId: string;
  orderNumber: number;
  /** with the shop's prefix (AC-1001); null on invoices of orders from before prefixes */
  orderDisplayNumber: string | null;
  /** the buyer's address, to mail the invoice to */
  email: string;
  locale: string | null;
  invoice: InvoiceDocument;
}

export interface CreditNoteIssuedPayload extends Omit<InvoiceIssuedPayload, 'invoiceId'> {
  creditNoteId: string;
  /** the invoice it credits */
  invoiceId: string;
  invoiceNumber: string;
}

export const FINANCE_EVENTS = defineEvents('finance', {
  /** a month closed: nothing posts into it until it is reopened */
  'finance.period.closed': event<PeriodPayload>('FiscalPeriod'),
  'finance.period.reopened': event<PeriodPayload>('FiscalPeriod'),
  'finance.payment_run.posted': event<PaymentRunPostedPayload>('PaymentRun'),
  /** an order's invoice, issued on capture or first shipment (the tenant's setting) */
  'finance.invoice.issued': event<InvoiceIssuedPayload>('Invoice'),
  /** a credit note: a refund, a return's refund, or issued by hand */
  'finance.credit_note.issued': event<CreditNoteIssuedPayload>('Invoice'),
});

export type FinanceEvents = typeof FINANCE_EVENTS;
