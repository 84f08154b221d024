import type { Page } from 'playwright-core';
import type { OwnerAndShopperJourney } from './journey-context.ts';

export interface CustomFieldsJourney extends OwnerAndShopperJourney {
  /** a seeded ACTIVE product: its admin page by id, its storefront page by handle */
  productId: string;
  /** a seeded order: its admin page gets the order field's value */
  orderId: string;
  /** a shopper account with an order of its own: sees the public customer and order fields */
  shopper: { email: string; password: string; orderId: string };
  signInShopper(page: Page, email: string, password: string): Promise<void>;
}

/**
 * The owner opens Settings → Custom fields, defines a text field shown on the storefront (a bad key
 * is refused under its field first), finds it in the list, opens a product: the form has an input
 * for it under "Custom fields"; sets a value and saves. A shopper sees "label: value" on the
 * product page. Then the owner switches Settings → Custom fields to Orders, defines a number field
 * with a minimum, and on an order's page types a value below it (refused under its input), then a
 * good one, which is saved and comes back after a reload. Last, public fields on the storefront: the
 * owner defines a customer field and an order field shown on the storefront and fills the order
 * field on a shopper's order; the shopper sets their own customer field on the account page (a value
 * below its minimum refused under it first) and reads the order field on their order page; the
 * owner then finds that shopper and that order by the values in the customers and orders lists.
 * On the way, the product page's custom fields follow a layout (`productFormLayout`).
 */
