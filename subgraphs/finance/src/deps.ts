import type { DomainDeps } from '@ucos/kit';
import type { FinanceEvents } from './events/out/finance-events.ts';

export interface FinanceDeps extends DomainDeps<FinanceEvents> {}

export const SCHEMA = 'finance';
