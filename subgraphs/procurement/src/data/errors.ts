import { domainErrors, type Result } from '@ucos/kit';
import { CUSTOM_FIELD_ERROR_CODES } from '@ucos/kit/custom-fields';
import { RECEIVING_ERROR_CODES } from './receipts-errors.ts';

/** Every code procurement's stores return; each mutation's payload declares the ones it can answer. */
export const PROCUREMENT_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_CURRENCY',
  'INVALID_EMAIL',
  'INVALID_QUANTITY',
  'INVALID_AMOUNT',
  'CONFLICT',
  'CODE_TAKEN',
  'SUPPLIER_INACTIVE',
  'UNKNOWN_VARIANT',
  'INVALID_TRANSITION',
  'SELF_APPROVAL',
  'NO_LINES',
  'PLUGIN_REFUSED',
  'NO_EMAIL',
  'IDEMPOTENCY_KEY_REUSED',
  'TOO_MANY_ITEMS',
  'AMOUNT_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  ...RECEIVING_ERROR_CODES,
  ...CUSTOM_FIELD_ERROR_CODES,
] as const;

export type ProcurementErrorCode = (typeof PROCUREMENT_ERROR_CODES)[number];
export type ProcurementResult<T> = Result<T, ProcurementErrorCode>;

export const { fail: procurementFail } = domainErrors(PROCUREMENT_ERROR_CODES);
