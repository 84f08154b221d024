import { type AuthContext, ErrorCode, hasScope } from '@ucos/kit';
import { readBodyWithin } from '@ucos/kit/http-body';
import {
  findMedia,
  inspectImage,
  listMedia,
  MEDIA_TYPES,
  type MediaRow,
  mediaPath,
  storeMedia,
} from './data/media-store.ts';
import type { CatalogDatabase } from './db.ts';
import type { MediaStorage } from './ports/media-storage.ts';

/** The path the gateway forwards uploads and listings to, and the one it forwards public reads to. */
export const MEDIA_ROUTE = '/media';
export const MEDIA_FILE_ROUTE = '/media/file';

/** Images are immutable (a new upload is a new id), so a reader may keep one for a year. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface MediaRoutesOptions {
  storage: MediaStorage;
  maxBytes: number;
  /** the catalog unit of work of a tenant */
  unitOfWork(tenantId: string): CatalogDatabase;
}

const refusal = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

const described = (tenantId: string, row: MediaRow) => ({
  id: row.id,
  url: mediaPath(tenantId, row),
  contentType: row.contentType,
  byteSize: row.byteSize,
  width: row.width,
  height: row.height,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Catalog's HTTP routes for images (not GraphQL: the bytes travel as they are). Only the gateway
 * reaches them (a valid internal token is required); it authenticates the caller first.
 * - `POST /media`: the body is the image, its `content-type` one of MEDIA_TYPES; needs `catalog:write`.
 * - `GET /media`: the tenant's images, newest first (`?first=`, at most 100); needs `catalog:read`.
 * - `GET /media/file?tenant=&id=&ext=`: the bytes of one image, for anyone (the gateway's public
 *   `GET /media/<tenant>/<id>.<ext>`); an image of another tenant, or with another extension, is 404.
 */
export function mediaRoutes(
  options: MediaRoutesOptions,
): Record<string, (request: Request, caller: AuthContext | null) => Promise<Response>> {
  return {
    [MEDIA_ROUTE]: async (request, caller) => {
      if (!caller?.tenantId) {
        return refusal(401, ErrorCode.UNAUTHENTICATED, 'Sign in (staff) or use an API key of the shop');
      }
      if (request.method === 'GET') {
        if (!hasScope(caller, 'catalog:read')) return refusal(403, ErrorCode.FORBIDDEN, 'Needs catalog:read');
        const first = Number(new URL(request.url).searchParams.get('first') ?? 50);
        if (!Number.isInteger(first) || first < 1 || first > 100) {
          return refusal(400, ErrorCode.BAD_USER_INPUT, '`first` must be an integer from 1 to 100');
        }
        const rows = await listMedia(options.unitOfWork(caller.tenantId), first);
        return Response.json({ media: rows.map((row) => described(caller.tenantId!, row)) });
      }
      if (request.method !== 'POST') return refusal(405, 'METHOD_NOT_ALLOWED', 'Use POST to upload, GET to list');
      if (!hasScope(caller, 'catalog:write')) return refusal(403, ErrorCode.FORBIDDEN, 'Needs catalog:write');
      const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!Object.hasOwn(MEDIA_TYPES, contentType)) {
        return refusal(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Images must be one of ${Object.keys(MEDIA_TYPES).join(', ')}; got ${contentType || 'no content type'}`,
        );
      }
      const bytes = await readBodyWithin(request, options.maxBytes);
      if (!bytes) return refusal(413, 'PAYLOAD_TOO_LARGE', `Images may be at most ${options.maxBytes} bytes`);
      const image = inspectImage(bytes, contentType, options.maxBytes);
      if (!image.ok) {
        const status = { UNSUPPORTED_MEDIA_TYPE: 415, PAYLOAD_TOO_LARGE: 413, INVALID_IMAGE: 422 }[image.error.code];
        return refusal(status, image.error.code, image.error.message);
      }
      const stored = await storeMedia(options.unitOfWork(caller.tenantId), options.storage, { ...image, bytes });
      if (!stored.ok) return refusal(422, stored.errors[0]!.code, stored.errors[0]!.message);
      return Response.json(described(caller.tenantId, stored.value), { status: 201 });
    },
    [MEDIA_FILE_ROUTE]: async (request, caller) => {
      if (!caller) return refusal(401, ErrorCode.UNAUTHENTICATED, 'Images are served through the gateway');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return refusal(405, 'METHOD_NOT_ALLOWED', 'Images are read with GET');
      }
      const params = new URL(request.url).searchParams;
      const tenantId = params.get('tenant') ?? '';
      const id = params.get('id') ?? '';
      const extension = params.get('ext') ?? '';
      const notFound = () => refusal(404, ErrorCode.NOT_FOUND, 'No such image');
      if (!UUID.test(tenantId) || !UUID.test(id)) return notFound();
      const row = await findMedia(options.unitOfWork(tenantId), id);
      if (!row || MEDIA_TYPES[row.contentType] !== extension) return notFound();
      const bytes = await options.storage.get(row.storageKey);
      if (!bytes) throw new Error(`image ${tenantId}/${id} has a row but no bytes under ${row.storageKey}`);
      return new Response(request.method === 'HEAD' ? null : bytes, {
        status: 200,
        headers: {
          'content-type': row.contentType,
          'content-length': String(bytes.byteLength),
          'cache-control': MEDIA_CACHE_CONTROL,
          etag: `"${row.id}"`,
          'x-content-type-options': 'nosniff',
        },
      });
    },
  };
}
