import { type AuthContext, anonymous } from '@ucos/kit/auth-context';
import { ErrorCode } from '@ucos/kit/errors';
import { readBodyWithin } from '@ucos/kit/http-body';
import { INTERNAL_TOKEN_HEADER } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import type { Authenticate } from './auth.ts';
import type { TokenSigner } from './datasource.ts';
import { isGraphQLError } from './graphql-error.ts';
import { requestIdOf } from './request-id.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PUBLIC_IMAGE = new RegExp(`^/media/(${UUID})/(${UUID})\\.(png|jpg|webp|avif)$`);

/** What a served image keeps of catalog's answer (nothing else of the subgraph's headers leaves). */
const IMAGE_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'x-content-type-options'];

export interface MediaRoutesOptions {
  /** catalog's origin (`http://127.0.0.1:4002`), or null when the supergraph has no catalog */
  catalogOrigin: string | null;
  /** null: authentication is off (--no-auth), so nobody may upload */
  authenticate: Authenticate | null;
  sign: TokenSigner;
  maxBytes: number;
  /** a plain fetch to catalog (mTLS when the platform runs it): the bytes pass through unchanged */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  logger: Logger;
}

const refusal = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers });

/**
 * The platform's images over plain HTTP (not GraphQL), forwarded to catalog, which stores them:
 * - `POST /media`: the body is the image (`content-type` image/png, image/jpeg, image/webp or
 *   image/avif, at most MEDIA_MAX_BYTES); a staff session or API key with `catalog:write`. 201 with
 *   `{ id, url, contentType, byteSize, width, height, createdAt }`; refusals are
 *   `{ error: { code, message } }` (401 UNAUTHENTICATED, 403 FORBIDDEN, 413 PAYLOAD_TOO_LARGE,
 *   415 UNSUPPORTED_MEDIA_TYPE, 422 INVALID_IMAGE).
 * - `GET /media`: the caller's tenant's images, newest first (`catalog:read`).
 * - `GET /media/<tenant>/<id>.<ext>`: the image, public, cacheable for a year (ids are never reused).
 */
export function useMediaRoutes(options: MediaRoutesOptions): Plugin {
  const { catalogOrigin, logger } = options;

  async function forward(path: string, init: RequestInit, auth: AuthContext): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set(INTERNAL_TOKEN_HEADER, await options.sign(auth));
    headers.set('x-request-id', auth.requestId);
    return options.fetch(`${catalogOrigin}${path}`, { ...init, headers });
  }

  async function authenticated(request: Request): Promise<AuthContext | Response> {
    if (!options.authenticate) return refusal(401, ErrorCode.UNAUTHENTICATED, 'Authentication is off: no uploads');
    try {
      const auth = await options.authenticate(request.headers, requestIdOf(request));
      if (!auth.tenantId) {
        return refusal(401, ErrorCode.UNAUTHENTICATED, 'Sign in as staff or send an API key of the shop');
      }
      return auth;
    } catch (error) {
      if (isGraphQLError(error)) {
        const code = String(error.extensions.code ?? ErrorCode.UNAUTHENTICATED);
        return refusal(code === ErrorCode.UNAUTHENTICATED ? 401 : 503, code, error.message);
      }
      logger.error({ err: error }, 'authentication failed');
      return refusal(503, ErrorCode.SERVICE_UNAVAILABLE, 'Authentication is temporarily unavailable, retry shortly.');
    }
  }

  async function handle(request: Request, pathname: string): Promise<Response | undefined> {
    if (pathname === '/media') {
      if (!catalogOrigin) return refusal(404, ErrorCode.NOT_FOUND, 'This platform has no catalog');
      const auth = await authenticated(request);
      if (auth instanceof Response) return auth;
      if (request.method === 'GET') {
        return passThrough(await forward(`/media${new URL(request.url).search}`, { method: 'GET' }, auth));
      }
      if (request.method !== 'POST') return refusal(405, 'METHOD_NOT_ALLOWED', 'Use POST to upload, GET to list');
      const bytes = await readBodyWithin(request, options.maxBytes);
      if (!bytes) return refusal(413, 'PAYLOAD_TOO_LARGE', `Images may be at most ${options.maxBytes} bytes`);
      const contentType = request.headers.get('content-type') ?? '';
      return passThrough(
        await forward('/media', { method: 'POST', headers: { 'content-type': contentType }, body: bytes }, auth),
      );
    }
    const image = PUBLIC_IMAGE.exec(pathname);
    if (!image) {
      return pathname.startsWith('/media/') ? refusal(404, ErrorCode.NOT_FOUND, 'No such image') : undefined;
    }
    if (!catalogOrigin) return refusal(404, ErrorCode.NOT_FOUND, 'No such image');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'METHOD_NOT_ALLOWED', 'Images are read with GET');
    }
    const [, tenant, id, extension] = image;
    // the image's id is its etag and never changes: a cache that has it needs no bytes
    if (request.headers.get('if-none-match') === `"${id}"`) {
      return new Response(null, {
        status: 304,
        headers: { etag: `"${id}"`, 'cache-control': 'public, max-age=31536000, immutable' },
      });
    }
    const answer = await forward(
      `/media/file?tenant=${tenant}&id=${id}&ext=${extension}`,
      { method: request.method },
      anonymous(requestIdOf(request)),
    );
    return passThrough(answer);
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/media' && !url.pathname.startsWith('/media/')) return;
      try {
        const response = await handle(request, url.pathname);
        if (response) endResponse(response);
      } catch (error) {
        logger.error({ err: error, path: url.pathname }, 'media request failed');
        endResponse(refusal(502, ErrorCode.SERVICE_UNAVAILABLE, 'The media service is unavailable, retry shortly.'));
      }
    },
  };
}

/** Catalog's answer as the client gets it: status, body and the headers that describe an image or JSON. */
async function passThrough(answer: Response): Promise<Response> {
  const headers = new Headers();
  for (const name of IMAGE_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.status === 304 ? null : await answer.arrayBuffer(), { status: answer.status, headers });
}
