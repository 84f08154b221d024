// The shopper's session cookies, shared by the proxy (no server-only imports there) and the pages.
import { decodeJwt } from 'jose';

export const CUSTOMER_COOKIE = 'ucos_shop_at';
export const CUSTOMER_REFRESH_COOKIE = 'ucos_shop_rt';

/** The access-token cookie outlives its token, so an expired session is told apart from none. */
const ACCESS_COOKIE_GRACE_MS = 30 * 24 * 3600 * 1000;
/** A token this close to its expiry would expire on its way through the gateway. */
const EXPIRY_SKEW_SECONDS = 15;

export interface ShopperTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/** Whether a token is still good by its own expiry claim (the gateway verifies everything else). */
export function accessTokenUsable(token: string | undefined): token is string {
  if (!token) return false;
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' && exp - EXPIRY_SKEW_SECONDS > Date.now() / 1000;
  } catch {
    return false; // not a token at all
  }
}

interface CookieJar {
  set(name: string, value: string, options: Record<string, unknown>): unknown;
}

export function writeShopperCookies(jar: CookieJar, tokens: ShopperTokens) {
  const options = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  };
  jar.set(CUSTOMER_COOKIE, tokens.accessToken, {
    ...options,
    expires: new Date(new Date(tokens.accessTokenExpiresAt).getTime() + ACCESS_COOKIE_GRACE_MS),
  });
  jar.set(CUSTOMER_REFRESH_COOKIE, tokens.refreshToken, {
    ...options,
    expires: new Date(tokens.refreshTokenExpiresAt),
  });
}
