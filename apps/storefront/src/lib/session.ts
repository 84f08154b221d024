import 'server-only';
import { cookies } from 'next/headers';
import {
  accessTokenUsable,
  CUSTOMER_COOKIE,
  CUSTOMER_REFRESH_COOKIE,
  type ShopperTokens,
  writeShopperCookies,
} from './shopper-cookies.ts';

export const CART_COOKIE = 'ucos_cart';

export type ShopperSession = { state: 'active'; token: string } | { state: 'expired' } | { state: 'none' };

/**
 * The shopper's session as far as the storefront can tell without the gateway. The proxy has
 * already renewed an expired token when a refresh token allowed it, so `expired` here means the
 * shopper has to sign in again.
 */
export async function shopperSession(): Promise<ShopperSession> {
  const token = (await cookies()).get(CUSTOMER_COOKIE)?.value;
  if (!token) return { state: 'none' };
  return accessTokenUsable(token) ? { state: 'active', token } : { state: 'expired' };
}

/** The signed-in shopper's token while it is usable. */
export async function customerToken(): Promise<string | undefined> {
  const session = await shopperSession();
  return session.state === 'active' ? session.token : undefined;
}

export async function refreshToken(): Promise<string | undefined> {
  return (await cookies()).get(CUSTOMER_REFRESH_COOKIE)?.value;
}

export async function storeShopperSession(tokens: ShopperTokens) {
  writeShopperCookies(await cookies(), tokens);
}

export async function clearCustomer() {
  const jar = await cookies();
  jar.delete(CUSTOMER_COOKIE);
  jar.delete(CUSTOMER_REFRESH_COOKIE);
}

export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export function signInPath(next: string | undefined, expired: boolean): string {
  return `/account/sign-in?${expired ? 'expired=1&' : ''}next=${encodeURIComponent(safeNext(next))}`;
}
