/**
 * What the checkout shows about shipping, as plain props a client component can take (money already
 * formatted on the server: the browser never computes a price).
 */
export interface ShippingChoice {
  code: string;
  name: string;
  price: string;
  /** "delivered in 2–5 days" */
  estimate: string;
  /** the cart's tax and total with this method, as the API computed them */
  tax: string;
  total: string;
  totalAmount: number;
  /** what the cart's gift card pays of this total ("−10,00 €") and what is left; null without a card */
  giftCard: string | null;
  toPay: string;
}

export interface CheckoutSummary {
  /** `notes`: why a shop's price plugin changed the line's price (its reason, as the cart shows it) */
  lines: { title: string; quantity: number; notes: string[] }[];
  subtotal: string;
  /** what promotions take off, formatted; null: nothing */
  discount: string | null;
  /** the cart's own estimate, shown when no method is offered to the chosen country */
  shipping: string;
  tax: string;
  /** the shop's prices include tax: the total does not add it, the summary says "incl. tax" */
  taxIncluded: boolean;
  total: string;
  totalAmount: number;
  /** the last four characters of the cart's gift card; null without one (or one that pays nothing) */
  giftCardLast4: string | null;
  giftCard: string | null;
  toPay: string;
}

export interface Country {
  code: string;
  name: string;
}

/**
 * The countries the address form offers. Which methods reach each is the API's decision
 * (`Cart.shippingMethods(country:)`); a country no method reaches says so at checkout.
 */
export const SHIPPING_COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'CA',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'IE',
  'IT',
  'LU',
  'NL',
  'NO',
  'PL',
  'PT',
  'SE',
  'US',
] as const;
export const DEFAULT_COUNTRY = 'DE';

/** "delivered in 2–5 days" in the shopper's language (`t` of the Checkout messages). */
export function deliveryEstimate(
  t: (key: 'deliveredIn' | 'deliveredInRange', values: Record<string, number>) => string,
  minDays: number,
  maxDays: number,
): string {
  if (minDays === maxDays) return t('deliveredIn', { days: minDays });
  return t('deliveredInRange', { min: minDays, max: maxDays });
}
