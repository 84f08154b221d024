import type { Browser, Page } from 'playwright-core';
import { type Api, call, signIn } from '../seed.ts';

export interface AdminTablesJourneyDeps {
  browser: Browser;
  adminUrl: string;
  api: Api;
  seeded: { productTitle: string; skus: string[]; warehouseCode: string; editableOrder: { email: string } };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * Issue 18 §6, §7. Inventory: the seeded product's stock found by its name and by a full SKU, with
 * the product's name in the row; the SKU column sorts descending from its header; stock adjusted
 * through the picker, which finds a variant that is not on the page by typing part of its SKU, and
 * the adjustment is the first of the recent movements; a transfer starts from two different
 * locations. Products: a full SKU finds its product; two drafts are selected and published in
 * one bulk action, exported as CSV, then deleted after the confirmation, leaving the empty state.
 * Orders: the seeded guest order found by its shipping name in any case; Customers: the guest listed
 * with a name and an order count, their name opening their orders.
 */
export async function adminTablesJourney({
  browser,
  adminUrl,
  api,
  seeded,
  signInAdmin,
  shot,
}: AdminTablesJourneyDeps) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    const [sku, otherSku] = seeded.skus as [string, string];

    // inventory: by product name, then by a full SKU
    await page.goto(`${adminUrl}/inventory`);
    const filter = page.getByRole('form', { name: 'Filter stock levels' });
    const search = filter.getByRole('searchbox', { name: 'Search stock' });
    expect(
      (await search.getAttribute('placeholder'))?.includes('SKU or product name'),
      'the search box says it searches SKUs and product names',
    );
    await search.fill(seeded.productTitle);
    await filter.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=/);
    const levels = page.getByRole('table', { name: 'Stock levels' });
    const level = levels.getByRole('row', { name: new RegExp(sku) }).first();
    await level.waitFor();
    expect(
      (await level.getByRole('cell', { name: seeded.productTitle, exact: true }).count()) === 1,
      'the level names its product',
    );
    await page.getByRole('searchbox', { name: 'Search stock' }).fill(otherSku.toLowerCase());
    await page.getByRole('form', { name: 'Filter stock levels' }).getByRole('button', { name: 'Filter' }).click();
    await page.getByText(/^1 variant matching/).waitFor();
    await levels
      .getByRole('row', { name: new RegExp(otherSku) })
      .first()
      .waitFor();
    await shot(page, 'admin-inventory-search-sku');

    // sorting from the header, on the server: SKU ascending is the default order, a click turns it
    await page.goto(`${adminUrl}/inventory`);
    await levels.getByRole('columnheader', { name: /^SKU/ }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await levels.getByRole('link', { name: /^SKU/ }).click();
    await page.waitForURL(/sort=sku&dir=desc/);
    const header = levels.getByRole('columnheader', { name: /^SKU/ });
    await header.and(page.locator('[aria-sort="descending"]')).waitFor();
    const shown = await levels.locator('tbody tr td:nth-child(3) code').allTextContents();
    expect(
      shown.length > 1 && shown.every((value, index) => index === 0 || shown[index - 1]!.localeCompare(value) >= 0),
      `the SKUs are in descending order: ${shown.slice(0, 5).join(', ')}…`,
    );
    await shot(page, 'admin-inventory-sorted');

    // the picker finds a variant by a part of its SKU, wherever it is in the list
    const adjustForm = page.getByRole('form', { name: 'Adjust stock' });
    const picker = adjustForm.getByRole('combobox', { name: 'Variant' });
    await picker.fill(sku.slice(0, -2).toLowerCase());
    const option = page.getByRole('option', { name: new RegExp(`^${sku} — ${seeded.productTitle}`) });
    await option.click();
    expect((await picker.inputValue()).startsWith(sku), 'the picker shows the chosen variant');
    await adjustForm.getByLabel('Location').selectOption({ label: `${seeded.warehouseCode} — Journey warehouse` });
    await adjustForm.getByLabel('Change (+/−)').fill('2');
    await adjustForm.getByLabel('Note').fill('journey recount');
    await adjustForm.getByRole('button', { name: 'Adjust' }).click();
    await adjustForm.getByText(/^Stock adjusted: \d+ on hand\.$/).waitFor();
    const firstMovement = page.getByRole('table', { name: 'Recent movements' }).locator('tbody tr').first();
    await firstMovement.getByText('journey recount').waitFor();
    expect((await firstMovement.textContent())?.includes(sku), 'the newest movement is the adjustment just made');
    await shot(page, 'admin-inventory-adjusted');
    // without a chosen variant the form says what to do, where the user looks
    await adjustForm.getByLabel('Change (+/−)').fill('1');
    await picker.fill('');
    await adjustForm.getByRole('button', { name: 'Adjust' }).click();
    await adjustForm.getByText(/Choose a variant/).waitFor();
    const transfer = page.getByRole('form', { name: 'Transfer stock' });
    expect(
      (await transfer.getByLabel('From').inputValue()) !== (await transfer.getByLabel('To').inputValue()),
      'a transfer starts between two different locations',
    );

    // products: a full SKU finds its product
    await page.goto(`${adminUrl}/catalog`);
    const productSearch = page.getByRole('searchbox', { name: 'Search products' });
    expect(
      (await productSearch.getAttribute('placeholder'))?.includes('full SKU'),
      'the placeholder promises what the search finds',
    );
    await productSearch.fill(otherSku);
    await page.getByRole('form', { name: 'Search products' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('table', { name: 'Products' }).getByRole('link', { name: seeded.productTitle }).waitFor();

    // two drafts, published together, exported, deleted together
    const owner = await signIn(api, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    const stamp = Date.now().toString(36);
    for (const name of ['Amber', 'Basalt']) {
      await call(
        api,
        'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code message } } }',
        {
          input: {
            handle: `lamp-${name.toLowerCase()}-${stamp}`,
            title: `Lamp ${name} ${stamp}`,
            variants: [{ sku: `LAMP-${name.toUpperCase()}-${stamp}` }],
          },
        },
        owner,
      );
    }
    await page.goto(`${adminUrl}/catalog?q=${encodeURIComponent(`Lamp ${stamp}`)}&status=DRAFT`);
    const products = page.getByRole('table', { name: 'Products' });
    await products.getByRole('link', { name: `Lamp Amber ${stamp}` }).waitFor();
    await products.getByRole('checkbox', { name: `Select Lamp Amber ${stamp}` }).check();
    await products.getByRole('checkbox', { name: `Select Lamp Basalt ${stamp}` }).check();
    const toolbar = page.getByRole('toolbar');
    await toolbar.getByText('2 selected').waitFor();
    const download = page.waitForEvent('download');
    await toolbar.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename() === 'products.csv', 'the selection downloads as products.csv');
    await toolbar.getByRole('button', { name: 'Publish', exact: true }).click();
    await toolbar.getByText('2 products published.').waitFor();
    await shot(page, 'admin-products-bulk-published');
    await page.goto(`${adminUrl}/catalog?q=${encodeURIComponent(`Lamp ${stamp}`)}&status=ACTIVE`);
    await products.getByRole('checkbox', { name: `Select every row of products on this page` }).check();
    await toolbar.getByText('2 selected').waitFor();
    await toolbar.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 products?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('2 products deleted.').waitFor();
    await products.getByText(/^No product matches/).waitFor();
    await shot(page, 'admin-products-bulk-deleted');

    // orders by the guest's name, any case; the guest among customers, linking to their orders
    const email = seeded.editableOrder.email;
    await page.goto(`${adminUrl}/orders`);
    const orderFilter = page.getByRole('form', { name: 'Filter orders' });
    await orderFilter.getByLabel('Customer').fill('LINE EDIT');
    await orderFilter.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/customer=LINE\+EDIT/);
    const orderRow = page.getByRole('table', { name: 'Orders' }).getByRole('row', { name: new RegExp(email) });
    await orderRow.getByText('guest', { exact: true }).waitFor();
    await shot(page, 'admin-orders-by-customer');
    await page.goto(`${adminUrl}/customers`);
    const guest = page.getByRole('table', { name: 'Guests' }).getByRole('row', { name: new RegExp(email) });
    await guest.getByRole('link', { name: 'Line Edit' }).click();
    await page.waitForURL(/\/orders\?customer=/);
    await page
      .getByRole('table', { name: 'Orders' })
      .getByRole('row', { name: new RegExp(email) })
      .waitFor();
  } finally {
    await context.close();
  }
}
