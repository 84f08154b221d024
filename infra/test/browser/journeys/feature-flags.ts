import type { Page } from 'playwright-core';
import type { OwnerJourney } from './journey-context.ts';

export interface FeatureFlagsJourney extends OwnerJourney {
  storefrontUrl: string;
}

const FLAG = 'storefront.recently-viewed';
/** the API caches a tenant's flags for 5 s; a change may take that long to show */
const FLAG_WAIT_MS = 20_000;

/** Reloads `url` until `visible` says the strip is (or is not) there, for at most FLAG_WAIT_MS. */
async function reloadUntil(page: Page, url: string, shown: boolean): Promise<boolean> {
  const deadline = Date.now() + FLAG_WAIT_MS;
  for (;;) {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if ((await page.getByTestId('recently-viewed').count()) > 0 === shown) return true;
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(1_000);
  }
}

async function setFlag(admin: Page, adminUrl: string, enabled: boolean) {
  // a fresh page: the form carries the version it read
  await admin.goto(`${adminUrl}/settings`);
  const form = admin.getByRole('form', { name: `Change flag ${FLAG}` });
  await form.getByLabel(`State of ${FLAG}`).selectOption(enabled ? 'true' : 'false');
  await form.getByRole('button', { name: 'Save' }).click();
  await admin.getByText(`Flag ${FLAG} saved.`).first().waitFor();
}

/**
 * The demo's `storefront.recently-viewed` flag starts off: a shopper who looks at two products sees
 * no "Recently viewed" strip. The owner turns it on in Settings → Feature flags; reloading the second
 * product (bounded by the API's flag cache) shows the strip with the first product, which links to
 * it. The owner turns it off again and the strip goes.
 */
export async function featureFlagsJourney(context: FeatureFlagsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;

  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  // two products from the storefront's home page, their titles as their pages say them
  await page.goto(storefrontUrl);
  const hrefs = await page
    .locator('a[href^="/products/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  expect(hrefs.length >= 2, `the home page links two products (got ${hrefs.length})`);
  const [firstUrl, secondUrl] = hrefs.slice(0, 2).map((href) => `${storefrontUrl}${href}`) as [string, string];
  const titleOf = async (url: string) => {
    await page.goto(url);
    return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  };
  const first = { title: await titleOf(firstUrl) };
  const second = { title: await titleOf(secondUrl) };
  expect(first.title && second.title && first.title !== second.title, 'two products with different titles');

  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.goto(`${adminUrl}/settings`);
  const row = admin.getByRole('row').filter({ hasText: FLAG });
  await row.waitFor();
  const state = (await row.getByRole('cell').nth(1).textContent())?.trim();
  expect(state === 'off', `the demo has ${FLAG}, off (got ${state})`);

  // still off: a shopper who looked at both sees no strip
  await page.goto(firstUrl);
  await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
  await page.goto(secondUrl);
  await page.getByRole('heading', { name: second.title, level: 1 }).waitFor();
  expect((await page.getByTestId('recently-viewed').count()) === 0, 'no strip while the flag is off');
  await shot(page, 'storefront-flag-off');

  await setFlag(admin, adminUrl, true);
  await shot(admin, 'admin-flag-on');
  expect(await reloadUntil(page, firstUrl, true), 'the strip shows within the flag cache once the flag is on');
  // the first visit with the flag on remembers this product; the second product then lists it
  await page.goto(secondUrl);
  const strip = page.getByTestId('recently-viewed');
  const link = strip.getByRole('link', { name: first.title });
  await link.waitFor();
  await shot(page, 'storefront-recently-viewed');
  await link.click();
  await page.waitForURL(firstUrl);
  await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
  await page.getByTestId('recently-viewed').getByRole('link', { name: second.title }).waitFor();

  await setFlag(admin, adminUrl, false);
  expect(await reloadUntil(page, secondUrl, false), 'the strip goes within the flag cache once the flag is off');
  await shot(page, 'storefront-flag-off-again');
  await shopper.close();
  await admin.close();
}
