/**
 * The origin the browser used. Next's `request.nextUrl.origin` is the address the server bound
 * (it can say localhost while the browser is on 127.0.0.1 or a proxy's host name), and a redirect
 * there would lose the cookies.
 */
export function browserOrigin(request: Request): string {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  return host ? `${proto}://${host}` : new URL(request.url).origin;
}
