import 'server-only';
import { cookies } from 'next/headers';
import { fitCookie, type PlacedOrder } from './placed-order.ts';
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

/** What the confirmation page shows a guest (who cannot read orders): set once, for an hour. */
export async function rememberOrder(summary: PlacedOrder) {
  (await cookies()).set(LAST_ORDER_COOKIE, JSON.stringify(fitCookie(summary)), {
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
