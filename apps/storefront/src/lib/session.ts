import 'server-only';
import { cookies } from 'next/headers';

export const CUSTOMER_COOKIE = 'ucos_shop_at';
export const CART_COOKIE = 'ucos_cart';

export async function customerToken(): Promise<string | undefined> {
  return (await cookies()).get(CUSTOMER_COOKIE)?.value;
}

export async function storeCustomerToken(token: string, expiresAt: string) {
  (await cookies()).set(CUSTOMER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires: new Date(expiresAt),
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
}

export async function clearCustomer() {
  (await cookies()).delete(CUSTOMER_COOKIE);
}

export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
