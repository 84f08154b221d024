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

export const FINANCE_EVENTS = defineEvents('finance', {
  /** a month closed: nothing posts into it until it is reopened */
  'finance.period.closed': event<PeriodPayload>('FiscalPeriod'),
  'finance.period.reopened': event<PeriodPayload>('FiscalPeriod'),
});

export type FinanceEvents = typeof FINANCE_EVENTS;
