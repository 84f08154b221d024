import { isCurrencyCode } from '@ucos/kit';
import { type OrdersResult, ordersFail } from './errors.ts';
import type { Address } from './rows.ts';

export const MAX_LINE_QUANTITY = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkQuantity(quantity: number, field: string[], allowZero = false): OrdersResult<never> | null {
  const min = allowZero ? 0 : 1;
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    return ordersFail('INVALID_QUANTITY', `Quantity must be an integer from ${min} to ${MAX_LINE_QUANTITY}`, field);
  }
  return null;
}

export function checkCurrency(currency: string, field: string[]): OrdersResult<never> | null {
  return isCurrencyCode(currency) ? null : ordersFail('INVALID_INPUT', 'Not an ISO 4217 currency code', field);
}

export function checkEmail(email: string, field: string[]): OrdersResult<never> | null {
  return EMAIL.test(email) && email.length <= 320 ? null : ordersFail('INVALID_INPUT', 'Not an email address', field);
}

export function checkAddress(address: Address, field: string[]): OrdersResult<never> | null {
  for (const key of ['name', 'line1', 'city', 'postalCode'] as const) {
    const value = address[key];
    if (!value.trim() || value.length > 200) return ordersFail('INVALID_INPUT', `${key} is required`, [...field, key]);
  }
  if (!/^[A-Za-z]{2}$/.test(address.country)) {
    return ordersFail('INVALID_INPUT', 'country must be an ISO 3166 alpha-2 code', [...field, 'country']);
  }
  return null;
}
