import type { DomainDeps } from '@ucos/kit';
import type { NotificationsEvents } from './events/out/notifications-events.ts';

export interface NotificationsDeps extends DomainDeps<NotificationsEvents> {
  /** the locale when neither the recipient nor the caller says one */
  defaultLocale: string;
}

export const SCHEMA = 'notifications';
