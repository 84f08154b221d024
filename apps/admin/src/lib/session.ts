import 'server-only';
import { cookies, headers } from 'next/headers';

import { ACCESS_COOKIE, REFRESH_COOKIE } from './session-cookies.ts';

export { ACCESS_COOKIE, REFRESH_COOKIE };

const secure = () => process.env.UCOS_SECURE_COOKIES === 'true';

export async function accessToken(): Promise<string | undefined> {
  return (await cookies()).get(ACCESS_COOKIE)?.value;
}

export async function refreshToken(): Promise<string | undefined> {
  return (await cookies()).get(REFRESH_COOKIE)?.value;
}

/** Only in server actions and route handlers (Next forbids setting cookies while rendering). */
export async function storeSession(session: { accessToken: string; refreshToken: string }) {
  const jar = await cookies();
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secure() };
  jar.set(ACCESS_COOKIE, session.accessToken, options);
  jar.set(REFRESH_COOKIE, session.refreshToken, { ...options, maxAge: 60 * 60 * 24 * 30 });
}

export async function clearSession() {
  const jar = await cookies();
  jar.delete(ACCESS_COOKIE);
  jar.delete(REFRESH_COOKIE);
}

/** A path inside this app to come back to; anything else falls back to the dashboard. */
export function safeNext(next: string | null | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The page being rendered (set by proxy.ts), to come back to after a sign-in. */
export async function currentPath(): Promise<string> {
  return safeNext((await headers()).get('x-ucos-path'));
}
