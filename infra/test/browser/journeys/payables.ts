import type { Browser, Page } from 'playwright-core';

const OWNER = { email: 'owner@demo.ucos.dev', password: 'Demo-Password-2026' };
const SUPPLIER = 'Demo Wholesale GmbH';

export interface PayablesJourneyDeps {
  browser: Browser;
  adminUrl: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The demo quarter leaves the wholesaler's recent bills open. The owner finds them under Finance →
 * Payables, pays them all in a payment run (drafted from a due date two months out, reviewed,
 * posted), and then the payables aging has no row for the wholesaler and the journal shows the
 * payment entry (payables debited, the bank credited). Under Receivables, an order paid by bank
 * transfer is settled by recording its bank receipt.
 */
export async function payablesJourney(deps: PayablesJourneyDeps): Promise<void> {
  const { browser, adminUrl, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await deps.signInAdmin(page, OWNER.email, OWNER.password);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Finance' }).click();
    await page.waitForURL(`${adminUrl}/finance`);
    await page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name: 'Payables' }).click();
    await page.waitForURL(`${adminUrl}/finance/payables`);
    const aging = page.getByRole('table', { name: 'Payables aging' });
    const supplierLink = aging.getByRole('link', { name: SUPPLIER });
    const supplierPage = await supplierLink.getAttribute('href');
    expect(supplierPage, `the payables aging lists ${SUPPLIER}`);
    await supplierLink.click();
    await page.waitForURL(/supplier=/);
    const bills = page.getByTestId('open-bill');
    await bills.first().waitFor();
    const billCount = await bills.count();
    expect(billCount > 0 && (await bills.first().textContent())?.includes('BILL-'), 'its posted bills are open');
    await shot(page, 'admin-finance-payables');

    await page.getByRole('link', { name: 'Pay in a run' }).click();
    await page.waitForURL(/\/finance\/payment-runs\?supplier=/);
    const form = page.getByRole('form', { name: 'New payment run' });
    const supplierChoice = await form.getByLabel('Supplier').evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.selectedOptions[0]?.textContent ?? '';
    });
    expect(supplierChoice === SUPPLIER, `the run is for ${SUPPLIER} (got ${supplierChoice})`);
    const dueBy = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Bills due by').fill(dueBy);
    await form.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/finance\/payment-runs\/[^?]+$/);
    await page.getByTestId('run-status').filter({ hasText: 'draft' }).waitFor();
    const lines = await page.getByTestId('run-line').allTextContents();
    expect(
      lines.length === billCount && lines.every((line) => line.includes(SUPPLIER)),
      `the draft pays the supplier's ${billCount} open bills (${lines.length})`,
    );
    await shot(page, 'admin-finance-payment-run-draft');
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const run = heading.replace('Payment run ', '').trim();

    const post = page.getByRole('form', { name: 'Post the payment run' });
    await post.getByRole('button', { name: 'Post payment run' }).click();
    await page.getByTestId('run-status').filter({ hasText: 'posted' }).waitFor();
    await page.getByRole('link', { name: 'Payment entry' }).first().waitFor();
    await shot(page, 'admin-finance-payment-run-posted');

    await page.goto(`${adminUrl}/finance/payables`);
    await page.getByRole('table', { name: 'Payables aging' }).waitFor();
    const stillOwed = await page
      .getByRole('table', { name: 'Payables aging' })
      .locator(`a[href="${supplierPage}"]`)
      .count();
    expect(stillOwed === 0, `the payables aging has no row for ${SUPPLIER} once paid`);

    await page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(`${adminUrl}/finance/journal`);
    const filter = page.getByRole('form', { name: 'Filter the journal' });
    await filter.getByLabel('Source type').fill('payment_run');
    await filter.getByRole('button', { name: 'Filter' }).click();
    const entry = page.getByTestId('journal-entry').filter({ hasText: `Payment run ${run}: ${SUPPLIER}` });
    await entry.waitFor();
    await entry.getByRole('link').click();
    await page.getByTestId('entry-source').filter({ hasText: 'payment_run' }).waitFor();
    const entryLines = await page.getByTestId('entry-line').allTextContents();
    expect(
      entryLines.some((line) => line.includes('2100 Accounts payable')) &&
        entryLines.some((line) => line.includes('1050 Bank')),
      `the payment debits payables and credits the bank (${entryLines})`,
    );
    await shot(page, 'admin-finance-payment-entry');

    // receivables: a bank-transfer order is still open; a bank receipt for it settles it
    await page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name: 'Receivables' }).click();
    await page.waitForURL(`${adminUrl}/finance/receivables`);
    await page.getByRole('table', { name: 'Receivables aging' }).getByTestId('aging-row').first().waitFor();
    const open = page.getByTestId('open-receivable');
    const before = await open.count();
    expect(before > 0, 'the demo leaves orders paid by bank transfer open');
    const first = open.first();
    const order = ((await first.locator('td').first().textContent()) ?? '').trim();
    const receipt = first.getByRole('form', { name: `Record a bank receipt for order ${order}` });
    await receipt.getByLabel('Reference').fill('SEPA journey');
    await receipt.getByRole('button', { name: 'Record' }).click();
    // settled, the order leaves the open list (and its form with it)
    const row = page
      .getByTestId('open-receivable')
      .filter({ has: page.getByRole('cell', { name: order, exact: true }) });
    await row.waitFor({ state: 'detached' });
    await page.reload();
    expect((await row.count()) === 0, `order ${order} is settled by the receipt`);
    await shot(page, 'admin-finance-receivables');
  } finally {
    await page.close();
  }
}
