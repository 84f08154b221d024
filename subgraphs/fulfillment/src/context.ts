import type { KitContext } from '@ucos/kit';
import type { FulfillmentDeps } from './deps.ts';

export interface FulfillmentContext extends KitContext {
  deps: FulfillmentDeps;
}
