import type { Browser, Page } from 'playwright-core';
import { type Api, call, signIn } from '../seed.ts';

export interface StorefrontGermanJourneyDeps {
  browser: Browser;
  api: Api;
  storefrontUrl: string;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/** German money as Intl writes it (a no-break space before the sign), e.g. `1.234,56 €`. */
const GERMAN_EUR = /^\d{1,3}(\.\d{3})*,\d{2}\s€$/;
const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * A product priced 1,234.56 EUR (its own, created here through the API as the demo owner, so the
 * amount shows the thousands separator), bought by a guest who switched the shop to German:
 * every step's labels are German and every amount reads `1.234,56 €`.
 */
export async function storefrontGermanJourney(deps: StorefrontGermanJourneyDeps) {
  const { browser, api, storefrontUrl, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const owner = await signIn(api, 'owner@demo.ucos.dev', 'Demo-Password-2026');
  const stamp = Date.now().toString(36);
  const title = `Stehpult ${stamp}`;
  type Errors = { errors: unknown[] };
  const must = (what: string, payload: Errors) => {
    if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`);
  };
  const list = await call<{ priceListCreate: Errors & { priceList: { id: string } | null } }>(
    api,
    'mutation($input: PriceListCreateInput!) { priceListCreate(input: $input) { priceList { id } errors { code field message } } }',
    { input: { name: `German journey EUR ${stamp}`, currency: 'EUR' } },
    owner,
  );
  must('price list', list.priceListCreate);
  const product = await call<{
    productCreate: Errors & { product: { id: string; handle: string; variants: { id: string }[] } | null };
  }>(
    api,
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id handle variants { id } } errors { code field message } } }',
    {
      input: {
        handle: `stehpult-${stamp}`,
        title,
        description: 'Ein Schreibtisch zum Stehen.',
        status: 'ACTIVE',
        variants: [{ sku: `DESK-${stamp}`, title: 'Eiche' }],
      },
    },
    owner,
  );
  must('product', product.productCreate);
  const variantId = product.productCreate.product!.variants[0]!.id;
  must(
    'price',
    (
      await call<{ priceSet: Errors }>(
        api,
        'mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code field message } } }',
        {
          input: { variantId, priceListId: list.priceListCreate.priceList!.id, currency: 'EUR', amount: 123456 },
        },
        owner,
      )
    ).priceSet,
  );
  const warehouse = await call<{ warehouseCreate: Errors & { warehouse: { id: string } | null } }>(
    api,
    'mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } errors { code field message } } }',
    { input: { code: `DE-${stamp}`.toUpperCase(), name: 'Lager Berlin' } },
    owner,
  );
  must('warehouse', warehouse.warehouseCreate);
  must(
    'stock',
    (
      await call<{ stockAdjust: Errors }>(
        api,
        'mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code field message } } }',
        {
          input: {
            variantId,
            warehouseId: warehouse.warehouseCreate.warehouse!.id,
            delta: 5,
            reason: 'RECEIPT',
            idempotencyKey: `german-${stamp}`,
          },
        },
        owner,
      )
    ).stockAdjust,
  );

  // an English browser: the shop starts in English and the switcher changes it
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(storefrontUrl);
  await page.getByRole('heading', { name: 'Welcome', level: 1 }).waitFor();
  await page.getByRole('form', { name: 'Language' }).getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('heading', { name: 'Willkommen', level: 1 }).waitFor();
  expect((await page.locator('html').getAttribute('lang')) === 'de', 'the page says it is German (lang="de")');
  const cookie = (await context.cookies(storefrontUrl)).find((entry) => entry.name === 'shop_locale');
  expect(cookie?.value === 'de', `the choice is kept in the shop_locale cookie (got ${cookie?.value})`);
  await shot(page, 'storefront-german-home');

  await page.getByRole('searchbox', { name: 'Produkte suchen' }).fill(title);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/\/search\?q=/);
  await page.getByRole('heading', { name: `Ergebnisse für „${title}“`, level: 1 }).waitFor();
  await page.getByLabel('Sortieren nach').waitFor();
  // the product's card (the "remove filter" chip above the results names the title too)
  await page
    .locator('ul.products')
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
  await page.waitForURL(/\/products\//);
  await page.getByRole('heading', { name: title, exact: true, level: 1 }).waitFor();
  await page
    .getByTestId('price')
    .filter({ hasText: /1\.234,56\s€/ })
    .waitFor();
  const price = await text(page, 'price');
  expect(GERMAN_EUR.test(price), `the price reads 1.234,56 € (got ${price})`);
  expect((await text(page, 'price-tax-note')).startsWith('inkl. MwSt.'), 'the price says it includes VAT');
  expect((await text(page, 'availability')).startsWith('Auf Lager'), 'availability in German');
  await page
    .getByRole('navigation', { name: 'Brotkrumen-Navigation' })
    .getByRole('link', { name: 'Startseite' })
    .waitFor();
  await shot(page, 'storefront-german-product');
  await page.getByRole('button', { name: 'In den Warenkorb' }).click();
  await page.getByText('In den Warenkorb gelegt (1 Artikel)').waitFor();
  await page.getByRole('link', { name: 'Warenkorb, 1 Artikel' }).waitFor();

  await page.getByRole('link', { name: 'Warenkorb ansehen' }).click();
  await page.getByRole('heading', { name: 'Ihr Warenkorb' }).waitFor();
  const cartTotal = await text(page, 'cart-total');
  expect(GERMAN_EUR.test(cartTotal), `the cart total in German format (got ${cartTotal})`);
  expect((await text(page, 'cart-incl-vat')) === 'inkl. MwSt.', 'the cart total says it includes VAT');
  await page.getByTestId('cart-line-link').filter({ hasText: title }).waitFor();
  await shot(page, 'storefront-german-cart');
  await page.getByRole('link', { name: 'Zur Kasse' }).click();

  await page.getByRole('heading', { name: 'Kasse', level: 1 }).waitFor();
  await page.getByLabel('E-Mail').fill(`deutsch-${stamp}@example.com`);
  await page.getByLabel('Vollständiger Name').fill('Erika Mustermann');
  await page.getByLabel('Adresse', { exact: true }).fill('Unter den Linden 1');
  await page.getByLabel('Postleitzahl', { exact: true }).fill('10117');
  await page.getByLabel('Ort', { exact: true }).fill('Berlin');
  const country = await page.getByLabel('Land', { exact: true }).locator('option:checked').textContent();
  expect(country === 'Deutschland', `countries are named in German (got ${country})`);
  await page.getByRole('group', { name: 'Versandart' }).getByRole('radio').first().waitFor();
  // a postal code Germany does not write is explained in German, naming the country, under its field
  await page.getByLabel('Postleitzahl', { exact: true }).fill('ABC');
  await page.getByLabel('Testkarte — genehmigt').check();
  await page.getByRole('button', { name: 'Zahlungspflichtig bestellen' }).click();
  await page
    .locator('#field-shippingAddress-postalCode-error')
    .filter({ hasText: 'Geben Sie eine Postleitzahl ein, wie sie in Deutschland geschrieben wird' })
    .waitFor();
  await shot(page, 'storefront-german-postal-code-refused');
  await page.getByLabel('Postleitzahl', { exact: true }).fill('10117');
  const toPay = await page.getByTestId('place-order-total').locator('strong').textContent();
  expect(GERMAN_EUR.test(toPay ?? ''), `the total above the button in German format (got ${toPay})`);
  await page.getByLabel('Testkarte — genehmigt').check();
  await shot(page, 'storefront-german-checkout');
  await page.getByRole('button', { name: 'Zahlungspflichtig bestellen' }).click();

  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Vielen Dank für Ihre Bestellung' }).waitFor();
  const charged = await text(page, 'order-total');
  expect(charged === toPay?.replace(/\s+/g, ' '), `charged what checkout showed (${toPay}, got ${charged})`);
  await page.getByRole('heading', { name: 'Ihre Artikel' }).waitFor();
  await page.getByRole('heading', { name: 'Lieferung an' }).waitFor();
  expect((await text(page, 'order-shipping-address')).includes('10117 Berlin'), 'the confirmation shows the address');
  await shot(page, 'storefront-german-confirmation');

  // and back: the same switcher returns the shop to English
  await page.getByRole('form', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();

  // a product that does not exist, or a link with a lone "%", is a real 404 with the friendly page
  for (const path of [`/products/no-such-product-${stamp}`, '/products/100%', `/collections/no-such-collection`]) {
    const response = await page.goto(`${storefrontUrl}${path}`);
    expect(response?.status() === 404, `${path} answers 404 (got ${response?.status()})`);
    await page.getByRole('heading', { name: 'Not found', level: 1 }).waitFor();
  }
  await shot(page, 'storefront-not-found');
  // closed only on success: the run screenshots every open page of a failed journey
  await context.close();
}
