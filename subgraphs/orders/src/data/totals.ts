import { MAX_MONEY_AMOUNT } from '@ucos/kit';
import type { OrdersDeps } from '../deps.ts';
import type { PricingContext, ShippingQuote } from '../ports/calculators.ts';
import type { ShopTax, TaxLineAmount } from '../ports/tax.ts';

export interface Totals {
  /** the lines as priced: with tax when the shop's prices include it */
  subtotal: number;
  shipping: number;
  tax: number;
  /** what the shopper pays */
  total: number;
  taxLines: TaxLineAmount[];
  pricesIncludeTax: boolean;
  /** the reverse-charge statement, when it applies */
  taxNote: string | null;
}

/** What tax is computed from besides the amounts: the shop's configuration, the lines' classes, the buyer. */
export interface TaxBasis {
  shop: ShopTax;
  lines: readonly { variantId: string; quantity: number; unitAmount: number; taxClass: string }[];
  region?: string | null;
  customerTaxId?: string | null;
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

/** Subtotal from the lines, the given shipping amount, tax from the tax port. */
export function totalsWithShipping(
  deps: Pick<OrdersDeps, 'taxes'>,
  context: PricingContext,
  shipping: number,
  basis: TaxBasis,
): Totals {
  const quote = deps.taxes.quote({
    ...context,
    shipping,
    shop: basis.shop,
    lines: basis.lines,
    region: basis.region ?? null,
    customerTaxId: basis.customerTaxId ?? null,
  });
  return {
    subtotal: context.subtotal,
    shipping,
    tax: quote.tax,
    total: quote.total,
    taxLines: quote.taxLines,
    pricesIncludeTax: quote.pricesIncludeTax,
    taxNote: quote.note,
  };
}

/** True when any amount is past MAX_MONEY_AMOUNT: the caller answers AMOUNT_TOO_LARGE instead of storing it. */
export function amountsTooLarge(totals: Pick<Totals, 'subtotal' | 'shipping' | 'tax' | 'total'>): boolean {
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
