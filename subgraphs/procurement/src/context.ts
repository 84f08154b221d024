import type { KitContext } from '@ucos/kit';
import type { ProcurementDeps } from './deps.ts';

export interface ProcurementContext extends KitContext {
  deps: ProcurementDeps;
}
