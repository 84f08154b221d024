import type { KitContext } from '@ucos/kit';
import type { FinanceDeps } from './deps.ts';

export interface FinanceContext extends KitContext {
  deps: FinanceDeps;
}
