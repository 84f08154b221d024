/**
 * The platform's images (`/media/<tenant>/<id>.<ext>`, stored by catalog, served by the gateway) on
 * the app's own origin: the apps answer `/media/…` by asking the gateway, so the browser and Next.js
 * image optimisation (which resizes local paths) never need the gateway's address. Images are
 * immutable: the gateway's year-long cache headers pass through.
 */
const PASSED_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'x-content-type-options'];

export async function mediaResponse(gatewayGraphqlUrl: string, request: Request, path: string[]): Promise<Response> {
  const target = `${new URL(gatewayGraphqlUrl).origin}/media/${path.map(encodeURIComponent).join('/')}`;
  const ifNoneMatch = request.headers.get('if-none-match');
  let answer: Response;
  try {
    answer = await fetch(target, { headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}, cache: 'no-store' });
  } catch {
    return Response.json(
      { error: { code: 'SERVICE_UNAVAILABLE', message: 'Images are unavailable' } },
      { status: 502 },
    );
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.status === 304 ? null : answer.body, { status: answer.status, headers });
}

/** A path the platform serves (an uploaded image), as opposed to an image URL of some other host. */
export const isPlatformImage = (url: string) => url.startsWith('/media/');
