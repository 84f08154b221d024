import type { Page } from 'playwright-core';
import type { OwnerJourney } from './journey-context.ts';

export interface AdminPhoneJourney extends OwnerJourney {
  /** `<code> — <name>` of the warehouse the journey's variant is stocked in */
  warehouseLabel: string;
  /** places an order of the journey's product for `email` (the seed API, as a shopper would) */
  placeOrder(email: string): Promise<{ id: string }>;
}

/** A phone held upright (an iPhone 12–15 sized viewport). */
export const PHONE = { width: 390, height: 844 };

/** "3 Dec 2026, 14:05 UTC": a day, a month's name, a year, a 24-hour time and the zone (apps/admin/src/lib/time.ts). */
const ADMIN_TIME = /\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} (UTC|GMT[+-]\d+|[A-Z]{3,4})\b/;
/** A table cell holding one such time and nothing else. */
const ADMIN_TIME_CELL = new RegExp(`^${ADMIN_TIME.source}$`);

/**
 * The page does not scroll sideways: `scrollWidth <= innerWidth`. On failure it names the elements
 * that stick out (those not inside a scrolling container), so the culprit is found from the log.
 */
async function noSidewaysScroll(page: Page, what: string, expect: AdminPhoneJourney['expect']) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const clipped = (element: Element | null): boolean => {
      // an absolutely placed box escapes a scrolling ancestor that is not its containing block
      if (element && ['absolute', 'fixed'].includes(getComputedStyle(element).position)) return false;
      for (let node = element?.parentElement; node; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} (${element.getBoundingClientRect().right}px)`,
      );
    // nothing sticks out on its own (an absolutely placed or transformed box, say): name the widest
    const widest = [...document.querySelectorAll('body *')]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > window.innerWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ element, right }) => `${element.tagName.toLowerCase()}.${element.className}#${element.id} (${right}px)`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      culprits: wide.length ? wide : widest,
    };
  });
  expect(
    scrollWidth <= innerWidth,
    `${what}: the page is ${scrollWidth}px wide in a ${innerWidth}px window (sideways scrolling): ${culprits.join(', ')}`,
  );
}

/** Every visible button of `scope` is at least 24 × 24 px (WCAG 2.2 target size). */
async function targetsAtLeast24px(page: Page, what: string, expect: AdminPhoneJourney['expect']) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main select, .side-bar button, nav a, td a[href]')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24);
      })
      .map((element) => `${element.tagName.toLowerCase()} “${element.textContent?.trim().slice(0, 30)}”`),
  );
  expect(small.length === 0, `${what}: targets smaller than 24 px: ${small.join(', ')}`);
}

/**
 * The owner works from a phone (390 × 844): signs in, the navigation is a "Menu" button
 * (`aria-expanded`, closed) that opens it; Orders lists the order just placed; its page shows the
 * history in words and the times with their zone; it is confirmed, a shipment created, and the
 * Fulfillment queue packs and ships it with a tracking number, as on a desktop. Settings: a new
 * storefront key's secret is copied with the copy button ("Copied", the clipboard holds it), a
 * feature flag is created and changed in its own row (no version to type), and the audit log reads
 * in words. No page scrolls sideways, and buttons, menus and table links are at least 24 px.
 */
