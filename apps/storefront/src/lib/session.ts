import 'server-only';
import { decodeJwt } from 'jose';
import { cookies } from 'next/headers';

export const CUSTOMER_COOKIE = 'ucos_shop_at';
export const CART_COOKIE = 'ucos_cart';

/** The cookie outlives the token it holds, so an expired session is told apart from no session. */
const COOKIE_GRACE_MS = 30 * 24 * 3600 * 1000;
/** A token this close to its expiry would expire on its way through the gateway. */
const EXPIRY_SKEW_SECONDS = 15;

export type ShopperSession = { state: 'active'; token: string } | { state: 'expired' } | { state: 'none' };

/**
 * The shopper's session as far as the storefront can tell without the gateway: the token's own
 * expiry claim (the gateway still verifies signature and expiry on every request).
 */
export async function shopperSession(): Promise<ShopperSession> {
  const token = (await cookies()).get(CUSTOMER_COOKIE)?.value;
  if (!token) return { state: 'none' };
  try {
    const { exp } = decodeJwt(token);
    if (typeof exp === 'number' && exp - EXPIRY_SKEW_SECONDS > Date.now() / 1000) return { state: 'active', token };
  } catch {
    // not a token at all: treated like an expired one, the shopper signs in again
  }
  return { state: 'expired' };
}

/** The signed-in shopper's token while it is usable. */
export async function customerToken(): Promise<string | undefined> {
  const session = await shopperSession();
  return session.state === 'active' ? session.token : undefined;
}

export async function storeCustomerToken(token: string, expiresAt: string) {
  (await cookies()).set(CUSTOMER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires: new Date(new Date(expiresAt).getTime() + COOKIE_GRACE_MS),
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
}

export async function clearCustomer() {
  (await cookies()).delete(CUSTOMER_COOKIE);
}

export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export function signInPath(next: string | undefined, expired: boolean): string {
  return `/account/sign-in?${expired ? 'expired=1&' : ''}next=${encodeURIComponent(safeNext(next))}`;
}
