/** Shipping and tax are pluggable: a tenant or deployment swaps these for a carrier API or a tax service. */
export interface PricingContext {
  currency: string;
  subtotal: number;
  itemCount: number;
  country: string | null;
}

export interface ShippingCalculator {
  /** minor units of the cart's currency */
  quote(context: PricingContext): number;
}

export interface TaxCalculator {
  /** minor units of the cart's currency, on subtotal plus shipping */
  quote(context: PricingContext & { shipping: number }): number;
}

/** "EUR:499,USD:599" → flat shipping per currency (unlisted currencies ship free; an empty cart ships free). */
export function flatShipping(spec: string): ShippingCalculator {
  const rates = new Map<string, number>();
  for (const part of spec
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [currency, amount] = part.split(':');
    const value = Number(amount);
    if (!currency || !Number.isSafeInteger(value) || value < 0)
      throw new Error(`bad SHIPPING_FLAT_RATES entry "${part}"`);
    rates.set(currency.toUpperCase(), value);
  }
  return { quote: (context) => (context.itemCount === 0 ? 0 : (rates.get(context.currency) ?? 0)) };
}

/** A flat percentage in basis points, rounded half up to the minor unit. */
export function flatTax(basisPoints: number): TaxCalculator {
  return { quote: (context) => Math.floor(((context.subtotal + context.shipping) * basisPoints + 5_000) / 10_000) };
}
