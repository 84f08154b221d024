import { rules } from '@ucos/kit';
import { type OrdersErrorCode, type OrdersResult, ordersFail } from './errors.ts';
import type { Address } from './rows.ts';

export const MAX_LINE_QUANTITY = 10_000;
const lineQuantity = rules.quantity({ min: 1, max: MAX_LINE_QUANTITY });
const lineQuantityOrZero = rules.quantity({ min: 0, max: MAX_LINE_QUANTITY });

/** A line quantity (0 allowed where it removes the line); the kit's quantity rule, as a store result. */
export function checkQuantity(quantity: number, field: string[], allowZero = false): OrdersResult<never> | null {
  const [problem] = rules.problemsOf(allowZero ? lineQuantityOrZero : lineQuantity, quantity, field);
  return problem ? ordersFail(problem.code as OrdersErrorCode, problem.message, problem.field) : null;
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
