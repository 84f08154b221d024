import type { KitContext } from '@ucos/kit';
import type { OrdersDeps } from './deps.ts';

export interface OrdersContext extends KitContext {
  deps: OrdersDeps;
}
