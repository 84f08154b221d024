import type { OrdersDeps } from '../deps.ts';

export interface Totals {
  subtotal: number;
  shipping: number;
  tax: number;
  total: number;
}

/** Subtotal from the lines, shipping and tax from the pluggable calculators. */
export function computeTotals(
  deps: Pick<OrdersDeps, 'shipping' | 'tax'>,
  currency: string,
  lines: { quantity: number; unitAmount: number }[],
  country: string | null,
): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitAmount, 0);
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  const context = { currency, subtotal, itemCount, country };
  const shipping = deps.shipping.quote(context);
  const tax = deps.tax.quote({ ...context, shipping });
  return { subtotal, shipping, tax, total: subtotal + shipping + tax };
}
