import { gatewayUrl } from '../../lib/config.ts';
import { browserOrigin } from '../../lib/origin.ts';
import { accessToken } from '../../lib/session.ts';

export const dynamic = 'force-dynamic';

/** What an upload may be; anything else never leaves the browser's request (and cannot be a form post). */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/avif']);

/**
 * The admin's image upload: the browser posts the file's bytes here and this forwards them to the
 * gateway's `POST /media` as the signed-in user (the session cookie is httpOnly, so the browser
 * cannot). Only image content types are taken, which an HTML form on another site cannot send, and a
 * request from another origin is refused: the session cookie alone never uploads. The gateway's
 * answer, an image or a typed error, comes back as it is.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get('origin');
  if (origin && origin !== browserOrigin(request)) {
    return Response.json(
      { error: { code: 'FORBIDDEN', message: 'Uploads come from this admin only' } },
      { status: 403 },
    );
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!IMAGE_TYPES.has(contentType)) {
    return Response.json(
      { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Upload a PNG, JPEG, WebP or AVIF image' } },
      { status: 415 },
    );
  }
  const token = await accessToken();
  if (!token) return Response.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const answer = await fetch(`${new URL(gatewayUrl()).origin}/media`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body: request.body,
    // a streamed body needs half-duplex in Node's fetch
    duplex: 'half',
  } as RequestInit);
  return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
}
