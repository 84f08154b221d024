import { createUrqlClient } from '@ucos/clients';
import { type NextRequest, NextResponse } from 'next/server';
import { graphql } from './generated/gql.ts';
import { gatewayUrl, publishableKeyFor } from './lib/endpoints.ts';
import { unavailableResponse } from './lib/shop-availability.ts';
import { shopIsOpen } from './lib/shop-probe.ts';
import {
  accessTokenUsable,
  CUSTOMER_COOKIE,
  CUSTOMER_REFRESH_COOKIE,
  writeShopperCookies,
} from './lib/shopper-cookies.ts';

const Renew = graphql(`
  mutation ShopperSession_Renew($input: CustomerSessionRefreshInput!) {
    customerSessionRefresh(input: $input) {
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
      }
      errors {
        code
        message
      }
    }
  }
`);

const isPrefetch = (request: NextRequest) =>
  request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';

/** Probes and health checks answer for themselves; everything else a browser navigates to is a page. */
const UNGATED = /^\/(ready|health)(\/|$)/;
const isPageView = (request: NextRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !isPrefetch(request) &&
  !UNGATED.test(request.nextUrl.pathname);

/**
 * Before a page renders: a shop that is unavailable (see lib/shop-availability.ts) answers every page
 * with the friendly 503 page, which retries by itself.
 * Before a page or action runs: a shopper whose access token has expired but who holds a refresh
 * token gets a new session here, once, and the request goes on with it, so nobody is sent to sign-in
 * while their refresh token lives. A refused refresh token is dropped; the page then treats the
 * session as expired (browsing as a guest, account pages via sign-in and back).
 */
/** A path with a lone `%` ("/products/100%") names no page; Next's router would throw on decoding it. */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  // answered by the friendly not-found page (a route that does not exist), with its 404
  if (undecodable(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/not-found', request.url));
  if (isPageView(request) && !(await shopIsOpen(request.headers.get('host')))) return unavailableResponse();
  const refreshToken = request.cookies.get(CUSTOMER_REFRESH_COOKIE)?.value;
  if (!refreshToken || isPrefetch(request) || accessTokenUsable(request.cookies.get(CUSTOMER_COOKIE)?.value)) {
    return NextResponse.next();
  }
  const client = createUrqlClient({
    url: gatewayUrl(),
    publishableKey: publishableKeyFor(request.headers.get('host')),
    persisted: true,
    forwardedFor: request.headers.get('x-forwarded-for'),
  });
  const result = await client.mutation(Renew, { input: { refreshToken } }).toPromise();
  const session = result.data?.customerSessionRefresh.session;
  if (!session) {
    if (result.error) return NextResponse.next(); // the gateway is away: try again on the next request
    const response = NextResponse.next();
    response.cookies.delete(CUSTOMER_REFRESH_COOKIE);
    return response;
  }
  // the page rendering now sees the new tokens, the browser keeps them
  request.cookies.set(CUSTOMER_COOKIE, session.accessToken);
  request.cookies.set(CUSTOMER_REFRESH_COOKIE, session.refreshToken);
  const response = NextResponse.next({ request: { headers: request.headers } });
  writeShopperCookies(response.cookies, session);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|media/|favicon.ico).*)'] };
