import { domainErrors, type PayloadError, type Result } from '@ucos/kit';

export const IDENTITY_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_SLUG',
  'SLUG_TAKEN',
  'INVALID_EMAIL',
  'WEAK_PASSWORD',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'REFRESH_TOKEN_EXPIRED',
  'NOT_FOUND',
  'ALREADY_MEMBER',
  'LAST_OWNER',
  'UNKNOWN_ROLE',
  'ROLE_NAME_TAKEN',
  'ROLE_BUILTIN',
  'UNKNOWN_SCOPE',
  'SCOPE_NOT_HELD',
  'ALREADY_REVOKED',
  'CONFLICT',
  'INVALID_TOKEN',
  'EMAIL_MISMATCH',
  'OWNER_REQUIRED',
  'INVALID_TAX_ID',
  'INVALID_STREET',
  'INVALID_POSTAL_CODE',
  'INVALID_PHONE',
  'INVALID_CURRENCY',
  'APP_BUILT_IN',
  'APP_ARCHIVED',
  'INVALID_MANIFEST',
  'INVALID_DOCUMENT',
  'PLUGIN_REFUSED',
] as const;

export type IdentityErrorCode = (typeof IDENTITY_ERROR_CODES)[number];
export type IdentityError = PayloadError<IdentityErrorCode>;
export type IdentityResult<T> = Result<T, IdentityErrorCode>;

export const { error: identityError, fail: identityFail } = domainErrors(IDENTITY_ERROR_CODES);

/** Prisma's unique-constraint violation, for races that a pre-check cannot close. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
