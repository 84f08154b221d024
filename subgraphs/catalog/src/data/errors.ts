import { fail, type PayloadError, payloadError, type Result } from '@ucos/kit';

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
] as const;

export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];
export type CatalogError = PayloadError<CatalogErrorCode>;
export type CatalogResult<T> = Result<T, CatalogErrorCode>;

export const catalogError = (code: CatalogErrorCode, message: string, field: string[] | null = null) =>
  payloadError(code, message, field);

export const catalogFail = (code: CatalogErrorCode, message: string, field: string[] | null = null) =>
  fail(catalogError(code, message, field));

/** A business failure found mid-transaction: thrown to roll everything back, caught by `inTransaction`. */
export class Rejection extends Error {
  readonly errors: CatalogError[];
  constructor(errors: CatalogError[]) {
    super(errors.map((error) => error.message).join('; '));
    this.errors = errors;
  }
}

export const reject = (code: CatalogErrorCode, message: string, field: string[] | null = null): never => {
  throw new Rejection([catalogError(code, message, field)]);
};

/** PostgreSQL's unique violation on a named constraint, for races a pre-check cannot close. */
export function uniqueViolation(error: unknown): string | null {
  const pgError = error as { code?: string; constraint?: string };
  return pgError?.code === '23505' ? (pgError.constraint ?? '') : null;
}
