import { domainErrors } from '@ucos/kit';

/** Every business error code the notifications domain returns in a payload. */
export const NOTIFICATIONS_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_TEMPLATE',
  'UNKNOWN_TEMPLATE',
  'INVALID_LOCALE',
] as const;

export type NotificationsErrorCode = (typeof NOTIFICATIONS_ERROR_CODES)[number];

export const { fail: notificationsFail } = domainErrors(NOTIFICATIONS_ERROR_CODES);
