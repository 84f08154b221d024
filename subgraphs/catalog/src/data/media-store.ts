import { ok } from '@ucos/kit';
import { imageSize } from 'image-size';
import { type CatalogDatabase, orm, type Sql } from '../db.ts';
import type { Media as MediaModel } from '../generated/prisma/client.ts';
import type { MediaStorage } from '../ports/media-storage.ts';
import { type CatalogResult, reject } from './errors.ts';
import type { Media } from './products-store.ts';

/** The image types the platform stores, with the extension of their public path. */
export const MEDIA_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/avif': 'avif',
} as const;

export type MediaContentType = keyof typeof MEDIA_TYPES;
export type MediaExtension = (typeof MEDIA_TYPES)[MediaContentType];

/** What image-size calls each accepted type. */
const DETECTED: Record<string, MediaContentType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
};

export type MediaRow = Omit<MediaModel, 'tenantId'> & { contentType: MediaContentType };

export const isMediaContentType = (value: string): value is MediaContentType => Object.hasOwn(MEDIA_TYPES, value);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MEDIA_PATH = new RegExp(`^/media/(${UUID})/(${UUID})\\.(png|jpg|webp|avif)$`);

/** The public path of a stored image, served by the gateway (`GET /media/<tenant>/<id>.<ext>`). */
export const mediaPath = (tenantId: string, media: Pick<MediaRow, 'id' | 'contentType'>) =>
  `/media/${tenantId}/${media.id}.${MEDIA_TYPES[media.contentType]}`;

/** The tenant, id and extension of a platform image path; null for anything else (an external URL). */
export function parseMediaPath(path: string): { tenantId: string; id: string; extension: MediaExtension } | null {
  const match = MEDIA_PATH.exec(path);
  if (!match) return null;
  return { tenantId: match[1]!, id: match[2]!, extension: match[3] as MediaExtension };
}

export type MediaUploadError =
  | { code: 'UNSUPPORTED_MEDIA_TYPE'; message: string }
  | { code: 'PAYLOAD_TOO_LARGE'; message: string }
  | { code: 'INVALID_IMAGE'; message: string };

/**
 * What the bytes are, read from the bytes: the declared type must be what they are, and the
 * dimensions come from the image itself, not from the caller.
 */
export function inspectImage(
  bytes: Uint8Array,
  declaredType: string,
  maxBytes: number,
): { ok: true; contentType: MediaContentType; width: number; height: number } | { ok: false; error: MediaUploadError } {
  if (!isMediaContentType(declaredType)) {
    return {
      ok: false,
      error: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `Images must be one of ${Object.keys(MEDIA_TYPES).join(', ')}; got ${declaredType || 'no content type'}`,
      },
    };
  }
  if (bytes.byteLength > maxBytes) {
    return { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: `Images may be at most ${maxBytes} bytes` } };
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, error: { code: 'INVALID_IMAGE', message: 'The bytes are not an image of a known type' } };
  }
  const detected = size.type ? DETECTED[size.type] : undefined;
  if (detected !== declaredType) {
    return {
      ok: false,
      error: { code: 'INVALID_IMAGE', message: `The bytes are ${size.type ?? 'unknown'}, not ${declaredType}` },
    };
  }
  if (!size.width || !size.height) {
    return { ok: false, error: { code: 'INVALID_IMAGE', message: 'The image has no width or height' } };
  }
  return { ok: true, contentType: detected, width: size.width, height: size.height };
}

/**
 * Stores an inspected image: the row and the bytes in one unit of work (the bytes are written before
 * the commit, so a failed write leaves no row; a failed commit leaves at most an unreferenced file).
 */
export async function storeMedia(
  db: CatalogDatabase,
  storage: MediaStorage,
  image: { bytes: Uint8Array; contentType: MediaContentType; width: number; height: number },
): Promise<CatalogResult<MediaRow>> {
  return db.tx(async (sql, tx) => {
    const id = crypto.randomUUID();
    const storageKey = `${tx.tenantId}/${id}.${MEDIA_TYPES[image.contentType]}`;
    const row = await orm(sql, (prisma) =>
      prisma.media.create({
        data: {
          tenantId: tx.tenantId!,
          id,
          contentType: image.contentType,
          byteSize: image.bytes.byteLength,
          width: image.width,
          height: image.height,
          storageKey,
        },
      }),
    );
    await storage.put(storageKey, image.bytes);
    return ok(withoutTenant(row));
  });
}

/** One stored image of the unit of work's tenant (another tenant's is not found). */
export async function findMedia(db: CatalogDatabase, id: string): Promise<MediaRow | null> {
  return db.run(async (sql) => {
    // row security scopes the look-up to the unit of work's tenant
    const row = await orm(sql, (prisma) => prisma.media.findFirst({ where: { id } }));
    return row ? withoutTenant(row) : null;
  });
}

/** The tenant's images, newest first (at most `first`, 1–100). */
export async function listMedia(db: CatalogDatabase, first: number): Promise<MediaRow[]> {
  return db.run(async (sql) => {
    const rows = await orm(sql, (prisma) =>
      prisma.media.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: Math.min(Math.max(first, 1), 100),
      }),
    );
    return rows.map(withoutTenant);
  });
}

/**
 * A product's media list as stored: a platform image path must name an image of the writer's own
 * tenant that exists (NOT_FOUND on that item otherwise, like any other id of another tenant), and
 * takes its width and height from the stored image. External URLs stay as they are.
 */
export async function resolvePlatformMedia(sql: Sql, tenantId: string, media: Media[]): Promise<Media[]> {
  const wanted = media.map((item) => parseMediaPath(item.url));
  const ids = [...new Set(wanted.flatMap((parsed) => (parsed && parsed.tenantId === tenantId ? [parsed.id] : [])))];
  const rows =
    ids.length === 0 ? [] : await orm(sql, (prisma) => prisma.media.findMany({ where: { id: { in: ids } } }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return media.map((item, index) => {
    const parsed = wanted[index];
    if (!parsed) return item;
    const row = parsed.tenantId === tenantId ? byId.get(parsed.id) : undefined;
    if (!row || MEDIA_TYPES[row.contentType as MediaContentType] !== parsed.extension) {
      reject('NOT_FOUND', 'No such image', ['input', 'media', String(index), 'url']);
    }
    return { ...item, width: row!.width, height: row!.height };
  });
}

function withoutTenant({ tenantId: _tenantId, ...row }: MediaModel): MediaRow {
  return { ...row, contentType: row.contentType as MediaContentType };
}
