import { request } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The host name run.ts gives a publishable key the gateway refuses (UCOS_STOREFRONT_KEYS). */
export const CLOSED_SHOP_HOST = 'closed-shop.test';

/**
 * What the storefront answers a host whose key the gateway refuses: its status and page. Asked with
 * that Host header from here (a browser cannot choose the Host it sends to 127.0.0.1).
 */
function closedShopAnswer(storefrontUrl: string): Promise<{ status: number; html: string }> {
  return new Promise((resolve, reject) => {
    const asked = request(
      `${storefrontUrl}/`,
      { headers: { host: CLOSED_SHOP_HOST, accept: 'text/html' } },
      (answer) => {
        let html = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => {
          html += chunk;
        });
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, html }));
      },
    );
    asked.on('error', reject);
    asked.end();
  });
}

export interface PageStatesJourneyDeps {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  /** the purchase journey's signed-in shopper, with an order */
  shopper: BrowserContext;
  productId: string;
  productHandle: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/** Every admin page a merchant reaches from the navigation, plus the forms that create things. */
const ADMIN_PAGES = [
  '/',
  '/orders',
  '/customers',
  '/catalog',
  '/catalog/new',
  '/catalog/categories',
  '/catalog/collections',
  '/inventory',
  '/fulfillment',
  '/tasks',
  '/procurement',
  '/procurement/suppliers',
  '/procurement/replenishment',
  '/receiving',
  '/bills',
  '/bills/new',
  '/finance',
  '/finance/accounts',
  '/finance/journal',
  '/finance/invoices',
  '/finance/receivables',
  '/finance/payables',
  '/finance/payment-runs',
  '/finance/periods',
  '/marketing/promotions',
  '/notifications',
  '/webhooks',
  '/workflows',
  '/workflows/runs',
  '/settings',
  '/settings/apps',
  '/settings/custom-fields',
  '/settings/extensions',
  '/settings/integrations',
  '/settings/plugins',
  '/settings/shipping',
  '/settings/tax',
  '/account',
] as const;

/** A page's name for its screenshot: `/finance/payment-runs` → `finance-payment-runs`. */
const stateName = (prefix: string, path: string) =>
  `${prefix}-${path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home'}`;

/** A time the admin printed in Berlin: "3 Dec 2026, 15:05 CET" (CEST in summer). */
const BERLIN_TIME = /\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} CES?T\b/;

/** Sets the store's time zone on Settings (Store), as the owner would. */
async function storeTimeZone(page: Page, adminUrl: string, zone: string) {
  await page.goto(`${adminUrl}/settings`);
  const form = page.getByRole('form', { name: 'Store settings' });
  await form.getByLabel('Time zone').selectOption(zone);
  await form.getByRole('button', { name: 'Save store settings' }).click();
  await page.getByText('Store settings saved.').first().waitFor();
}

async function heading(page: Page, where: string, expect: PageStatesJourneyDeps['expect']) {
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await h1.waitFor();
  const text = (await h1.textContent())?.trim();
  expect(text && text !== 'Something went wrong', `${where} shows its page (h1: ${text})`);
}

/**
 * Issue 18 (proofs): the page states no other journey shoots, each shot and so checked against
 * WCAG 2.2 AA by the run (axe): every admin list, settings and "new" page and a product's edit page
 * at desktop width; the storefront's home, a filtered search, the empty cart, the sign-in, sign-up
 * and forgotten-password forms, a signed-in shopper's account and order pages, the 404 page and the
 * page a host whose publishable key the gateway refuses gets (the shop-closed page, answered 503).
 * With the store's time zone set to Europe/Berlin on Settings, a customer's page, the orders table and
 * an order's page print their times in it, named (CET/CEST); it is set back to UTC afterwards.
 */
