import type { Browser, Page } from 'playwright-core';
import { type Api, call, signIn } from '../seed.ts';

export interface UiExtensionsJourneyDeps {
  browser: Browser;
  api: Api;
  adminUrl: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

type Errors = { errors: unknown[] };

/**
 * The owner adds a product-panel extension in Settings → Extensions (a schema with an HTML block is
 * refused under the schema field first); a draft product of its own (created here through the API)
 * shows the panel with its bound values, the panel's "Publish" button runs productStatusSet and the
 * status reads ACTIVE; with the tenant's admin.ui-extensions flag off the panel is gone (the flag is
 * turned back on at the end).
 */
export async function uiExtensionsJourney(deps: UiExtensionsJourneyDeps): Promise<void> {
  const { browser, api, adminUrl, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const stamp = Date.now().toString(36);
  const title = `Extension lamp ${stamp}`;
  const panelTitle = `Product facts ${stamp}`;
  const token = await signIn(api, deps.owner.email, deps.owner.password);
  const must = (what: string, payload: Errors) => {
    if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`);
  };
  const created = await call<{ productCreate: Errors & { product: { id: string } | null } }>(
    api,
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code field message } } }',
    {
      input: {
        handle: `extension-lamp-${stamp}`,
        title,
        status: 'DRAFT',
        variants: [{ sku: `LAMP-${stamp}`, title: 'Default' }],
      },
    },
    token,
  );
  must('product', created.productCreate);
  const productId = created.productCreate.product!.id;
  const setFlag = async (enabled: boolean) =>
    must(
      'flag',
      (
        await call<{ featureFlagSet: Errors }>(
          api,
          'mutation($input: FeatureFlagSetInput!) { featureFlagSet(input: $input) { errors { code field message } } }',
          { input: { key: 'admin.ui-extensions', enabled } },
          token,
        )
      ).featureFlagSet,
    );
  await setFlag(true);

  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await deps.signInAdmin(admin, deps.owner.email, deps.owner.password);
  await admin.goto(`${adminUrl}/settings`);
  await admin.getByRole('link', { name: 'Extensions', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/settings/extensions`);
  await admin.getByRole('heading', { name: 'Extensions', level: 1 }).waitFor();

  const form = admin.getByRole('form', { name: 'Add an extension' });
  await form.getByLabel('Where', { exact: true }).selectOption('PRODUCT_PANEL');
  await form.getByLabel('Title', { exact: true }).fill(panelTitle);
  await form.getByLabel('Schema (JSON)').fill(JSON.stringify({ blocks: [{ type: 'html', html: '<b>hi</b>' }] }));
  await form.getByRole('button', { name: 'Add extension' }).click();
  const schemaError = admin.locator('#extension-schema-error');
  await schemaError.waitFor();
  const refusal = (await schemaError.textContent()) ?? '';
  expect(
    refusal.startsWith('blocks.0.type:'),
    `the broken schema is refused under the field with its path (${refusal})`,
  );
  await shot(admin, 'admin-extension-schema-refused');

  const schema = {
    blocks: [
      {
        type: 'card',
        title: 'At a glance',
        children: [
          {
            type: 'fields',
            fields: [
              { label: 'Handle', path: 'product.handle' },
              { label: 'Status', path: 'product.status' },
            ],
          },
          { type: 'table', rows: 'product.variants', columns: [{ label: 'SKU', path: 'sku' }] },
          { type: 'button', label: 'Publish', mutation: 'productStatusSet', args: { status: 'ACTIVE' } },
        ],
      },
    ],
  };
  await form.getByLabel('Schema (JSON)').fill(JSON.stringify(schema, null, 2));
  await form.getByRole('button', { name: 'Add extension' }).click();
  await admin.getByText(`Saved “${panelTitle}”.`).waitFor();
  await admin.getByTestId(`extension-${panelTitle}`).waitFor();
  await shot(admin, 'admin-extension-created');

  const productPage = `${adminUrl}/catalog/${encodeURIComponent(productId)}`;
  await admin.goto(productPage);
  await admin.getByRole('heading', { name: title, level: 1 }).waitFor();
  const panel = admin.getByRole('region', { name: panelTitle });
  await panel.waitFor();
  const fieldValue = (label: string) => panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
  expect((await fieldValue('Handle').textContent()) === `extension-lamp-${stamp}`, 'the handle is bound');
  expect((await fieldValue('Status').textContent()) === 'DRAFT', 'the status is bound (DRAFT)');
  await panel.getByRole('cell', { name: `LAMP-${stamp}` }).waitFor();
  await shot(admin, 'admin-extension-product-panel');
  await panel.getByRole('button', { name: 'Publish' }).click();
  await panel.getByText('Publish: done.').waitFor();
  await admin.reload();
  await admin.getByRole('region', { name: panelTitle }).waitFor();
  const status = await admin
    .getByRole('region', { name: panelTitle })
    .locator('dt', { hasText: 'Status' })
    .locator('xpath=following-sibling::dd')
    .textContent();
  expect(status === 'ACTIVE', `the button ran productStatusSet (status ${status})`);
  await shot(admin, 'admin-extension-button-ran');

  await setFlag(false);
  try {
    // the flag may be cached for a moment: the panel goes within 15 s
    const deadline = Date.now() + 15_000;
    let gone = false;
    while (!gone && Date.now() < deadline) {
      await admin.goto(productPage);
      await admin.getByRole('heading', { name: title, level: 1 }).waitFor();
      gone = (await admin.getByRole('region', { name: panelTitle }).count()) === 0;
      if (!gone) await admin.waitForTimeout(1000);
    }
    expect(gone, 'with admin.ui-extensions off the panel is gone');
    await shot(admin, 'admin-extension-flag-off');
  } finally {
    await setFlag(true);
    await admin.close();
  }
}
