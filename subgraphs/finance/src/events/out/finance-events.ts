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

export const FINANCE_EVENTS = defineEvents('finance', {
  /** a month closed: nothing posts into it until it is reopened */
  'finance.period.closed': event<PeriodPayload>('FiscalPeriod'),
  'finance.period.reopened': event<PeriodPayload>('FiscalPeriod'),
  'finance.payment_run.posted': event<PaymentRunPostedPayload>('PaymentRun'),
});

export type FinanceEvents = typeof FINANCE_EVENTS;
