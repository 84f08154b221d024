import { domainErrors, type Result } from '@ucos/kit';

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
export type WebhooksResult<T> = Result<T, WebhooksErrorCode>;

export const { fail: webhooksFail } = domainErrors(WEBHOOKS_ERROR_CODES);
