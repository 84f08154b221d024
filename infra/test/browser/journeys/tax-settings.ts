import type { OwnerAndShopperJourney } from './journey-context.ts';

export type TaxSettingsJourney = OwnerAndShopperJourney;

/**
 * The owner opens Settings → Tax, finds the demo's tax-inclusive prices and its EU, UK and
 * California zones, adds a zone for Switzerland at 8.1 % (a rate that is not a percentage is refused
 * under its field, a second zone naming CH under its places), sees the rate listed, and deletes the
 * zone (asked first). A shopper's cart shows the VAT its prices include.
 */
export async function taxSettingsJourney(context: TaxSettingsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const zoneName = `Switzerland ${Date.now().toString(36)}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.getByRole('link', { name: 'Tax', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/settings/tax`);
  await admin.getByRole('heading', { name: 'Tax', level: 1 }).waitFor();
  const settings = (await admin.getByTestId('tax-settings').textContent()) ?? '';
  expect(settings.includes('include tax'), `the demo's prices include tax (got ${settings})`);
  for (const demoZone of ['European Union', 'United Kingdom', 'California']) {
    await admin.getByRole('heading', { name: demoZone, exact: true }).waitFor();
  }
  const eu = admin.getByRole('table', { name: 'Rates of European Union' });
  expect((await eu.textContent())?.includes('VAT 19%'), 'the EU zone charges VAT 19% on the standard class');
  await shot(admin, 'admin-tax-demo-zones');

  const newZone = admin.getByRole('form', { name: 'Add a tax zone' });
  await newZone.getByLabel('Name', { exact: true }).fill(zoneName);
  await newZone.getByLabel(/^Places/).fill('ch');
  await newZone.getByLabel('standard rate in % (blank: untaxed)').fill('eight');
  await newZone.getByRole('button', { name: 'Add zone' }).click();
  await newZone.getByText(/^Enter a percentage/).waitFor();
  await newZone.getByLabel('standard rate in % (blank: untaxed)').fill('8.1');
  await newZone.getByLabel('standard rate name (e.g. VAT 19%)').fill('MWST 8.1%');
  await newZone.getByRole('button', { name: 'Add zone' }).click();
  await admin.getByText(`Tax zone “${zoneName}” added.`).waitFor();
  const zone = admin.getByRole('region', { name: zoneName });
  await zone.getByTestId('tax-zone-places').filter({ hasText: 'CH' }).waitFor();
  const rate = zone
    .getByRole('table', { name: `Rates of ${zoneName}` })
    .getByRole('row')
    .filter({ hasText: 'MWST' });
  await rate.waitFor();
  expect((await rate.textContent())?.includes('8.1 %'), `the rate is listed (${await rate.textContent()})`);
  await shot(admin, 'admin-tax-zone-added');

  // a place is in one zone only: the API's error sits under the places field
  const again = admin.getByRole('form', { name: 'Add a tax zone' });
  await again.getByLabel('Name', { exact: true }).fill('Swiss again');
  await again.getByLabel(/^Places/).fill('CH, LI');
  await again.getByRole('button', { name: 'Add zone' }).click();
  await again.getByText(/Already in another tax zone: CH/).waitFor();

  // a shopper's cart: the demo prices include VAT, shown as such
  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(/^Added to your cart/).waitFor();
  await page.goto(`${storefrontUrl}/cart`);
  await page.getByTestId('cart-tax-line').filter({ hasText: 'incl. VAT 19%' }).waitFor();
  await shot(page, 'storefront-cart-incl-vat');
  await shopper.close();

  await zone.getByText(`Edit or delete the zone ${zoneName}`).click();
  await zone.getByRole('button', { name: 'Delete zone' }).click();
  await admin
    .getByRole('dialog', { name: new RegExp(`^Delete the tax zone ${zoneName}`) })
    .getByRole('button', { name: 'Delete zone' })
    .click();
  await admin.getByRole('region', { name: zoneName }).waitFor({ state: 'detached' });
  await shot(admin, 'admin-tax-zone-deleted');
  await admin.close();
}
