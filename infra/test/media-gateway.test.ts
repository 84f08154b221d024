import { seedCatalog } from '@ucos/catalog/seed';
import { createPool } from '@ucos/kit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoImages } from '../src/demo/images.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Images through the gateway's plain HTTP routes, stored by catalog: a shop's staff uploads, anyone
 * reads the bytes back unchanged; wrong types, too big and strangers are refused with typed JSON; a
 * product may show only its own shop's images.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let origin: string;

/** The tenant's uuid, as the image paths carry it (the platform hands out global ids `Tenant:<uuid>`). */
const uuidOf = (globalId: string) =>
  Buffer.from(globalId, 'base64url')
    .toString()
    .replace(/^Tenant:/, '');

beforeAll(async () => {
  platform = await startWholePlatform({ MEDIA_MAX_BYTES: String(256 * 1024) });
  origin = new URL(platform.gatewayUrl).origin;
  alpha = await platform.tenant('media-alpha');
  beta = await platform.tenant('media-beta');
}, 120_000);
afterAll(() => platform?.close());

const upload = (body: Uint8Array<ArrayBuffer>, contentType: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/media`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

const webp = async () =>
  new Uint8Array(
    await sharp({ create: { width: 120, height: 90, channels: 3, background: '#2a9d8f' } })
      .webp()
      .toBuffer(),
  );

describe('media through the gateway', () => {
  it('uploads with staff credentials and serves the identical bytes publicly, cacheable', async () => {
    const bytes = await webp();
    const response = await upload(bytes, 'image/webp', alpha.bearer);
    const media = (await response.json()) as { id: string; url: string; width: number; height: number };
    expect(response.status, JSON.stringify(media)).toBe(201);
    expect(media).toMatchObject({ width: 120, height: 90, url: `/media/${uuidOf(alpha.tenantId)}/${media.id}.webp` });

    const served = await fetch(`${origin}${media.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
    const again = await fetch(`${origin}${media.url}`, { headers: { 'if-none-match': `"${media.id}"` } });
    expect(again.status).toBe(304);
    expect((await fetch(`${origin}/media/${uuidOf(beta.tenantId)}/${media.id}.webp`)).status).toBe(404);
    expect((await fetch(`${origin}/media/not-an-image`)).status).toBe(404);
  });

  it('refuses a wrong type, too big, and callers without a shop', async () => {
    const bytes = await webp();
    const cases: [Response, number, string][] = [
      [await upload(bytes, 'image/gif', alpha.bearer), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [await upload(bytes, 'image/png', alpha.bearer), 422, 'INVALID_IMAGE'],
      [await upload(new Uint8Array(256 * 1024 + 1), 'image/png', alpha.bearer), 413, 'PAYLOAD_TOO_LARGE'],
      [await upload(bytes, 'image/webp'), 401, 'UNAUTHENTICATED'],
      [await upload(bytes, 'image/webp', { authorization: 'Bearer not-a-token' }), 401, 'UNAUTHENTICATED'],
    ];
    for (const [response, status, code] of cases) {
      expect({ status: response.status, body: await response.json() }).toMatchObject({
        status,
        body: { error: { code } },
      });
    }
  });

  it("keeps one shop's images from another: it can neither list nor attach them", async () => {
    const media = (await (await upload(await webp(), 'image/webp', alpha.bearer)).json()) as {
      id: string;
      url: string;
    };
    const mine = (await (await fetch(`${origin}/media?first=100`, { headers: alpha.bearer })).json()) as {
      media: { id: string }[];
    };
    expect(mine.media.map((item) => item.id)).toContain(media.id);
    const theirs = (await (await fetch(`${origin}/media`, { headers: beta.bearer })).json()) as { media: unknown[] };
    expect(theirs.media).toEqual([]);

    const create = `mutation ($input: ProductCreateInput!) {
      productCreate(input: $input) { product { media { url width height } } errors { code field } } }`;
    const attached = await platform.gql(
      create,
      { input: { handle: 'framed-print', title: 'Framed print', media: [{ url: media.url, alt: 'Print' }] } },
      alpha.bearer,
    );
    expect(attached.body.data?.productCreate).toEqual({
      product: { media: [{ url: media.url, width: 120, height: 90 }] },
      errors: [],
    });
    const stolen = await platform.gql(
      create,
      { input: { handle: 'stolen-print', title: 'Stolen print', media: [{ url: media.url }] } },
      beta.bearer,
    );
    expect(stolen.body.data?.productCreate).toEqual({
      product: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'media', '0', 'url'] }],
    });
  });

  it('seeds the demo images through the media store onto the seeded products, once', async () => {
    const tenantId = uuidOf(alpha.tenantId);
    const pool = createPool({ url: platform.db.serviceUrl('catalog'), max: 2 });
    try {
      await seedCatalog(pool, tenantId, { products: 40, variantsPerProduct: 1 });
    } finally {
      await pool.end();
    }
    const accessToken = alpha.bearer.authorization!.replace('Bearer ', '');
    const done = await seedDemoImages(platform.gatewayUrl, accessToken, tenantId, platform.db.serviceUrl('catalog'));
    expect(done[0]).toMatch(/^32 product images, shown on 40 products/);
    expect(await seedDemoImages(platform.gatewayUrl, accessToken, tenantId, platform.db.serviceUrl('catalog'))).toEqual(
      [],
    );

    const product = await platform.gql(
      '{ productByHandle(handle: "product-000017") { title media { url alt width height position } } }',
      {},
      alpha.bearer,
    );
    const { title, media } = product.body.data.productByHandle;
    expect(media).toHaveLength(2);
    expect(media[0]).toMatchObject({ alt: title, width: 800, height: 800, position: 0 });
    // product 17 is in leaf category 1 (hoodies) and, being in the second half of 32, leads with view 2
    const served = await fetch(`${origin}${media[0].url}`);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(new Uint8Array(await served.arrayBuffer())).metadata()).width).toBe(800);
  });
});
