import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPool } from '@ucos/kit';
import { DEMO_IMAGE_CATEGORIES, DEMO_IMAGE_DIR, demoImageFile } from './generate-images.ts';

/**
 * The demo shop's product images: the committed drawings (infra/demo-images, made by
 * generate-images.ts) uploaded through the gateway's `POST /media` as the owner, so they are stored by
 * the media store like any merchant's upload, then every seeded product pointed at its category's two
 * images (catalog's `seedProductImages`). Done once: when the first seeded product already shows a
 * stored image nothing is uploaded again. Returns what it did.
 */
export async function seedDemoImages(
  gatewayUrl: string,
  accessToken: string,
  tenantId: string,
  catalogServiceUrl: string,
): Promise<string[]> {
  const started = performance.now();
  const authorization = `Bearer ${accessToken}`;
  const first = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ productByHandle(handle: "product-000000") { media { url } } }' }),
  });
  const answer = (await first.json()) as { data?: { productByHandle: { media: { url: string }[] } | null } };
  if (answer.data?.productByHandle?.media[0]?.url.startsWith('/media/')) return [];

  const origin = new URL(gatewayUrl).origin;
  const stored = new Map<string, { url: string; width: number; height: number }>();
  for (const category of DEMO_IMAGE_CATEGORIES) {
    for (const view of [1, 2] as const) {
      const file = demoImageFile(category, view);
      const response = await fetch(`${origin}/media`, {
        method: 'POST',
        headers: { 'content-type': 'image/webp', authorization },
        body: await readFile(join(DEMO_IMAGE_DIR, file)),
      });
      const body = (await response.json()) as { url: string; width: number; height: number; error?: unknown };
      if (response.status !== 201) throw new Error(`uploading ${file}: ${response.status} ${JSON.stringify(body)}`);
      stored.set(file, { url: body.url, width: body.width, height: body.height });
    }
  }
  // product p is in leaf category p % 16 (the catalog seed); p % 32 picks which view comes first
  const galleries = [1, 2].flatMap((lead) =>
    DEMO_IMAGE_CATEGORIES.map((category) =>
      (lead === 1 ? [1, 2] : [2, 1]).map((view) => stored.get(demoImageFile(category, view as 1 | 2))!),
    ),
  );
  const pool = createPool({ url: catalogServiceUrl, max: 1 });
  try {
    const { seedProductImages } = await import('@ucos/catalog/seed');
    const changed = await seedProductImages(pool, tenantId, galleries);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return [`${stored.size} product images, shown on ${changed} products (${seconds} s)`];
  } finally {
    await pool.end();
  }
}
