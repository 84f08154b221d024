import { MAX_MONEY_AMOUNT } from '@ucos/kit';
import type { OrdersDeps } from '../deps.ts';
import type { PricingContext, ShippingQuote } from '../ports/calculators.ts';

export interface Totals {
  subtotal: number;
  shipping: number;
  tax: number;
  total: number;
}

/** What the shipping and tax calculators need to know about a set of lines. */
export function pricingContext(
  currency: string,
  lines: { quantity: number; unitAmount: number }[],
  country: string | null,
): PricingContext {
  // exact in bigint: a sum past MAX_MONEY_AMOUNT is caught by amountsTooLarge, never wrapped
  const subtotal = Number(lines.reduce((sum, line) => sum + BigInt(line.quantity) * BigInt(line.unitAmount), 0n));
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  return { currency, subtotal, itemCount, country };
}

/** Subtotal from the lines, the given shipping amount, tax from the pluggable calculator. */
export function totalsWithShipping(deps: Pick<OrdersDeps, 'tax'>, context: PricingContext, shipping: number): Totals {
  const tax = deps.tax.quote({ ...context, shipping });
  return { subtotal: context.subtotal, shipping, tax, total: context.subtotal + shipping + tax };
}

/** True when any amount is past MAX_MONEY_AMOUNT: the caller answers AMOUNT_TOO_LARGE instead of storing it. */
export function amountsTooLarge(totals: Totals): boolean {
  return [totals.subtotal, totals.shipping, totals.tax, totals.total].some(
    (amount) => !Number.isSafeInteger(amount) || Math.abs(amount) > MAX_MONEY_AMOUNT,
  );
}

export const AMOUNT_TOO_LARGE_MESSAGE = `The total would pass ${MAX_MONEY_AMOUNT} minor units, the largest amount the platform carries`;

/**
 * The method a cart ships with: the requested code if it is offered, else (no code) the first
 * offered — the cheapest. `null` when the code is not offered or nothing is.
 */
export function pickShippingMethod<Quote extends ShippingQuote>(
  offered: Quote[],
  code: string | null | undefined,
): Quote | null {
  if (code) return offered.find((quote) => quote.code === code) ?? null;
  return offered[0] ?? null;
}
