import { domainErrors, type Result } from '@ucos/kit';

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
export type FinanceResult<T> = Result<T, FinanceErrorCode>;

export const { fail: financeFail } = domainErrors(FINANCE_ERROR_CODES);
