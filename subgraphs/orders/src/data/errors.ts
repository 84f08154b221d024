import { domainErrors, type PayloadError, type Result } from '@ucos/kit';
import { CUSTOM_FIELD_ERROR_CODES } from '@ucos/kit/custom-fields';

export const ORDERS_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_CURRENCY',
  'INVALID_EMAIL',
  'INVALID_STREET',
  'INVALID_POSTAL_CODE',
  'INVALID_PHONE',
  'INVALID_QUANTITY',
  'UNKNOWN_VARIANT',
  'CURRENCY_MISMATCH',
  'CONFLICT',
  'CART_EMPTY',
  'CART_NOT_OPEN',
  'INSUFFICIENT_STOCK',
  'PAYMENT_DECLINED',
  'IDEMPOTENCY_KEY_REUSED',
  'CHECKOUT_IN_PROGRESS',
  'INVALID_TRANSITION',
  'NOT_EDITABLE',
  'SERVICE_UNAVAILABLE',
  'SHIPPING_METHOD_UNAVAILABLE',
  'AMOUNT_TOO_LARGE',
  'ORDER_ON_HOLD',
  'ORDER_FINAL',
  'HOLD_ALREADY_RELEASED',
  'INVALID_AMOUNT',
  'COUNTRY_IN_ANOTHER_ZONE',
  'REST_OF_WORLD_EXISTS',
  'SHIPPING_METHOD_EXISTS',
  'INVALID_TAX_RATE',
  'INVALID_TAX_ID',
  'PROMOTION_CODE_INVALID',
  'PROMOTION_EXPIRED',
  'PROMOTION_NOT_STARTED',
  'PROMOTION_EXHAUSTED',
  'PROMOTION_NOT_APPLICABLE',
  'INVALID_PROMOTION_RULE',
  'DUPLICATE_CODE',
  'PLUGIN_REFUSED',
  'UNKNOWN_ADAPTER',
  'INVALID_SETTINGS',
  'INTEGRATION_KEY_UNAVAILABLE',
  'GIFT_CARD_INVALID',
  'GIFT_CARD_EXPIRED',
  'GIFT_CARD_CURRENCY_MISMATCH',
  'GIFT_CARD_EMPTY',
  ...CUSTOM_FIELD_ERROR_CODES,
  'SUBSCRIPTION_REQUIRES_ACCOUNT',
  'SUBSCRIPTION_PAYMENT_UNSUPPORTED',
  'CURRENCY_NOT_SOLD',
] as const;

export type OrdersErrorCode = (typeof ORDERS_ERROR_CODES)[number];
export type OrdersError = PayloadError<OrdersErrorCode>;
export type OrdersResult<T> = Result<T, OrdersErrorCode>;

export const { error: ordersError, fail: ordersFail } = domainErrors(ORDERS_ERROR_CODES);

/** A tenant's validator plugin refused: its message, on `["input", …its field]` when it names one. */
export const pluginRefusedError = (refusal: { message: string; field: string | null }) =>
  ordersError('PLUGIN_REFUSED', refusal.message, refusal.field ? ['input', ...refusal.field.split('.')] : null);
