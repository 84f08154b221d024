import { rules } from '@ucos/kit';
import { type OrdersErrorCode, type OrdersResult, ordersFail } from './errors.ts';

export const MAX_LINE_QUANTITY = 10_000;
const lineQuantity = rules.quantity({ min: 1, max: MAX_LINE_QUANTITY });
const lineQuantityOrZero = rules.quantity({ min: 0, max: MAX_LINE_QUANTITY });

/** A line quantity (0 allowed where it removes the line); the kit's quantity rule, as a store result. */
export function checkQuantity(quantity: number, field: string[], allowZero = false): OrdersResult<never> | null {
  const [problem] = rules.problemsOf(allowZero ? lineQuantityOrZero : lineQuantity, quantity, field);
  return problem ? ordersFail(problem.code as OrdersErrorCode, problem.message, problem.field) : null;
}
