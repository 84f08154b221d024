import { fail, type PayloadError, payloadError, type Result } from '@ucos/kit';

export const FINANCE_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'CODE_TAKEN',
  'INVALID_PARENT',
  'ACCOUNT_IN_USE',
  'PERIOD_CLOSED',
  'INVALID_TRANSITION',
  'ALREADY_REVERSED',
  'OVER_ALLOCATED',
  'NOT_OPEN',
  'NOTHING_DUE',
  'EXCEEDS_REMAINING',
] as const;

export type FinanceErrorCode = (typeof FINANCE_ERROR_CODES)[number];
export type FinanceError = PayloadError<FinanceErrorCode>;
export type FinanceResult<T> = Result<T, FinanceErrorCode>;

export const financeFail = (code: FinanceErrorCode, message: string, field: string[] | null = null) =>
  fail(payloadError(code, message, field));
