import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export interface StorefrontPhoneJourneyDeps {
  browser: Browser;
  storefrontUrl: string;
  productHandle: string;
  productTitle: string;
  searchWord: string;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/** The budget for a route's JavaScript, as transferred (compressed), on a first visit. */
const JS_BUDGET = 200 * 1024;

/** Nothing wider than the screen: the page never scrolls sideways. */
async function noSidewaysScroll(page: Page, expect: (condition: unknown, message: string) => void, where: string) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll <= width, `${where}: no horizontal overflow (content ${scroll} px on a ${width} px screen)`);
}

/** Whether an element is entirely inside the visible part of the screen. */
async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

/** Elements (of `selector`) whose box is smaller than 24 × 24 px (WCAG 2.2 target size, minimum). */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ element, box }) =>
          `${element.textContent?.trim() || element.outerHTML.slice(0, 60)} (${Math.round(box.width)}×${Math.round(box.height)})`,
      ),
  );
}

/** The largest contentful paint a route may take on loopback (a Lighthouse-style budget). */
const LCP_BUDGET_MS = 1500;

/**
 * A first visit to `url` (a fresh cache; cookies from `from`): the JavaScript it transfers and its
 * largest contentful paint, as chromium reports it (PerformanceObserver, buffered, read once the
 * network is idle: the last entry is the final candidate, no input having ended the measurement).
 */
async function routeBudget(
  browser: Browser,
  from: BrowserContext,
  url: string,
): Promise<{ scriptBytes: number; lcpMs: number | null }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await from.storageState(),
  });
  try {
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          // a page that painted nothing contentful reports no entry at all
          setTimeout(() => resolve(null), 2000);
        }),
    );
    const scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    return { scriptBytes, lcpMs };
  } finally {
    await context.close();
  }
}

/**
 * A purchase at phone width (390 × 844, touch): two product columns, filters in a drawer, a compact
 * header with the cart count, "added to cart" on screen, cart lines whose SKU stays on one line, the
 * total right above "Place order", and no page that scrolls sideways. Each route's JavaScript stays
 * under 200 KiB transferred and its largest contentful paint under 1.5 s.
 */
