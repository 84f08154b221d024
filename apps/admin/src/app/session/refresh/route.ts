import { createUrqlClient } from '@ucos/clients';
import { cookies } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { graphql } from '../../../generated/gql.ts';
import { gatewayUrl } from '../../../lib/config.ts';
import { browserOrigin } from '../../../lib/origin.ts';
import { ACCESS_COOKIE, REFRESH_COOKIE, safeNext } from '../../../lib/session.ts';

const Refresh = graphql(`
  mutation SessionRefresh_Rotate($input: SessionRefreshInput!) {
    sessionRefresh(input: $input) {
      session {
        accessToken
        refreshToken
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Pages that meet an expired access token land here: one refresh-token rotation, then back to where
 * the user was; without a usable refresh token, to sign-in (which comes back there too).
 */
export async function GET(request: NextRequest) {
  const next = safeNext(request.nextUrl.searchParams.get('next'));
  const jar = await cookies();
  const refreshToken = jar.get(REFRESH_COOKIE)?.value;
  const origin = browserOrigin(request);
  if (refreshToken) {
    const client = createUrqlClient({ url: gatewayUrl(), persisted: true });
    const result = await client.mutation(Refresh, { input: { refreshToken } }).toPromise();
    const session = result.data?.sessionRefresh.session;
    if (session) {
      const response = NextResponse.redirect(new URL(next, origin));
      const options = { httpOnly: true, sameSite: 'lax' as const, path: '/' };
      response.cookies.set(ACCESS_COOKIE, session.accessToken, options);
      response.cookies.set(REFRESH_COOKIE, session.refreshToken, { ...options, maxAge: 60 * 60 * 24 * 30 });
      return response;
    }
  }
  const response = NextResponse.redirect(new URL(`/sign-in?expired=1&next=${encodeURIComponent(next)}`, origin));
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
  return response;
}
