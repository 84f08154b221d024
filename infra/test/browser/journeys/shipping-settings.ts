import type { OwnerAndShopperJourney } from './journey-context.ts';

export type ShippingSettingsJourney = OwnerAndShopperJourney;

/**
 * The owner sets the order number prefix on Settings (a bad one refused under its field) and clears
 * it again, opens Settings → Shipping, finds the demo's EU, US and UK zones, adds a zone for
 * Switzerland with one method (a second zone naming CH is refused under its countries), and sees the
 * method listed; a shopper checking out to Switzerland is offered exactly that method, at its price.
 * The owner then deletes the method (asked first) and the zone.
 */
export async function shippingSettingsJourney(context: ShippingSettingsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const zoneName = `Switzerland ${Date.now().toString(36)}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  // the order number prefix sits beside the link: a bad one is refused under its field, then set and cleared
  const numbering = admin.getByRole('form', { name: 'Order numbers' });
  await numbering.getByLabel(/^Order number prefix/).fill('A B');
  await numbering.getByRole('button', { name: 'Save order number prefix' }).click();
  await numbering.getByText(/^A prefix is up to 12/).waitFor();
  await numbering.getByLabel(/^Order number prefix/).fill('DS-');
  await numbering.getByRole('button', { name: 'Save order number prefix' }).click();
  await admin.getByText('Orders placed from now on are numbered DS-…').waitFor();
  await admin.getByLabel(/^Order number prefix .*the next order is DS-\d+/).waitFor();
  await shot(admin, 'admin-order-number-prefix');
  await numbering.getByLabel(/^Order number prefix/).fill('');
  await numbering.getByRole('button', { name: 'Save order number prefix' }).click();
  await admin.getByText('Order numbers have no prefix now.').waitFor();

  await admin.getByRole('link', { name: 'Shipping zones and methods' }).click();
  await admin.waitForURL(`${adminUrl}/settings/shipping`);
  await admin.getByRole('heading', { name: 'Shipping', level: 1 }).waitFor();
  for (const demoZone of ['EU', 'US', 'UK']) {
    await admin.getByRole('heading', { name: demoZone, exact: true }).waitFor();
  }
  const eu = admin.getByRole('table', { name: 'Methods of EU' });
  expect((await eu.textContent())?.includes('€150.00'), 'the demo EU standard method is free from €150.00');
  await shot(admin, 'admin-shipping-demo-zones');

  const newZone = admin.getByRole('form', { name: 'Add a shipping zone' });
  await newZone.getByLabel('Name').fill(zoneName);
  await newZone.getByLabel(/^Countries/).fill('ch');
  await newZone.getByRole('button', { name: 'Add zone' }).click();
  await admin.getByText(`Zone “${zoneName}” added.`).waitFor();
  const zone = admin.getByRole('region', { name: zoneName });
  await zone.getByTestId('shipping-zone-countries').filter({ hasText: 'CH' }).waitFor();

  const addMethod = zone.getByRole('form', { name: `Add a method to ${zoneName}` });
  await addMethod.getByLabel(/^Code/).fill('swiss-post');
  await addMethod.getByLabel('Name').fill('Swiss Post');
  await addMethod.getByLabel(/^Currency/).fill('EUR');
  await addMethod.getByLabel(/^Price/).fill('9.90');
  await addMethod.getByLabel('Delivery: earliest day').fill('3');
  await addMethod.getByLabel('Delivery: latest day').fill('5');
  await addMethod.getByRole('button', { name: 'Add method' }).click();
  await admin.getByText('Method “Swiss Post” added.').waitFor();
  const methods = zone.getByRole('table', { name: `Methods of ${zoneName}` });
  const row = methods.getByRole('row').filter({ hasText: 'swiss-post' });
  await row.waitFor();
  expect((await row.textContent())?.includes('€9.90'), `the method's price is listed (${await row.textContent()})`);
  await shot(admin, 'admin-shipping-zone-added');

  // a country is in one zone only: the API's error sits under the countries field
  const again = admin.getByRole('form', { name: 'Add a shipping zone' });
  await again.getByLabel('Name').fill('Swiss again');
  await again.getByLabel(/^Countries/).fill('CH, LI');
  await again.getByRole('button', { name: 'Add zone' }).click();
  await again.getByText(/Already in another zone: CH/).waitFor();
  await shot(admin, 'admin-shipping-country-taken');

  // a shopper sending the cart to Switzerland is offered the new method and only it
  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText('Added to your cart (1 item)').waitFor();
  await page.goto(`${storefrontUrl}/checkout?country=CH`);
  const shippingGroup = page.getByRole('group', { name: 'Shipping method' });
  await shippingGroup.waitFor();
  const swissPost = shippingGroup.getByRole('radio', { name: /^Swiss Post/ });
  await swissPost.waitFor();
  expect(await swissPost.isChecked(), 'the only method offered is preselected');
  expect((await shippingGroup.getByRole('radio').count()) === 1, 'no other method reaches Switzerland');
  await page.getByTestId('checkout-shipping').filter({ hasText: '9.90' }).waitFor();
  await shot(page, 'storefront-checkout-swiss-post');
  await shopper.close();

  // deleting asks first; the zone goes the same way
  await admin.reload();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = admin.getByRole('dialog', { name: /^Delete Swiss Post \(EUR\)/ });
  await confirm.getByRole('button', { name: 'Delete method' }).click();
  // the row and its form go with the method, so the page itself is the feedback
  await zone.getByText("No methods: this zone's destinations cannot check out.").waitFor();
  await zone.getByText(`Edit or delete the zone ${zoneName}`).click();
  await zone.getByRole('button', { name: 'Delete zone' }).click();
  await admin
    .getByRole('dialog', { name: new RegExp(`^Delete the zone ${zoneName}`) })
    .getByRole('button', { name: 'Delete zone' })
    .click();
  await admin.getByRole('region', { name: zoneName }).waitFor({ state: 'detached' });
  await shot(admin, 'admin-shipping-zone-deleted');
  await admin.close();
}