export async function customFieldsJourney(context: CustomFieldsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const suffix = Date.now().toString(36);
  const label = `Fabric ${suffix}`;
  const key = `fabric_${suffix}`;
  const value = 'Heavy linen, 300 g/m²';

  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.getByRole('link', { name: 'Custom fields', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/settings/custom-fields`);
  await admin.getByRole('heading', { name: 'Custom fields', level: 1 }).waitFor();

  const form = admin.getByRole('form', { name: 'Add a custom field' });
  await form.getByLabel('Label', { exact: true }).fill(label);
  await form.getByLabel(/^Key/).fill('Fabric Weight');
  await form.getByLabel('Type', { exact: true }).selectOption('TEXT');
  await form.getByLabel('Shown on', { exact: true }).selectOption('STOREFRONT');
  await form.getByRole('button', { name: 'Add field' }).click();
  await form.getByText(/^a key is 1 to 40 lower-case letters/).waitFor();
  await shot(admin, 'admin-custom-field-bad-key');
  await form.getByLabel(/^Key/).fill(key);
  await form.getByRole('button', { name: 'Add field' }).click();
  await admin.getByText(`Custom field ${label} created.`).waitFor();
  const row = admin.getByTestId('custom-field').filter({ hasText: key });
  await row.waitFor();
  expect((await row.textContent())?.includes('admin and storefront'), 'the field is listed as shown on the storefront');
  await shot(admin, 'admin-custom-field-created');

  await admin.goto(`${adminUrl}/catalog/${encodeURIComponent(context.productId)}`);
  await admin.getByRole('heading', { name: context.productTitle, level: 1 }).waitFor();
  const section = admin.getByTestId('product-custom-fields');
  const input = section.getByLabel(label, { exact: true });
  await input.waitFor();
  await input.fill(value);
  await shot(admin, 'admin-product-custom-field');
  await admin.getByRole('button', { name: 'Save product' }).click();
  await admin.getByText('Product saved.').waitFor();
  await admin.reload();
  expect(
    (await admin.getByTestId('product-custom-fields').getByLabel(label, { exact: true }).inputValue()) === value,
    'the saved value is back in the form',
  );
  await productFormLayout(context, admin, { key, label, value, suffix });

  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  const shown = page.getByTestId('product-custom-fields');
  await shown.getByText(label, { exact: true }).waitFor();
  await shown.getByText(value, { exact: true }).waitFor();
  await shot(page, 'storefront-custom-field');
  await shopper.close();

  // the same on orders: a field of its own entity, edited on the order's page
  const boxes = `Boxes ${suffix}`;
  await admin.goto(`${adminUrl}/settings/custom-fields`);
  await admin.getByRole('navigation', { name: 'What the fields are on' }).getByRole('link', { name: 'Orders' }).click();
  await admin.waitForURL(`${adminUrl}/settings/custom-fields?entity=ORDER`);
  await admin.getByRole('heading', { name: 'Add a custom field on orders' }).waitFor();
  const orderForm = admin.getByRole('form', { name: 'Add a custom field' });
  await orderForm.getByLabel('Label', { exact: true }).fill(boxes);
  await orderForm.getByLabel(/^Key/).fill(`boxes_${suffix}`);
  await orderForm.getByLabel('Type', { exact: true }).selectOption('NUMBER');
  await orderForm.getByLabel(/^Minimum/).fill('1');
  await orderForm.getByRole('button', { name: 'Add field' }).click();
  await admin.getByText(`Custom field ${boxes} created.`).waitFor();
  await admin.getByRole('table', { name: 'Custom fields on orders' }).getByText(`boxes_${suffix}`).waitFor();
  await shot(admin, 'admin-order-custom-field-created');

  await admin.goto(`${adminUrl}/orders/${encodeURIComponent(context.orderId)}`);
  const panel = admin.getByTestId('custom-fields-panel');
  const boxesInput = panel.getByLabel(boxes, { exact: true });
  await boxesInput.fill('0');
  await panel.getByRole('button', { name: 'Save custom fields' }).click();
  await panel.getByText(`${boxes} is below 1`).waitFor();
  await shot(admin, 'admin-order-custom-field-refused');
  await panel.getByLabel(boxes, { exact: true }).fill('3');
  await panel.getByRole('button', { name: 'Save custom fields' }).click();
  await panel.getByText('Custom fields saved.').waitFor();
  await admin.reload();
  expect(
    (await admin.getByTestId('custom-fields-panel').getByLabel(boxes, { exact: true }).inputValue()) === '3',
    'the order keeps the saved value',
  );
  await shot(admin, 'admin-order-custom-field-saved');
  await publicFields(context, admin, suffix);
  await admin.close();
}

async function defineField(
  admin: Page,
  adminUrl: string,
  entity: { param: string; name: string },
  field: { label: string; key: string; type: string; min?: string },
) {
  await admin.goto(`${adminUrl}/settings/custom-fields?entity=${entity.param}`);
  await admin.getByRole('heading', { name: `Add a custom field on ${entity.name}` }).waitFor();
  const form = admin.getByRole('form', { name: 'Add a custom field' });
  await form.getByLabel('Label', { exact: true }).fill(field.label);
  await form.getByLabel(/^Key/).fill(field.key);
  await form.getByLabel('Type', { exact: true }).selectOption(field.type);
  await form.getByLabel('Shown on', { exact: true }).selectOption('STOREFRONT');
  if (field.min) await form.getByLabel(/^Minimum/).fill(field.min);
  await form.getByRole('button', { name: 'Add field' }).click();
  await admin.getByText(`Custom field ${field.label} created.`).waitFor();
}

async function publicFields(context: CustomFieldsJourney, admin: Page, suffix: string): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const size = `Shoe size ${suffix}`;
  const note = `Gift note ${suffix}`;
  const noteKey = `gift_note_${suffix}`;
  await defineField(
    admin,
    adminUrl,
    { param: 'CUSTOMER', name: 'customers' },
    { label: size, key: `shoe_size_${suffix}`, type: 'NUMBER', min: '30' },
  );
  await defineField(admin, adminUrl, { param: 'ORDER', name: 'orders' }, { label: note, key: noteKey, type: 'TEXT' });
  await admin.goto(`${adminUrl}/orders/${encodeURIComponent(context.shopper.orderId)}`);
  const panel = admin.getByTestId('custom-fields-panel');
  await panel.getByLabel(note, { exact: true }).fill('Wrap it in blue');
  await panel.getByRole('button', { name: 'Save custom fields' }).click();
  await panel.getByText('Custom fields saved.').waitFor();

  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await context.signInShopper(page, context.shopper.email, context.shopper.password);
  await page.goto(`${storefrontUrl}/account`);
  const details = page.getByRole('form', { name: 'Your details' });
  await details.getByLabel(size).fill('12');
  await details.getByRole('button', { name: 'Save details' }).click();
  await details.getByText(`${size} is below 30`).waitFor();
  await shot(page, 'storefront-account-field-refused');
  await details.getByLabel(size).fill('42');
  await details.getByRole('button', { name: 'Save details' }).click();
  await page.getByText('Your details are saved.').waitFor();
  await page.reload();
  expect(
    (await page.getByRole('form', { name: 'Your details' }).getByLabel(size).inputValue()) === '42',
    "the shopper's value is back after a reload",
  );
  await shot(page, 'storefront-account-field-saved');

  await page.goto(`${storefrontUrl}/account/orders/${encodeURIComponent(context.shopper.orderId)}`);
  await page.getByTestId(`order-field-${noteKey}`).filter({ hasText: 'Wrap it in blue' }).waitFor();
  await page.getByTestId('order-custom-fields').getByText(note, { exact: true }).waitFor();
  await shot(page, 'storefront-order-field');
  await shopper.close();

  // the admin's lists by a field: this shopper by their value, their order by its note
  await admin.goto(`${adminUrl}/customers`);
  const shoppers = admin.getByRole('form', { name: 'Filter shoppers' });
  await shoppers.getByLabel('Custom field').selectOption({ label: size });
  await shoppers.getByLabel('Field value').fill('42');
  await shoppers.getByRole('button', { name: 'Filter' }).click();
  await admin.getByRole('heading', { name: 'Shoppers (1)' }).waitFor();
  await admin.getByRole('table', { name: 'Shoppers with an account' }).getByText(context.shopper.email).waitFor();
  await shot(admin, 'admin-customers-by-field');
  await admin.goto(`${adminUrl}/orders`);
  const orders = admin.getByRole('form', { name: 'Filter orders' });
  await orders.getByLabel('Custom field').selectOption({ label: note });
  await orders.getByLabel('Field value').fill('Wrap it in blue');
  await orders.getByRole('button', { name: 'Filter' }).click();
  await admin.getByText('1 order, newest first.').waitFor();
  expect(
    (await admin.getByRole('table', { name: 'Orders' }).textContent())?.includes(context.shopper.email),
    "the filtered list is the shopper's order",
  );
  await shot(admin, 'admin-orders-by-field');
}

/**
 * The product form's layout (Settings → Extensions, "Product page: custom fields layout"): the
 * layouts in place (the demo's) are disabled, a layout naming a key no product field has is refused
 * under the schema before it reaches the API, one with the new field in a titled section is saved;
 * the product page's custom fields then show that section with the field (and its value) in it, the
 * fields the layout does not name under "Other fields".
 */
async function productFormLayout(
  context: CustomFieldsJourney,
  admin: Page,
  field: { key: string; label: string; value: string; suffix: string },
): Promise<void> {
  const { adminUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const sectionTitle = `Fabric details ${field.suffix}`;
  const layoutTitle = `Fabric layout ${field.suffix}`;
  await admin.goto(`${adminUrl}/settings/extensions`);
  await admin.getByRole('heading', { name: 'Extensions', level: 1 }).waitFor();
  const enabledLayouts = () =>
    admin
      .getByRole('row')
      .filter({ hasText: 'Product page: custom fields layout' })
      .filter({ has: admin.getByRole('button', { name: 'Disable', exact: true }) });
  for (let left = await enabledLayouts().count(); left > 0; left -= 1) {
    await enabledLayouts().first().getByRole('button', { name: 'Disable', exact: true }).click();
    const deadline = Date.now() + 15_000;
    while ((await enabledLayouts().count()) >= left && Date.now() < deadline) await admin.waitForTimeout(200);
  }
  const form = admin.getByRole('form', { name: 'Add an extension' });
  const layout = (keys: string[]) =>
    JSON.stringify({ blocks: [{ type: 'form', sections: [{ title: sectionTitle, fields: keys }] }] });
  await form.getByLabel('Where', { exact: true }).selectOption('PRODUCT_FORM');
  await form.getByLabel('Title', { exact: true }).fill(layoutTitle);
  await form.getByLabel('Schema (JSON)').fill(layout([field.key, 'no_such_field']));
  await form.getByRole('button', { name: 'Add extension' }).click();
  const schemaError = admin.locator('#extension-schema-error');
  await schemaError.waitFor();
  const refusal = (await schemaError.textContent()) ?? '';
  expect(
    refusal.includes('blocks.0.sections.0.fields.1: no product custom field has the key “no_such_field”'),
    `an unknown key is refused under the schema with its place (${refusal})`,
  );
  await shot(admin, 'admin-product-form-layout-refused');
  await form.getByLabel('Schema (JSON)').fill(layout([field.key]));
  await form.getByRole('button', { name: 'Add extension' }).click();
  await admin.getByText(`Saved “${layoutTitle}”.`).waitFor();
  await admin.getByTestId(`extension-${layoutTitle}`).waitFor();

  await admin.goto(`${adminUrl}/catalog/${encodeURIComponent(context.productId)}`);
  await admin.getByRole('heading', { name: context.productTitle, level: 1 }).waitFor();
  const card = admin.getByTestId('product-custom-fields');
  const section = card.getByRole('group', { name: sectionTitle, exact: true });
  await section.waitFor();
  expect(
    (await section.getByLabel(field.label, { exact: true }).inputValue()) === field.value,
    'the layout’s section holds the field, with its value',
  );
  const legends = await card.locator('legend').allTextContents();
  expect(
    legends.indexOf(sectionTitle) === 1 && (legends.length === 2 || legends.at(-1) === 'Other fields'),
    `the layout's section comes first, the fields it does not name last under "Other fields" (${legends.join(' | ')})`,
  );
  await shot(admin, 'admin-product-form-layout');

  // the product page's layout may place the product's own fields too: then it arranges the whole form
  await admin.goto(`${adminUrl}/settings/extensions`);
  await admin.getByTestId(`extension-${layoutTitle}`).getByRole('button', { name: 'Disable', exact: true }).click();
  for (const deadline = Date.now() + 15_000; (await enabledLayouts().count()) > 0 && Date.now() < deadline; ) {
    await admin.waitForTimeout(200);
  }
  const wholeTitle = `Whole product form ${field.suffix}`;
  await form.getByLabel('Where', { exact: true }).selectOption('PRODUCT_FORM');
  await form.getByLabel('Title', { exact: true }).fill(wholeTitle);
  await form.getByLabel('Schema (JSON)').fill(
    JSON.stringify({
      blocks: [
        {
          type: 'form',
          sections: [
            { title: 'Basics', fields: ['@title', '@status'] },
            { title: sectionTitle, fields: [field.key] },
          ],
        },
      ],
    }),
  );
  await form.getByRole('button', { name: 'Add extension' }).click();
  await admin.getByText(`Saved “${wholeTitle}”.`).waitFor();
  await admin.goto(`${adminUrl}/catalog/${encodeURIComponent(context.productId)}`);
  await admin.getByRole('heading', { name: context.productTitle, level: 1 }).waitFor();
  const sections = admin.getByTestId('product-form-section');
  await sections.first().waitFor();
  const basics = admin.getByRole('group', { name: 'Basics', exact: true });
  expect(
    (await basics.getByLabel('Title', { exact: true }).inputValue()) === context.productTitle &&
      (await basics.getByLabel('Status', { exact: true }).count()) === 1,
    'the "Basics" section holds the product’s title (with its value) and status',
  );
  const sectionLegends = await sections.locator(':scope > legend').allTextContents();
  expect(
    sectionLegends[0] === 'Basics' && sectionLegends[1] === sectionTitle,
    `the layout's sections in its order (${sectionLegends.join(' | ')})`,
  );
  const handle = admin.getByLabel('Handle (URL)', { exact: true });
  expect(
    (await handle.count()) === 1 && (await sections.getByLabel('Handle (URL)', { exact: true }).count()) === 0,
    'the own fields the layout leaves out stay on the form, before its sections',
  );
  await shot(admin, 'admin-product-form-whole-layout');
}