export async function storefrontPhoneJourney(deps: StorefrontPhoneJourneyDeps) {
  const { browser, storefrontUrl, productHandle, productTitle, searchWord, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.goto(`${storefrontUrl}/search`);
  await page.getByRole('heading', { name: 'All products', level: 1 }).waitFor();
  const columns = await page
    .locator('ul.products')
    .first()
    .evaluate((list) => getComputedStyle(list).gridTemplateColumns.split(' ').length);
  expect(columns === 2, `the product grid has two columns on a phone (got ${columns})`);
  const header = await page.locator('header.site').boundingBox();
  expect(header && header.height <= 120, `a compact header (${header?.height} px high)`);
  await noSidewaysScroll(page, expect, 'search');
  const tooSmall = await smallTargets(
    page,
    'header.site a, header.site button, .breadcrumbs a, .filters-drawer summary',
  );
  expect(tooSmall.length === 0, `touch targets of at least 24 px: ${tooSmall.join(', ')}`);

  // the filters wait in a closed drawer; opened, they filter and show as a removable chip
  const drawer = page.locator('details.filters-drawer');
  expect(
    !(await drawer.evaluate((details) => (details as HTMLDetailsElement).open)),
    'the filters drawer starts closed',
  );
  expect(!(await page.getByRole('button', { name: 'Apply filters' }).isVisible()), 'the filters are hidden');
  await drawer.locator('summary').click();
  await page.getByRole('button', { name: 'Apply filters' }).waitFor();
  const smallFilters = await smallTargets(page, '.facets label, .facets button');
  expect(smallFilters.length === 0, `filter targets of at least 24 px: ${smallFilters.join(', ')}`);
  await shot(page, 'storefront-phone-filters');
  await page.getByLabel('In stock').check();
  await page.getByLabel('Sort by').selectOption('price-asc');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/inStock=1/);
  expect(page.url().includes('sort=price-asc'), `the sort is kept in the address (${page.url()})`);
  const chip = page.getByRole('list', { name: 'Active filters' }).getByRole('link', { name: 'Remove filter In stock' });
  await chip.waitFor();
  await chip.click();
  await page.waitForURL((url) => !url.search.includes('inStock'));

  // several categories at once (any of them): each ticked one becomes its own chip; removing one keeps the other
  if (!(await drawer.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await drawer.locator('summary').click();
  }
  const categoryBoxes = page.getByRole('group', { name: 'Category' }).getByRole('checkbox');
  expect((await categoryBoxes.count()) >= 2, 'the category facet offers at least two categories to tick');
  const names: string[] = [];
  for (const box of [categoryBoxes.nth(0), categoryBoxes.nth(1)]) {
    names.push(((await box.locator('xpath=..').textContent()) ?? '').replace(/\(\d+\)\s*$/, '').trim());
    await box.check();
  }
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => url.searchParams.getAll('category').length === 2);
  // the removed "In stock" chip stays removed: the drawer's boxes showed the filters in force
  expect(!page.url().includes('inStock'), `the form did not bring back a removed filter (${page.url()})`);
  const activeFilters = page.getByRole('list', { name: 'Active filters' });
  for (const name of names) await activeFilters.getByRole('link', { name: `Remove filter ${name}` }).waitFor();
  const bothCount = await page.locator('ul.products > li').count();
  await shot(page, 'storefront-phone-two-categories');
  await activeFilters.getByRole('link', { name: `Remove filter ${names[0]}` }).click();
  await page.waitForURL((url) => url.searchParams.getAll('category').length === 1);
  await activeFilters.getByRole('link', { name: `Remove filter ${names[1]}` }).waitFor();
  const oneCount = await page.locator('ul.products > li').count();
  expect(
    bothCount > 0 && oneCount > 0 && oneCount <= bothCount,
    `two categories show at least what one does (${bothCount} ≥ ${oneCount})`,
  );

  await page.getByRole('searchbox', { name: 'Search products' }).fill(searchWord);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/\/search\?q=/);
  await shot(page, 'storefront-phone-search');
  await page.goto(`${storefrontUrl}/products/${encodeURIComponent(productHandle)}`);
  await page.getByRole('heading', { name: productTitle, exact: true, level: 1 }).waitFor();
  await page.getByTestId('price').waitFor();
  await noSidewaysScroll(page, expect, 'product');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const added = page.getByText(/^Added to your cart/);
  await added.waitFor();
  await page.waitForTimeout(400); // the smooth scroll that brings the message into view
  expect(await inViewport(added), '"added to cart" is on screen');
  await page.getByRole('link', { name: /^Cart, \d+ items?$/ }).waitFor();
  await shot(page, 'storefront-phone-added');

  await page.getByRole('link', { name: 'View cart' }).click();
  await page.getByRole('heading', { name: 'Your cart' }).waitFor();
  await noSidewaysScroll(page, expect, 'cart');
  const sku = page.locator('table.cart-lines .sku').first();
  const skuLines = await sku.evaluate((element) => {
    const style = getComputedStyle(element);
    // "normal" line height: about 1.25 × the font size
    const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.25;
    return element.getBoundingClientRect().height / lineHeight;
  });
  expect(skuLines < 1.5, `the SKU stays on one line (${skuLines.toFixed(1)} lines)`);
  await shot(page, 'storefront-phone-cart');

  // each route's JavaScript and largest contentful paint on a first visit (with this shopper's cart)
  const product = `${storefrontUrl}/products/${encodeURIComponent(productHandle)}`;
  const budgets: string[] = [];
  for (const [name, url] of [
    ['home', storefrontUrl],
    ['search', `${storefrontUrl}/search`],
    ['product', product],
    ['cart', `${storefrontUrl}/cart`],
    ['checkout', `${storefrontUrl}/checkout`],
  ] as const) {
    const { scriptBytes, lcpMs } = await routeBudget(browser, context, url);
    const kib = (scriptBytes / 1024).toFixed(1);
    const lcp = lcpMs === null ? 'none reported' : `${Math.round(lcpMs)} ms`;
    budgets.push(`${name} ${kib} KiB, LCP ${lcp}`);
    expect(scriptBytes > 0 && scriptBytes < JS_BUDGET, `${name}: JavaScript under 200 KiB (${kib} KiB)`);
    expect(lcpMs !== null && lcpMs < LCP_BUDGET_MS, `${name}: largest contentful paint under 1.5 s (${lcp})`);
  }
  console.log(`    per route (JavaScript transferred, largest contentful paint): ${budgets.join('; ')}`);

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();
  await page.getByLabel('Email').fill(`phone-${Date.now()}@example.com`);
  await page.getByLabel('Full name').fill('Phone Shopper');
  await page.getByLabel('Address', { exact: true }).fill('Torstraße 5');
  await page.getByLabel('Postal code', { exact: true }).fill('10119');
  await page.getByLabel('City', { exact: true }).fill('Berlin');
  await page.getByRole('group', { name: 'Shipping method' }).getByRole('radio').first().waitFor();
  await noSidewaysScroll(page, expect, 'checkout');
  const total = page.getByTestId('place-order-total');
  const button = page.getByRole('button', { name: 'Place order' });
  const [totalBox, buttonBox] = [await total.boundingBox(), await button.boundingBox()];
  expect(
    totalBox && buttonBox && totalBox.y + totalBox.height <= buttonBox.y && buttonBox.y - totalBox.y < 120,
    `the order total sits right above "Place order" (${JSON.stringify(totalBox)} / ${JSON.stringify(buttonBox)})`,
  );
  await button.scrollIntoViewIfNeeded();
  await shot(page, 'storefront-phone-checkout');
  await button.click();
  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  await noSidewaysScroll(page, expect, 'confirmation');
  await shot(page, 'storefront-phone-confirmation');
  // closed only on success: the run screenshots every open page of a failed journey
  await context.close();
}
