import { domainErrors, type PayloadError, type Result } from '@ucos/kit';

export const FULFILLMENT_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'ORDER_NOT_SHIPPABLE',
  'SHIP_QUANTITY_EXCEEDS_ORDER',
  'RETURN_QUANTITY_EXCEEDS_SHIPPED',
  'INVALID_TRANSITION',
  'CONFLICT',
  'UNKNOWN_CARRIER',
  'SERVICE_UNAVAILABLE',
  'ORDER_ON_HOLD',
  'RETURN_WINDOW_CLOSED',
] as const;

export type FulfillmentErrorCode = (typeof FULFILLMENT_ERROR_CODES)[number];
export type FulfillmentError = PayloadError<FulfillmentErrorCode>;
export type FulfillmentResult<T> = Result<T, FulfillmentErrorCode>;

export const { error: fulfillmentError, fail: fulfillmentFail } = domainErrors(FULFILLMENT_ERROR_CODES);
