import { fail, type PayloadError, payloadError, type Result } from '@ucos/kit';

export const WEBHOOKS_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_URL',
  'DESTINATION_NOT_ALLOWED',
  'INVALID_EVENT_TYPE',
  'ENDPOINT_DISABLED',
  'DELIVERY_PENDING',
] as const;

export type WebhooksErrorCode = (typeof WEBHOOKS_ERROR_CODES)[number];
export type WebhooksError = PayloadError<WebhooksErrorCode>;
export type WebhooksResult<T> = Result<T, WebhooksErrorCode>;

export const webhooksFail = (code: WebhooksErrorCode, message: string, field: string[] | null = null) =>
  fail(payloadError(code, message, field));
