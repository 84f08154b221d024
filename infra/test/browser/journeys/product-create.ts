import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';

export interface ProductCreateJourneyDeps {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The owner creates a product the way merchants expect (issue 18 §8): the handle follows the title,
 * Size × Colour builds four variants with suggested SKUs, the price list is the retail one (not
 * wholesale), each variant gets a price and initial stock, an image is uploaded. A price with too
 * many digits is refused in its row and nothing is stored; fixed, one save creates it all. The
 * product page shows the retail prices and stock, the product list shows the product and the
 * storefront sells each variant at its price, in stock.
 */
export async function productCreateJourney(deps: ProductCreateJourneyDeps) {
  const { browser, adminUrl, storefrontUrl, owner, signInAdmin, shot, expect } = deps;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, owner.email, owner.password);
    await page.goto(`${adminUrl}/catalog/new`);
    const stamp = Date.now().toString(36);
    const title = `Journey Hoodie ${stamp}`;
    const handle = `journey-hoodie-${stamp}`;
    const sku = `JOURNEY-HOODIE-${stamp.toUpperCase()}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    const handleField = page.getByLabel('Handle (URL)');
    expect(
      (await handleField.inputValue()) === handle,
      `the handle follows the title (${await handleField.inputValue()})`,
    );
    expect(
      (await page.getByLabel('Price list').locator('option:checked').textContent()) === 'Retail EUR',
      'the price list defaults to the retail list, not wholesale',
    );

    await page.getByRole('button', { name: 'Add option' }).click();
    await page.getByLabel('Option 1 name').fill('Size');
    await page.getByLabel('Option 1 values (comma-separated)').fill('S, M');
    await page.getByRole('button', { name: 'Add option' }).click();
    await page.getByLabel('Option 2 name').fill('Colour');
    await page.getByLabel('Option 2 values (comma-separated)').fill('Red, Blue');
    const combinations = ['S / Red', 'S / Blue', 'M / Red', 'M / Blue'];
    for (const combination of combinations) await page.getByLabel(`SKU of ${combination}`).waitFor();
    const suggested = await page.getByLabel('SKU of M / Blue').inputValue();
    expect(suggested === `${sku}-M-BLUE`, `the SKU is suggested from the handle and the values (${suggested})`);
    expect((await page.getByLabel(/^SKU of /).count()) === 4, 'Size × Colour makes four variants');

    const prices: Record<string, string> = {
      'S / Red': '39.90',
      'S / Blue': '39.90',
      'M / Red': '42.50',
      'M / Blue': '42.50',
    };
    for (const [index, combination] of combinations.entries()) {
      await page.getByLabel(`Price of ${combination}`).fill(prices[combination]!);
      await page.getByLabel(`Stock of ${combination}`).fill(String(index + 3));
    }
    await page.getByLabel('Status').selectOption('ACTIVE');

    const png = await sharp({ create: { width: 480, height: 480, channels: 3, background: '#2a9d8f' } })
      .png()
      .toBuffer();
    await page
      .getByLabel(/Upload images/)
      .setInputFiles({ name: 'journey-hoodie.png', mimeType: 'image/png', buffer: png });
    const alt = page.getByLabel('Alt text of image 1');
    await alt.waitFor();
    await alt.fill(`${title}, front`);

    // one price with more digits than EUR has: refused in its row, nothing stored, the form keeps the rest
    await page.getByLabel('Price of M / Red').fill('42.505');
    await page.getByRole('button', { name: 'Save product' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Not a valid EUR amount/ })
      .waitFor();
    expect((await page.getByLabel('Stock of M / Blue').inputValue()) === '6', 'the typed stock survives the refusal');
    await shot(page, 'product-create-refused-price');
    await page.getByLabel('Price of M / Red').fill('42.50');
    await shot(page, 'product-create-form');
    await page.getByRole('button', { name: 'Save product' }).click();
    await page.getByText('Product created.').waitFor();
    await page.getByRole('heading', { name: title }).waitFor();
    for (const [index, combination] of combinations.entries()) {
      const row = page.getByRole('row').filter({ hasText: `${sku}-${combination.replace(' / ', '-').toUpperCase()}` });
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      expect(
        text.includes(`Retail EUR: €${prices[combination]}`),
        `the ${combination} row shows its retail price: ${text}`,
      );
      expect(text.includes(`${index + 3} / ${index + 3} / 0`), `the ${combination} row shows its stock: ${text}`);
    }
    await shot(page, 'product-create-created');

    await page.goto(`${adminUrl}/catalog`);
    await page.getByRole('link', { name: title }).first().waitFor();
    await shot(page, 'product-create-in-list');

    // the gateway answers a storefront's catalog reads from memory for a few seconds: retry until it is there
    const shop = await context.newPage();
    for (const started = Date.now(); ; ) {
      const response = await shop.goto(`${storefrontUrl}/products/${handle}`);
      if (response?.ok() && (await shop.getByRole('heading', { name: title }).count()) > 0) break;
      if (Date.now() - started > 20_000) throw new Error(`the storefront has no page for ${handle}`);
      await shop.waitForTimeout(1000);
    }
    await shop.getByTestId('price').filter({ hasText: '39.90' }).waitFor();
    await shop.getByTestId('availability').filter({ hasText: 'In stock (3 available)' }).waitFor();
    await shop.getByLabel('M / Blue').check();
    await shop.getByTestId('price').filter({ hasText: '42.50' }).waitFor();
    await shop.getByTestId('availability').filter({ hasText: 'In stock (6 available)' }).waitFor();
    await shot(shop, 'product-create-storefront');
  } catch (error) {
    for (const [index, open] of context.pages().entries()) await shot(open, `FAILED-product-create-${index}`);
    throw error;
  } finally {
    await context.close();
  }
}
