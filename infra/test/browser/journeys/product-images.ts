import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';

export interface ProductImagesJourneyDeps {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  productId: string;
  productHandle: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The natural width of an image once it has loaded (0 if it fails). */
async function loadedWidth(image: Locator): Promise<number> {
  await image.waitFor();
  await image.scrollIntoViewIfNeeded();
  return image.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const img = element as HTMLImageElement;
        if (img.complete && img.naturalWidth > 0) resolve(img.naturalWidth);
        else {
          img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
          img.addEventListener('error', () => resolve(0), { once: true });
          // a lazy image the browser has not fetched yet: ask for it now
          img.loading = 'eager';
        }
      }),
  );
}

/**
 * The demo shop shows its seeded images on the storefront's cards; the owner uploads an image to the
 * seeded product in the admin (a GIF is refused first, with the reason), gives it alt text, saves, and
 * sees it in the products table; the storefront's product page shows it through Next.js image
 * optimisation, loaded (natural width > 0).
 */
export async function productImagesJourney(deps: ProductImagesJourneyDeps) {
  const { browser, adminUrl, storefrontUrl, productId, productHandle, signInAdmin, shot } = deps;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const shop = await context.newPage();
    await shop.goto(`${storefrontUrl}/search`);
    const card = shop.locator('.card .media img').first();
    const cardWidth = await loadedWidth(card);
    expect(cardWidth > 0, 'a demo product card shows a loaded image');
    expect(
      ((await card.getAttribute('src')) ?? '').startsWith('/_next/image?url=%2Fmedia%2F'),
      'the card image is a resized variant of a platform image',
    );
    // the first request for each size is resized on demand: the shot waits for all of them
    await shop.waitForLoadState('networkidle');
    await shot(shop, 'product-images-demo-cards');

    const page = await context.newPage();
    await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    await page.goto(`${adminUrl}/catalog/${encodeURIComponent(productId)}`);
    const images = page.getByRole('form', { name: 'Product images' });
    await images.waitFor();

    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
    await images.getByLabel(/Upload images/).setInputFiles({ name: 'dot.gif', mimeType: 'image/gif', buffer: gif });
    await images.getByRole('alert').filter({ hasText: 'dot.gif' }).waitFor();

    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#e76f51' } })
      .composite([
        {
          input: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><circle cx="320" cy="240" r="150" fill="#264653"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();
    await images.getByLabel(/Upload images/).setInputFiles({ name: 'hoodie.png', mimeType: 'image/png', buffer: png });
    const alt = images.getByLabel('Alt text of image 1');
    await alt.waitFor();
    await alt.fill('Trail Hoodie, front');
    await shot(page, 'product-images-uploaded');
    await images.getByRole('button', { name: 'Save images' }).click();
    await images.getByText('Images saved.').waitFor();
    await page.reload();
    const thumb = page.getByRole('form', { name: 'Product images' }).locator('.thumb-box img').first();
    const thumbWidth = await loadedWidth(thumb);
    expect(thumbWidth > 0, `the admin shows the uploaded image (natural width ${thumbWidth})`);
    expect(
      (await page.getByRole('form', { name: 'Product images' }).getByLabel('Alt text of image 1').inputValue()) ===
        'Trail Hoodie, front',
      'the saved image and its alt text are there after a reload',
    );
    await page.goto(`${adminUrl}/catalog`);
    await page.locator('table .thumb-box img').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'product-images-admin-table');

    // the gateway answers a storefront's catalog reads from memory for a few seconds
    // (STOREFRONT_CACHE_SECONDS): reload until the saved image is there
    const uploaded = shop.getByRole('img', { name: 'Trail Hoodie, front' }).first();
    for (const started = Date.now(); ; ) {
      await shop.goto(`${storefrontUrl}/products/${encodeURIComponent(productHandle)}`);
      if ((await uploaded.count()) > 0) break;
      if (Date.now() - started > 20_000) {
        throw new Error(`no uploaded image on the product page: ${await shop.locator('.gallery').innerHTML()}`);
      }
      await shop.waitForTimeout(1000);
    }
    const width = await loadedWidth(uploaded);
    expect(width > 0, `the uploaded image loads on the product page (natural width ${width})`);
    await shot(shop, 'product-images-storefront-product');
  } catch (error) {
    for (const [index, open] of context.pages().entries()) await shot(open, `FAILED-product-images-${index}`);
    throw error;
  } finally {
    await context.close();
  }
}
