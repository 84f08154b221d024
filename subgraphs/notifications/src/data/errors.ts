import { fail, payloadError, type Result } from '@ucos/kit';

/** Every business error code the notifications domain returns in a payload. */
export type NotificationsErrorCode = 'INVALID_INPUT' | 'INVALID_TEMPLATE' | 'UNKNOWN_TEMPLATE' | 'INVALID_LOCALE';

export const notificationsFail = (code: NotificationsErrorCode, message: string, field: string[] | null = null) =>
  fail(payloadError(code, message, field)) as Result<never, NotificationsErrorCode>;
