import type { KitContext } from '@ucos/kit';
import type { WebhooksDeps } from './deps.ts';

export interface WebhooksContext extends KitContext {
  deps: WebhooksDeps;
}
