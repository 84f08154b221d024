import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuthContext, createLogger, INTERNAL_TOKEN_HEADER, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, internalTokenSigner, type TestDatabase } from '@ucos/kit/testing';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCatalogPool } from '../src/db.ts';
import { loadCatalogEnv } from '../src/env.ts';
import { localDiskStorage } from '../src/ports/media-storage.ts';
import { createCatalogServer } from '../src/yoga.ts';
import { INTERNAL_SECRET, MIGRATIONS, reader, staff, storefront } from './harness.ts';

const MAX_BYTES = 64 * 1024;

let db: TestDatabase;
let mediaDir: string;
let server: Awaited<ReturnType<typeof createCatalogServer>>;
let call: ReturnType<typeof inProcessCaller>;
const signAs = internalTokenSigner(INTERNAL_SECRET);
const shopA = crypto.randomUUID();
const shopB = crypto.randomUUID();

/** A request to one of catalog's HTTP routes as the gateway sends it: with an internal token for `auth`. */
async function route(path: string, init: RequestInit, auth: Partial<AuthContext> | null): Promise<Response> {
  const headers = new Headers(init.headers);
  if (auth) {
    headers.set(INTERNAL_TOKEN_HEADER, await signAs(auth));
  }
  return server.yoga.fetch(new Request(`http://catalog${path}`, { ...init, headers }));
}

const upload = (bytes: Uint8Array<ArrayBuffer>, contentType: string, auth: Partial<AuthContext> | null) =>
  route('/media', { method: 'POST', headers: { 'content-type': contentType }, body: bytes }, auth);

const fileOf = (url: string) => {
  const [, , tenant, file] = url.split('/');
  const [id, ext] = file!.split('.');
  return route(`/media/file?tenant=${tenant}&id=${id}&ext=${ext}`, { method: 'GET' }, { kind: 'anonymous' });
};

async function png(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });
  return new Uint8Array(await image.png().toBuffer());
}

beforeAll(async () => {
  db = await createTestDatabase([{ schema: 'catalog', directory: MIGRATIONS }]);
  mediaDir = await mkdtemp(join(tmpdir(), 'ucos-media-'));
  const env = loadCatalogEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    LOG_LEVEL: 'silent',
    MEDIA_DIR: mediaDir,
    MEDIA_MAX_BYTES: String(MAX_BYTES),
  });
  const logger = createLogger('catalog', 'silent');
  server = await createCatalogServer(env, logger, new InProcessEventBus({ logger }), {
    pool: connectCatalogPool(env.DATABASE_URL, 4),
    mediaStorage: localDiskStorage(mediaDir),
  });
  call = inProcessCaller(server.yoga, INTERNAL_SECRET);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
  await rm(mediaDir, { recursive: true, force: true });
});

