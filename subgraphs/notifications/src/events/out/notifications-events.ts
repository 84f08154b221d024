import { defineEvents, event } from '@ucos/kit';

/**
 * What notifications publishes (subjects `ucos.<type>`): a notification reached the mail server, or
 * was given up after its last attempt. Ids are local uuids.
 */
export interface NotificationOutcomePayload {
  notificationId: string;
  eventId: string;
  template: string;
  recipient: string;
  attempts: number;
  error: string | null;
}

export const NOTIFICATIONS_EVENTS = defineEvents('notifications', {
  'notifications.notification.sent': event<NotificationOutcomePayload>('Notification'),
  'notifications.notification.failed': event<NotificationOutcomePayload>('Notification'),
});

export type NotificationsEvents = typeof NOTIFICATIONS_EVENTS;