export async function adminPhoneJourney(context: AdminPhoneJourney): Promise<void> {
  const { browser, adminUrl, shot } = context;
  const expect: AdminPhoneJourney['expect'] = context.expect;
  const stamp = Date.now().toString(36);
  const email = `phone-${stamp}@example.com`;
  await context.placeOrder(email);

  const phone = await browser.newContext({
    viewport: PHONE,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    const page = await phone.newPage();
    await context.signInAdmin(page, context.owner.email, context.owner.password);
    await noSidewaysScroll(page, 'settings', expect);

    // the navigation is closed behind a button that says so
    const menu = page.getByRole('button', { name: 'Menu' });
    expect((await menu.getAttribute('aria-expanded')) === 'false', 'the menu starts closed on a phone');
    const sections = page.getByRole('navigation', { name: 'Sections' });
    expect(!(await sections.isVisible()), 'the closed menu hides the sections');
    await shot(page, 'admin-phone-menu-closed');
    await menu.click();
    expect((await menu.getAttribute('aria-expanded')) === 'true', 'the button says the menu is open');
    await sections.waitFor();
    await targetsAtLeast24px(page, 'the open menu', expect);
    await shot(page, 'admin-phone-menu-open');
    await sections.getByRole('link', { name: 'Orders' }).click();
    await page.waitForURL(`${adminUrl}/orders`);
    // following a link closes the menu again
    await page.waitForFunction(
      () => document.querySelector('.menu-button')?.getAttribute('aria-expanded') === 'false',
      undefined,
      { timeout: 5000 },
    );

    const row = page.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(
      (await row.getByRole('cell', { name: ADMIN_TIME_CELL }).count()) === 1,
      `the orders table shows when, with its zone (${rowText})`,
    );
    expect(
      (await row.getByRole('cell', { name: 'placed', exact: true }).count()) === 1,
      `the status is a plain word (${rowText})`,
    );
    await noSidewaysScroll(page, 'orders', expect);
    await targetsAtLeast24px(page, 'orders', expect);
    await shot(page, 'admin-phone-orders');
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: new RegExp(`^Order .+ for ${email.replace(/[.+]/g, '\\$&')}$`) }).waitFor();
    const history =
      (await page.getByRole('heading', { name: 'History' }).locator('xpath=following-sibling::ol[1]').textContent()) ??
      '';
    expect(/Order placed by /.test(history), `the history says who placed the order (${history})`);
    expect(!/[∅→]|publishable_key|api_key/.test(history), `the history has no symbols or API words (${history})`);
    expect(ADMIN_TIME.test(history), `the history's times carry their zone (${history})`);
    await noSidewaysScroll(page, 'the order', expect);
    await targetsAtLeast24px(page, 'the order', expect);
    await shot(page, 'admin-phone-order');

    // fulfilled as on a desktop (the fulfilment journey's steps): confirmed, a shipment from the warehouse
    if (await page.getByRole('button', { name: 'Confirm order' }).count()) {
      await page.getByRole('button', { name: 'Confirm order' }).click();
      await page.getByRole('button', { name: 'Create shipment' }).waitFor();
    }
    await page
      .getByRole('form', { name: 'Create a shipment' })
      .getByLabel('Ships from')
      .selectOption({ label: context.warehouseLabel });
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await page.getByRole('button', { name: 'Mark packed' }).waitFor();
    await noSidewaysScroll(page, 'the order with its shipment', expect);
    await shot(page, 'admin-phone-shipment-created');
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const orderNumber = /^Order (\S+) for /.exec(heading)?.[1] ?? '';
    expect(orderNumber, `the heading names the order number (${heading})`);

    // packed and shipped from the Fulfillment queue, reached through the menu
    await page.getByRole('button', { name: 'Menu' }).click();
    await sections.getByRole('link', { name: 'Fulfillment' }).click();
    await page.getByRole('heading', { name: 'Fulfillment', level: 1 }).waitFor();
    const toPack = page.getByRole('table', { name: /^To pack/ }).getByRole('row', { name: new RegExp(orderNumber) });
    await toPack.waitFor();
    await noSidewaysScroll(page, 'the fulfillment queue', expect);
    await targetsAtLeast24px(page, 'the fulfillment queue', expect);
    await shot(page, 'admin-phone-queue-to-pack');
    await toPack.getByRole('button', { name: 'Mark packed' }).click();
    const toShip = page.getByRole('table', { name: /^To ship/ }).getByRole('row', { name: new RegExp(orderNumber) });
    await toShip.waitFor();
    await toShip.getByLabel(`Tracking number for order ${orderNumber}`).fill(`PHONE-${stamp}`.toUpperCase());
    await toShip.getByRole('button', { name: 'Mark shipped' }).click();
    const shipped = page
      .getByRole('table', { name: /^Shipped recently/ })
      .getByRole('row', { name: new RegExp(orderNumber) });
    await shipped.getByText(`PHONE-${stamp}`.toUpperCase(), { exact: true }).waitFor();
    await noSidewaysScroll(page, 'the queue after shipping', expect);
    await shot(page, 'admin-phone-queue-shipped');
    await shipped.getByRole('link', { name: orderNumber, exact: true }).click();
    await page.getByTestId('shipment').filter({ hasText: 'shipped' }).waitFor();
    await noSidewaysScroll(page, 'the shipped order', expect);
    await shot(page, 'admin-phone-order-shipped');

    // Settings on a phone: a secret copied with one tap, a flag changed in its row, the audit log in words
    await page.goto(`${adminUrl}/settings`);
    const keyForm = page.getByRole('form', { name: 'New storefront key' });
    await keyForm.getByLabel('Name').fill(`Phone ${stamp}`);
    await keyForm.getByRole('button', { name: 'Create storefront key' }).click();
    const secret = ((await keyForm.getByTestId('secret').textContent()) ?? '').trim();
    expect(secret.startsWith('ucos_pk_'), `the new key is shown once (got ${secret})`);
    const copy = keyForm.getByRole('button', { name: 'Copy' });
    await copy.click();
    await keyForm.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied === secret, `the clipboard holds the secret (got ${copied})`);
    await noSidewaysScroll(page, 'settings with a new key', expect);
    await shot(page, 'admin-phone-key-copied');

    expect((await page.getByText(/Version you read/).count()) === 0, 'no "Version you read" field');
    const flagKey = `phone-${stamp}`;
    const newFlag = page.getByRole('form', { name: 'New flag' });
    await newFlag.getByLabel('Key').fill(flagKey);
    await newFlag.getByLabel('State').selectOption({ label: 'off' });
    await newFlag.getByRole('button', { name: 'Create flag' }).click();
    await newFlag.getByText(`Flag ${flagKey} saved.`).waitFor();
    const change = page.getByRole('form', { name: `Change flag ${flagKey}` });
    await change.waitFor();
    await change.getByLabel(`State of ${flagKey}`).selectOption({ label: 'on' });
    await change.getByLabel(`Rollout % of ${flagKey}`).fill('25');
    await change.getByRole('button', { name: 'Save' }).click();
    await change.getByText(`Flag ${flagKey} saved.`).waitFor();
    const flagRow = page.getByRole('row', { name: new RegExp(flagKey) });
    await flagRow.getByText('25 %').waitFor();
    await shot(page, 'admin-phone-flag-changed');

    await page.reload();
    const audit = page.getByRole('region', { name: 'Audit log' });
    const trail = (await audit.textContent()) ?? '';
    expect(/a staff member/.test(trail), `the audit log names who in words (${trail.slice(0, 300)})`);
    expect(/created a storefront key/.test(trail), `the audit log says what was done (${trail.slice(0, 300)})`);
    expect(
      !/\b(publishable_key|api_key|storefrontKeyCreate|featureFlagSet|SUCCESS|FAILURE)\b/.test(trail),
      `the audit log has no API words (${trail.slice(0, 300)})`,
    );
    expect(
      (await audit.getByRole('cell', { name: ADMIN_TIME_CELL }).count()) > 0,
      'the audit log gives times with their zone',
    );
    await noSidewaysScroll(page, 'settings', expect);
    await shot(page, 'admin-phone-settings');
  } finally {
    await phone.close();
  }
}
