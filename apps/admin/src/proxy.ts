import { type NextRequest, NextResponse } from 'next/server';
import { browserOrigin } from './lib/origin.ts';
import { ACCESS_COOKIE } from './lib/session-cookies.ts';

const PUBLIC = [
  '/sign-in',
  '/session/refresh',
  '/sign-out',
  '/invitations/accept',
  '/reset-password',
  '/verify-email',
  '/sign-up',
  // the probes of the orchestrator, which has no session
  '/health',
  '/ready',
  // product images are public (and Next's image optimisation fetches them without cookies); the
  // upload route checks the session itself
  '/media',
];

/**
 * Runs before every portal page: without a session, straight to sign-in with the page to come back
 * to; with one, the page's path travels as a header so the layout can come back here too when the
 * session has expired.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((path) => pathname.startsWith(path))) return NextResponse.next();
  const here = `${pathname}${search}`;
  if (!request.cookies.get(ACCESS_COOKIE)) {
    return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(here)}`, browserOrigin(request)));
  }
  const headers = new Headers(request.headers);
  headers.set('x-ucos-path', here);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/((?!_next/|favicon.ico).*)'] };
