import 'server-only';
import { cookies } from 'next/headers';
import { CART_COOKIE } from './session.ts';

/** The cart id lives in a cookie, so the cart survives visits (60 days) without an account. */
export async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value;
}

export async function rememberCart(id: string) {
  (await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 60,
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
}

export async function forgetCart() {
  (await cookies()).delete(CART_COOKIE);
}

export const LAST_ORDER_COOKIE = 'ucos_last_order';

/** The most lines the confirmation cookie carries (a cookie holds about 4 KB); the rest are counted. */
export const CONFIRMATION_LINES = 10;

export interface PlacedOrderLine {
  title: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  total: string;
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
  /** the shop's human-readable order number */
  number: number;
  email: string;
  total: string;
  /** the first CONFIRMATION_LINES lines, formatted; `moreLines` counts the others */
  lines?: PlacedOrderLine[];
  moreLines?: number;
  subtotal?: string;
  shippingCost?: string;
  tax?: string;
  address?: PlacedAddress;
  /** absent when billed at the shipping address */
  billingAddress?: PlacedAddress;
  /** the method the order ships with and what it cost */
  shipping?: { method: string; price: string } | null;
  priceChanged?: boolean;
}

/** What the confirmation page shows a guest (who cannot read orders): set once, for an hour. */
export async function rememberOrder(summary: PlacedOrder) {
  (await cookies()).set(LAST_ORDER_COOKIE, JSON.stringify(summary), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 3600,
  });
}

export async function lastOrder(): Promise<PlacedOrder | undefined> {
  const raw = (await cookies()).get(LAST_ORDER_COOKIE)?.value;
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}
