import { type NextRequest, NextResponse } from 'next/server';
import { browserOrigin } from '../../lib/origin.ts';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../../lib/session.ts';

export async function POST(request: NextRequest) {
  const response = NextResponse.redirect(new URL('/sign-in', browserOrigin(request)), 303);
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
  return response;
}
