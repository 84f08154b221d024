import type { Browser, Page } from 'playwright-core';

export interface PluginsJourney {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  /** a seeded product the storefront sells in EUR */
  productHandle: string;
  productTitle: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The owner opens Settings → Plugins, finds the demo's minimum-order-value validator installed but
 * disabled, configures it in the form generated from its configSchema (a minimum below 1 is refused
 * under its field by the API), and enables it. A shopper below the minimum sees the plugin's message
 * at checkout and no order is placed. The owner disables it again (asked first), so the demo's other
 * journeys check out as before. Then the owner enables the demo's bulk-tier-discount price plugin
 * (10 % off a line of 3 or more): a shopper with 3 in the cart sees the discount and the plugin's
 * reason on the line, again in the checkout's summary and, once placed, on the confirmation (the
 * reason on its line, the discount in its totals) and the owner's order page (with the order panel its
 * manifest declares, whose "Recalculate tier" button runs the plugin's admin action and shows its
 * answer beside the button); the owner disables it again.
 */
export async function pluginsJourney(context: PluginsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.goto(`${adminUrl}/settings`);
  await admin.getByRole('link', { name: 'Plugins', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/settings/plugins`);
  await admin.getByRole('heading', { name: 'Plugins', level: 1 }).waitFor();
  const listed = admin.getByTestId('plugin-minimum-order-value');
  expect((await listed.textContent())?.includes('disabled'), 'the demo plugin is installed and disabled');
  await shot(admin, 'admin-plugins-list');
  await listed.getByRole('link', { name: 'minimum-order-value' }).click();
  await admin.getByRole('heading', { name: 'minimum-order-value', level: 1 }).waitFor();

  // a million euros: every seeded product is below it
  const form = admin.getByRole('form', { name: 'Plugin configuration' });
  await form.getByLabel(/^Minimum subtotal/).fill('0');
  await form.getByRole('button', { name: 'Save configuration' }).click();
  await form.getByText(/must be >= 1/).waitFor();
  await shot(admin, 'admin-plugin-config-refused');
  await form.getByLabel(/^Minimum subtotal/).fill('100000000');
  await form.getByLabel(/^Currency/).fill('EUR');
  await form.getByRole('button', { name: 'Save configuration' }).click();
  await admin.getByText('Configuration saved.').waitFor();
  await admin.getByRole('form', { name: 'Enable' }).getByRole('button', { name: 'Enable' }).click();
  await admin.getByTestId('plugin-state').filter({ hasText: 'enabled' }).waitFor();
  await shot(admin, 'admin-plugin-enabled');

  try {
    const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await shopper.newPage();
    await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
    await page.getByRole('heading', { name: context.productTitle }).waitFor();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText(/^Added to your cart/).waitFor();
    await page.goto(`${storefrontUrl}/checkout?country=DE`);
    await placeOrderAs(page, { email: 'minimum@example.com', name: 'Plugin Shopper', street: 'Hauptstraße 1' });
    await page.getByRole('alert').filter({ hasText: 'Orders start at 1000000.00 EUR' }).waitFor();
    expect(!page.url().includes('/confirmation'), 'no order was placed');
    await shot(page, 'storefront-checkout-plugin-refused');
    await shopper.close();

    // the refusal reaches the plugin's log a moment later (the runner reports in batches)
    const logged = admin.getByRole('table').filter({ hasText: 'Orders start at 1000000.00 EUR' });
    for (let attempt = 0; attempt < 30 && !(await logged.count()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await admin.reload();
    }
    await logged.waitFor({ timeout: 5_000 });
    await shot(admin, 'admin-plugin-log');
  } finally {
    await admin.getByRole('form', { name: 'Disable' }).getByRole('button', { name: 'Disable' }).click();
    await admin
      .getByRole('dialog', { name: /^Disable minimum-order-value/ })
      .getByRole('button', { name: 'Disable' })
      .click();
    await admin.getByTestId('plugin-state').filter({ hasText: 'disabled' }).waitFor();
  }
  try {
    await bulkTier(context, admin);
  } finally {
    await admin.close();
  }
}

const BULK_REASON = '10% off for 3 or more';

async function bulkTier(context: PluginsJourney, admin: Page): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  await admin.goto(`${adminUrl}/settings/plugins`);
  const listed = admin.getByTestId('plugin-bulk-tier-discount');
  expect((await listed.textContent())?.includes('disabled'), 'the demo price plugin is installed and disabled');
  await listed.getByRole('link', { name: 'bulk-tier-discount' }).click();
  await admin.getByRole('heading', { name: 'bulk-tier-discount', level: 1 }).waitFor();
  const pluginPage = admin.url();
  await admin.getByRole('form', { name: 'Enable' }).getByRole('button', { name: 'Enable' }).click();
  await admin.getByTestId('plugin-state').filter({ hasText: 'enabled' }).waitFor();
  try {
    const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await shopper.newPage();
    await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
    await page.getByRole('heading', { name: context.productTitle }).waitFor();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText(/^Added to your cart/).waitFor();
    await page.goto(`${storefrontUrl}/cart`);
    // the cart's one line: its title carries the variant ("… – Size M")
    await page.getByRole('spinbutton', { name: /^Quantity of / }).fill('3');
    await page.getByRole('button', { name: 'Update' }).click();
    // the plugin's discount and its reason on the line (other replicas learn of the enabling within seconds)
    const reason = page.getByTestId('cart-line-adjustment').filter({ hasText: BULK_REASON });
    for (let attempt = 0; attempt < 15 && !(await reason.count()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.reload();
    }
    await reason.waitFor({ timeout: 5_000 });
    expect(await page.locator('s.muted').count(), 'the line total is struck through for the discounted one');
    await shot(page, 'storefront-cart-bulk-tier');
    await page.goto(`${storefrontUrl}/checkout?country=DE`);
    await page.getByTestId('checkout-line-adjustment').filter({ hasText: BULK_REASON }).waitFor();
    await page.getByTestId('checkout-discount').waitFor();
    await shot(page, 'storefront-checkout-bulk-tier');
    // placed: the confirmation keeps the reason on the line and the discount in the totals
    await placeOrderAs(page, { email: 'bulk@example.com', name: 'Bulk Shopper', street: 'Hauptstraße 3' });
    await page.waitForURL(/\/checkout\/confirmation/);
    await page.getByTestId('order-line-adjustment').filter({ hasText: BULK_REASON }).waitFor();
    // (the confirmation's totals carry no test ids: its summary marks the total elsewhere)
    await page.locator('dl.totals').getByText('Discount', { exact: true }).waitFor();
    await page.locator('dl.totals').getByText(/^−/).waitFor();
    await shot(page, 'storefront-confirmation-bulk-tier');
    const orderId = (await page.getByTestId('order-number').getAttribute('data-order-id')) ?? '';
    await shopper.close();
    // the owner's order page: the reason on the line and a Discount row in the totals
    await admin.goto(`${adminUrl}/orders/${encodeURIComponent(orderId)}`);
    await admin.getByTestId('order-line-adjustment').filter({ hasText: BULK_REASON }).waitFor();
    await admin
      .getByTestId('order-totals')
      .getByRole('row', { name: /^Discount/ })
      .waitFor();
    // the panel the plugin's manifest declares, shown while it is enabled
    const panel = admin.getByRole('region', { name: 'Bulk pricing' });
    await panel.getByText(/discounted by the bulk-tier-discount plugin/).waitFor();
    await shot(admin, 'admin-order-bulk-tier');
    // its button runs the plugin's admin action: the plugin's answer beside the button, announced
    await panel.getByRole('button', { name: 'Recalculate tier' }).click();
    const answer = panel.getByRole('status').filter({ hasText: /^Tiers for order / });
    await answer.waitFor();
    const answered = (await answer.textContent()) ?? '';
    expect(
      answered.includes('10% off from 3, 15% off from 10'),
      `the plugin's action answered from its configuration (${answered})`,
    );
    await shot(admin, 'admin-order-plugin-action');
  } finally {
    if (admin.url() !== pluginPage) await admin.goto(pluginPage);
    await admin.getByRole('form', { name: 'Disable' }).getByRole('button', { name: 'Disable' }).click();
    await admin
      .getByRole('dialog', { name: /^Disable bulk-tier-discount/ })
      .getByRole('button', { name: 'Disable' })
      .click();
    await admin.getByTestId('plugin-state').filter({ hasText: 'disabled' }).waitFor();
  }
}

/** The checkout form as a guest in Berlin fills it, paid with the approved test card. */
async function placeOrderAs(page: Page, shopper: { email: string; name: string; street: string }): Promise<void> {
  await page.getByLabel('Email').fill(shopper.email);
  await page.getByLabel('Full name').fill(shopper.name);
  await page.getByLabel('Address', { exact: true }).fill(shopper.street);
  await page.getByLabel('Postal code').fill('10115');
  await page.getByLabel('City').fill('Berlin');
  await page.getByLabel('Test card — approved').check();
  await page.getByRole('button', { name: 'Place order' }).click();
}
