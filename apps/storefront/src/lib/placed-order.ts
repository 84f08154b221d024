// What checkout hands the confirmation page through a cookie (a guest cannot read orders): plain
// data and the rule that keeps it inside a cookie, free of server-only imports so a test can load it.

/** The most lines the confirmation cookie carries (a cookie holds about 4 KB); the rest are counted. */
export const CONFIRMATION_LINES = 10;

export interface PlacedOrderLine {
  title: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  total: string;
  /** the price plugins' reasons on the line, formatted (clipped) */
  notes?: string[];
}

export interface PlacedAddress {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
}

export interface PlacedOrder {
  id: string;
  /** the order number as the shop shows it, with the shop's prefix (AC-1001) */
  displayNumber: string;
  email: string;
  total: string;
  /** the first CONFIRMATION_LINES lines, formatted; `moreLines` counts the others */
  lines?: PlacedOrderLine[];
  moreLines?: number;
  subtotal?: string;
  /** what promotions took off, formatted (absent: nothing) */
  discount?: string;
  shippingCost?: string;
  tax?: string;
  taxIncluded?: boolean;
  /** per rate, formatted */
  taxLines?: { name: string; amount: string }[];
  taxNote?: string | null;
  /** when a gift card paid (part of) the total: its masked code, what it paid, the rest paid otherwise */
  giftCard?: { code: string; amount: string; remainder: string };
  address?: PlacedAddress;
  /** absent when billed at the shipping address */
  billingAddress?: PlacedAddress;
  /** the method the order ships with and what it cost */
  shipping?: { method: string; price: string } | null;
  priceChanged?: boolean;
  /** what the shop's confirmation plugins add (plain text, clipped); absent: nothing */
  extras?: { fields: { label: string; value: string }[]; note: string | null };
}

/** What a browser keeps of one cookie's value, with room for its name and attributes (4096 in all). */
export const MAX_COOKIE_VALUE = 3800;

export const cookieSize = (summary: PlacedOrder) => encodeURIComponent(JSON.stringify(summary)).length;

/**
 * The summary cut to fit a cookie: lines move to `moreLines` from the end, then the addresses go, then
 * the shop's extras,
 * so a long order (or long non-Latin titles, three times their length once encoded) still reaches
 * the confirmation with its number and total instead of the browser dropping the cookie.
 */
export function fitCookie(summary: PlacedOrder): PlacedOrder {
  const fitted: PlacedOrder = { ...summary, lines: [...(summary.lines ?? [])] };
  while (cookieSize(fitted) > MAX_COOKIE_VALUE && fitted.lines?.length) {
    fitted.lines.pop();
    fitted.moreLines = (fitted.moreLines ?? 0) + 1;
  }
  if (cookieSize(fitted) > MAX_COOKIE_VALUE) {
    delete fitted.billingAddress;
    delete fitted.address;
  }
  if (cookieSize(fitted) > MAX_COOKIE_VALUE) delete fitted.extras;
  return fitted;
}
