import { defineEvents, event } from '@ucos/kit';

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

/** An issued invoice or credit note as printed: what the PDF renders (notifications' `invoicePdf`). */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  /** a credit note's invoice */
  creditedInvoiceNumber: string | null;
  reason: string | null;
  orderNumber: number;
  currency: string;
  /** YYYY-MM-DD, in the tenant's time zone when finance knows it */
  issueDate: string;
  dueDate: string;
  seller: { name: string; legalName: string; address: string; taxId: string };
  buyer: {
    name: string;
    email: string;
    address: {
      name: string;
      line1: string;
      line2?: string | null;
      city: string;
      postalCode: string;
      country: string;
    } | null;
  };
  lines: { sku: string; title: string; quantity: number; unitAmount: number; lineAmount: number; taxRateBps: number }[];
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  /** one entry per tax rate (basis points): the taxable base and its tax */
  taxBreakdown: { rateBps: number; baseAmount: number; taxAmount: number }[];
  locale: string | null;
}

export interface InvoiceIssuedPayload {
  invoiceId: string;
  number: string;
  orderId: string;
  orderNumber: number;
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