export async function pageStatesJourney(deps: PageStatesJourneyDeps) {
  const { browser, adminUrl, storefrontUrl, shopper, owner, signInAdmin, shot, expect } = deps;
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await admin.newPage();
  await signInAdmin(page, owner.email, owner.password);
  for (const path of [...ADMIN_PAGES, `/catalog/${encodeURIComponent(deps.productId)}`]) {
    await page.goto(`${adminUrl}${path}`);
    await heading(page, `admin ${path}`, expect);
    const edit = path.startsWith('/catalog/') && !ADMIN_PAGES.includes(path as (typeof ADMIN_PAGES)[number]);
    await shot(page, stateName('state-admin', edit ? '/catalog/product-edit' : path));
  }
  // a customer's and an order's own page, from their lists; times in the shop's zone, named
  await storeTimeZone(page, adminUrl, 'Europe/Berlin');
  await page.goto(`${adminUrl}/customers`);
  await page.locator('main table tbody a[href^="/customers/"]').first().click();
  await page.waitForURL(/\/customers\/[^/]+$/);
  await heading(page, 'admin customer', expect);
  const since = (await page.locator('main dl.facts dt:text-is("Customer since") + dd').textContent()) ?? '';
  expect(BERLIN_TIME.test(since), `the customer page prints "Customer since" in the shop's zone (${since})`);
  await shot(page, 'state-admin-customer');
  await page.goto(`${adminUrl}/orders`);
  await page.locator('main table tbody a[href^="/orders/"]').first().click();
  await page.waitForURL(/\/orders\/[^/]+$/);
  await heading(page, 'admin order', expect);
  const placed = (await page.locator('main').textContent()) ?? '';
  expect(BERLIN_TIME.test(placed), `the order page prints its times in the shop's zone (Berlin: CET or CEST)`);
  await shot(page, 'state-admin-order');
  await page.goto(`${adminUrl}/orders`);
  const firstRow = (await page.locator('main table tbody tr').first().getByRole('cell').allTextContents()).join(' | ');
  expect(BERLIN_TIME.test(firstRow), `the orders table prints the shop's zone (${firstRow})`);
  await storeTimeZone(page, adminUrl, 'UTC');

  // a guest's storefront: every page a first visit reaches
  const guest = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const shop = await guest.newPage();
  for (const path of [
    '/',
    '/search?inStock=1&sort=price-asc',
    `/products/${encodeURIComponent(deps.productHandle)}`,
    '/cart',
    '/account/sign-in',
    '/account/sign-up',
    '/account/forgot-password',
  ]) {
    await shop.goto(`${storefrontUrl}${path}`);
    await heading(shop, `storefront ${path}`, expect);
    // a guest who added nothing sees the empty cart
    if (path === '/cart') await shop.getByText('Your cart is empty.').waitFor();
    await shot(shop, stateName('state-storefront', path.split('?')[0] ?? path));
  }
  const missing = await shop.goto(`${storefrontUrl}/products/no-such-product-${Date.now()}`);
  expect(missing?.status() === 404, `a missing product answers 404 (got ${missing?.status()})`);
  await heading(shop, 'storefront 404', expect);
  await shot(shop, 'state-storefront-not-found');
  // the shop-closed page: what a host whose key the gateway refuses is answered, shown as it came
  const closed = await closedShopAnswer(storefrontUrl);
  expect(closed.status === 503, `a shop whose key is refused answers 503 (got ${closed.status})`);
  await shop.setContent(closed.html, { waitUntil: 'load' });
  await shop.getByRole('heading', { name: 'The shop is unavailable right now', level: 1 }).waitFor();
  await shot(shop, 'state-storefront-shop-closed');

  // the signed-in shopper's account and one of their orders
  const account = await shopper.newPage();
  await account.goto(`${storefrontUrl}/account`);
  await heading(account, 'storefront account', expect);
  await shot(account, 'state-storefront-account');
  await account.locator('main a[href^="/account/orders/"]').first().click();
  await account.waitForURL(/\/account\/orders\/[^/]+$/);
  await heading(account, 'storefront order', expect);
  await shot(account, 'state-storefront-order');

  // closed only on success: the run screenshots every open page of a failed journey
  await account.close();
  await guest.close();
  await admin.close();
}
