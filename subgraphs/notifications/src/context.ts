import type { KitContext } from '@ucos/kit';
import type { NotificationsDeps } from './deps.ts';

export interface NotificationsContext extends KitContext {
  deps: NotificationsDeps;
}
