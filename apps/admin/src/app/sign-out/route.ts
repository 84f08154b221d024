import { createUrqlClient } from '@ucos/clients';
import { cookies } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { graphql } from '../../generated/gql.ts';
import { gatewayUrl } from '../../lib/config.ts';
import { browserOrigin } from '../../lib/origin.ts';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../../lib/session.ts';

const Revoke = graphql(`
  mutation SignOut_Revoke($input: SessionRevokeInput!) {
    sessionRevoke(input: $input) {
      revoked
    }
  }
`);

/**
 * Signs out for real: the session is revoked at identity (its access token is refused at the
 * gateway within seconds, its refresh token at once), then the cookies go. The cookies go even if
 * the gateway cannot be reached: this browser is signed out either way.
 */
export async function POST(request: NextRequest) {
  const refreshToken = (await cookies()).get(REFRESH_COOKIE)?.value;
  if (refreshToken) {
    const client = createUrqlClient({ url: gatewayUrl(), persisted: true });
    await client
      .mutation(Revoke, { input: { refreshToken } })
      .toPromise()
      .catch(() => undefined);
  }
  const response = NextResponse.redirect(new URL('/sign-in', browserOrigin(request)), 303);
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
  return response;
}
