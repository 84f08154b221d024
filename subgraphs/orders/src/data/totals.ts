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
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitAmount, 0);
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  return { currency, subtotal, itemCount, country };
}

/** Subtotal from the lines, the given shipping amount, tax from the pluggable calculator. */
export function totalsWithShipping(deps: Pick<OrdersDeps, 'tax'>, context: PricingContext, shipping: number): Totals {
  const tax = deps.tax.quote({ ...context, shipping });
  return { subtotal: context.subtotal, shipping, tax, total: context.subtotal + shipping + tax };
}

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
