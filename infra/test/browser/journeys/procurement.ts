import type { Browser, Page } from 'playwright-core';

export interface ProcurementJourneyDeps {
  browser: Browser;
  adminUrl: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The owner opens Procurement: the demo's purchase orders and suppliers are listed; a supplier with
 * a bad currency is refused field by field, then created; the list filtered by the demo's Rating field
 * leaves the unrated new supplier out; a supplier's page shows its items; the new
 * supplier gets a contact and an item found by our SKU (an unknown SKU is refused), then loses it; on
 * Replenishment a suggestion (a level below its reorder point, rounded to the preferred supplier's
 * pack) becomes a draft purchase order in one step, which the owner submits: it is approved by rule
 * or waits for an approver in the Tasks inbox, as the tenant's approval workflow decides.
 */
export async function procurementJourney({ browser, adminUrl, signInAdmin, shot }: ProcurementJourneyDeps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Procurement' }).click();
    await page.waitForURL(`${adminUrl}/procurement`);
    await page.getByRole('heading', { name: 'Purchase orders' }).waitFor();
    expect((await page.getByTestId('po-status').count()) > 0, 'the demo purchase orders are listed');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('SUBMITTED');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/status=SUBMITTED/);
    const statuses = await page.getByTestId('po-status').allTextContents();
    expect(
      statuses.length > 0 && statuses.every((status) => status === 'submitted'),
      `only submitted orders (${statuses})`,
    );
    await shot(page, 'admin-procurement-orders');

    await page.getByRole('navigation', { name: 'Procurement' }).getByRole('link', { name: 'Suppliers' }).click();
    await page.waitForURL(`${adminUrl}/procurement/suppliers`);
    await page.getByRole('link', { name: 'Nordic Wholesale AB' }).waitFor();
    const form = page.getByRole('form', { name: 'New supplier' });
    const code = `J${Date.now().toString(36).toUpperCase()}`;
    await form.getByLabel('Code').fill(code);
    // named by its code, so a second run against the same database finds its own
    const supplierName = `Journey Supplies ${code}`;
    await form.getByLabel('Name').fill(supplierName);
    await form.getByLabel('Currency').fill('EURO');
    await form.getByRole('button', { name: 'Create supplier' }).click();
    await page.getByText('Not an ISO 4217 currency code').waitFor();
    await shot(page, 'admin-procurement-supplier-typo');
    await form.getByLabel('Currency').fill('EUR');
    await form.getByRole('button', { name: 'Create supplier' }).click();
    await page.getByText(`Supplier ${supplierName} created.`).waitFor();
    await page.reload();
    await page.getByRole('link', { name: supplierName }).waitFor();

    // the list by a custom field: the demo rates a few suppliers; the new one has no rating
    const countOf = async () => Number(((await page.getByText(/^\d+ suppliers$/).textContent()) ?? '').split(' ')[0]);
    const everyone = await countOf();
    const search = page.getByRole('form', { name: 'Search suppliers' });
    await search.getByRole('combobox', { name: 'Custom field' }).selectOption({ label: 'Rating' });
    await search.getByLabel('Field value').fill('A – preferred');
    await search.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/cf=rating/);
    const rated = await countOf();
    expect(rated > 0 && rated < everyone, `the rating filter narrows the list (${rated} of ${everyone})`);
    expect((await page.getByRole('link', { name: supplierName }).count()) === 0, 'an unrated supplier is not listed');
    await shot(page, 'admin-procurement-suppliers-by-rating');
    await search.getByRole('link', { name: 'Show all' }).click();
    await page.getByRole('link', { name: supplierName }).waitFor();

    await page.getByRole('link', { name: 'Nordic Wholesale AB' }).click();
    await page.getByRole('heading', { name: /Nordic Wholesale AB/ }).waitFor();
    const items = page.getByRole('region', { name: /^Items/ }).getByRole('row');
    expect((await items.count()) > 1, 'the supplier page lists its items');
    await shot(page, 'admin-procurement-supplier');
    const sku = ((await items.nth(1).getByRole('cell').first().textContent()) ?? '').trim();
    expect(sku.length > 0, 'the first item shows its SKU');

    // the new supplier gets a contact and sells one of our variants, found by its SKU
    await page.getByRole('navigation', { name: 'Procurement' }).getByRole('link', { name: 'Suppliers' }).click();
    await page.getByRole('link', { name: supplierName }).click();
    await page.getByRole('heading', { name: new RegExp(supplierName) }).waitFor();
    const contact = page.getByRole('form', { name: 'Add a contact' });
    await contact.getByLabel('Name').fill('Jo Journey');
    await contact.getByLabel('Email').fill('jo@journey.example');
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText('Contact Jo Journey added.').waitFor();
    await page
      .getByRole('list', { name: 'Contacts' })
      .getByText(/Jo Journey · jo@journey\.example/)
      .waitFor();
    const item = page.getByRole('form', { name: 'Add or change an item' });
    await item.getByLabel('Our SKU').fill('NO-SUCH-SKU-0');
    await item.getByLabel(/Unit cost/).fill('4.20');
    await item.getByRole('button', { name: 'Save item' }).click();
    await page.getByText('No variant has the SKU NO-SUCH-SKU-0.').waitFor();
    await item.getByLabel('Our SKU').fill(sku);
    await item.getByLabel(/Unit cost/).fill('4.20');
    await item.getByLabel('Pack size').fill('6');
    await item.getByRole('button', { name: 'Save item' }).click();
    await page.getByText(`Item ${sku} saved.`).waitFor();
    await page.reload();
    const saved = page.getByRole('region', { name: /^Items/ }).getByRole('row', { name: new RegExp(sku) });
    await saved.waitFor();
    const cells = await saved.getByRole('cell').allTextContents();
    expect(cells.some((cell) => cell.includes('4.20')) && cells.includes('6'), `the item as saved (${cells})`);
    await shot(page, 'admin-procurement-supplier-items');
    await saved.getByRole('button', { name: 'Remove' }).click();
    // the row goes, and its form and message with it
    await saved.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'Procurement' }).getByRole('link', { name: 'Replenishment' }).click();
    await page.waitForURL(`${adminUrl}/procurement/replenishment`);
    const create = page.getByRole('form', { name: 'Create purchase orders from suggestions' });
    const first = create.getByRole('checkbox').first();
    await first.waitFor();
    await shot(page, 'admin-procurement-replenishment');
    await first.check();
    // which supplier comes first depends on the demo's levels: one bills in USD and needs today's rate
    const rates = create.getByLabel(/^Exchange rate /);
    for (let index = 0; index < (await rates.count()); index++) await rates.nth(index).fill('0.92');
    await create.getByRole('button', { name: 'Create draft orders' }).click();
    await page.waitForURL(/\/procurement\/orders\//);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(/Purchase order PO-\d{6}/.test(heading) && heading.includes('draft'), `a draft order (${heading})`);
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const deadline = Date.now() + 20_000;
    let status = '';
    for (;;) {
      status = (await page.getByTestId('po-status').first().textContent()) ?? '';
      if (status === 'submitted' || status === 'approved') break;
      expect(Date.now() < deadline, `the order is submitted (status ${status})`);
      await page.waitForTimeout(300);
    }
    if (status === 'submitted') await page.getByTestId('po-awaiting-approval').waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByText(/submitted by a staff member/).waitFor();
    await shot(page, 'admin-procurement-submitted');
  } finally {
    await context.close();
  }
}