describe('media store', () => {
  it('stores an upload with the dimensions read from its bytes and serves the same bytes back, cacheable', async () => {
    const bytes = await png(64, 48);
    const response = await upload(bytes, 'image/png', staff(shopA));
    expect(response.status).toBe(201);
    const media = (await response.json()) as Record<string, unknown>;
    expect(media).toMatchObject({ contentType: 'image/png', byteSize: bytes.byteLength, width: 64, height: 48 });
    expect(media.url).toBe(`/media/${shopA}/${media.id}.png`);

    const served = await fileOf(media.url as string);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('max-age=31536000');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);

    // the same image asked for with another extension, or under another tenant, is not found
    expect((await fileOf((media.url as string).replace('.png', '.jpg'))).status).toBe(404);
    expect((await fileOf((media.url as string).replace(shopA, shopB))).status).toBe(404);
  });

  it('accepts jpeg, webp and avif, each checked against its bytes', async () => {
    for (const [type, encode] of [
      ['image/jpeg', (s: Sharp) => s.jpeg()],
      ['image/webp', (s: Sharp) => s.webp()],
      ['image/avif', (s: Sharp) => s.avif()],
    ] as const) {
      const bytes = new Uint8Array(
        await encode(sharp({ create: { width: 20, height: 10, channels: 3, background: '#336699' } })).toBuffer(),
      );
      const response = await upload(bytes, type, staff(shopA));
      expect(response.status, type).toBe(201);
      expect(await response.json()).toMatchObject({ contentType: type, width: 20, height: 10 });
    }
  });

  it('refuses a wrong type, bytes that are not what they claim, too big, no caller, no write scope', async () => {
    const bytes = await png(8, 8);
    const refused = async (response: Response) => ({ status: response.status, ...((await response.json()) as object) });

    expect(await refused(await upload(bytes, 'image/gif', staff(shopA)))).toMatchObject({
      status: 415,
      error: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
    expect(
      await refused(await upload(new TextEncoder().encode('<svg/>'), 'image/svg+xml', staff(shopA))),
    ).toMatchObject({
      status: 415,
      error: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
    expect(await refused(await upload(bytes, 'image/jpeg', staff(shopA)))).toMatchObject({
      status: 422,
      error: { code: 'INVALID_IMAGE' },
    });
    expect(await refused(await upload(new Uint8Array(MAX_BYTES + 1), 'image/png', staff(shopA)))).toMatchObject({
      status: 413,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(await refused(await upload(bytes, 'image/png', null))).toMatchObject({
      status: 401,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await refused(await upload(bytes, 'image/png', { kind: 'anonymous' }))).toMatchObject({
      status: 401,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await refused(await upload(bytes, 'image/png', reader(shopA)))).toMatchObject({
      status: 403,
      error: { code: 'FORBIDDEN' },
    });
    expect(await refused(await upload(bytes, 'image/png', storefront(shopA)))).toMatchObject({
      status: 403,
      error: { code: 'FORBIDDEN' },
    });
    // without a gateway token the bytes are not served either
    expect((await route(`/media/file?tenant=${shopA}&id=${crypto.randomUUID()}&ext=png`, {}, null)).status).toBe(401);
  });

  it('lets a product use its own tenant’s image, with the stored dimensions; another tenant can neither attach nor list it', async () => {
    const uploaded = (await (await upload(await png(40, 30), 'image/png', staff(shopA))).json()) as {
      id: string;
      url: string;
    };
    const create = /* GraphQL */ `
      mutation ($input: ProductCreateInput!) {
        productCreate(input: $input) {
          product { id media { url alt width height position } }
          errors { code field }
        }
      }`;
    const own = await call(
      create,
      { input: { handle: `lamp-${Date.now()}`, title: 'Lamp', media: [{ url: uploaded.url, alt: 'A lamp' }] } },
      staff(shopA),
    );
    expect(own.data?.productCreate).toMatchObject({
      errors: [],
      product: { media: [{ url: uploaded.url, alt: 'A lamp', width: 40, height: 30, position: 0 }] },
    });

    const stolen = await call(
      create,
      { input: { handle: `thief-${Date.now()}`, title: 'Thief', media: [{ url: uploaded.url }] } },
      staff(shopB),
    );
    expect(stolen.data?.productCreate).toEqual({
      product: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'media', '0', 'url'] }],
    });
    // the path rewritten to shop B's tenant names no image of B's either
    const rewritten = await call(
      create,
      {
        input: { handle: `thief2-${Date.now()}`, title: 'Thief', media: [{ url: uploaded.url.replace(shopA, shopB) }] },
      },
      staff(shopB),
    );
    expect(rewritten.data?.productCreate.errors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'media', '0', 'url'] },
    ]);

    const listA = (await (await route('/media?first=100', { method: 'GET' }, staff(shopA))).json()) as {
      media: { id: string }[];
    };
    expect(listA.media.map((media) => media.id)).toContain(uploaded.id);
    const listB = (await (await route('/media', { method: 'GET' }, staff(shopB))).json()) as { media: unknown[] };
    expect(listB.media).toEqual([]);
  });

  it('keeps the tenant table protected by row security', async () => {
    const { rows } = await server.pool.query<{ count: number }>('select count(*)::int as count from media');
    expect(rows[0]!.count).toBe(0);
  });
});
