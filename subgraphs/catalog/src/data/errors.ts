import { domainErrors, reject as kitReject, type PayloadError, type Result } from '@ucos/kit';
import { CUSTOM_FIELD_ERROR_CODES } from '@ucos/kit/custom-fields';

export const CATALOG_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_HANDLE',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE_HANDLE',
  'DUPLICATE_SKU',
  'DUPLICATE_NAME',
  'INVALID_CURRENCY',
  'INVALID_AMOUNT',
  'CURRENCY_MISMATCH',
  'CATEGORY_NOT_EMPTY',
  'CATEGORY_CYCLE',
  'INVALID_ROW',
  'PLUGIN_REFUSED',
  ...CUSTOM_FIELD_ERROR_CODES,
] as const;

export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];
export type CatalogError = PayloadError<CatalogErrorCode>;
export type CatalogResult<T> = Result<T, CatalogErrorCode>;

export const { error: catalogError, fail: catalogFail } = domainErrors(CATALOG_ERROR_CODES);

/** A business failure found mid-unit-of-work: thrown, it rolls everything back and becomes the failed result. */
export const reject = (code: CatalogErrorCode, message: string, field: string[] | null = null): never =>
  kitReject(code, message, field);
