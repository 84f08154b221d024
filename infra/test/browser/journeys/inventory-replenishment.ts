import type { Browser, Page } from 'playwright-core';

export interface InventoryReplenishmentJourneyDeps {
  browser: Browser;
  adminUrl: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The owner opens Inventory: every level shows its incoming, its reorder policy and the variant's
 * incoming and average cost. A point without a quantity is refused by the API and the message sits
 * under the quantity; a whole policy is saved and shown again after a reload.
 */
export async function inventoryReplenishmentJourney({
  browser,
  adminUrl,
  signInAdmin,
  shot,
}: InventoryReplenishmentJourneyDeps) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    await page.goto(`${adminUrl}/inventory`);
    await page.getByRole('heading', { name: 'Inventory' }).waitFor();
    for (const header of ['Incoming', 'Reorder point / quantity', 'Average cost']) {
      expect(
        await page.getByRole('columnheader', { name: header, exact: true }).isVisible(),
        `the stock table has a "${header}" column`,
      );
    }
    // the first level with a location (a variant without stock recorded has no policy to set)
    const row = page
      .getByRole('table', { name: 'Stock levels' })
      .locator('tbody tr')
      .filter({ has: page.locator('input') })
      .first();
    const sku = (await row.locator('td code').first().textContent())?.trim() ?? '';
    const location = (await row.locator('td').nth(3).textContent())?.trim() ?? '';
    expect(sku && location, `a stock level to edit (${sku} at ${location})`);
    const point = page.getByLabel(`Reorder point of ${sku} at ${location} (blank: no policy)`);
    const quantity = page.getByLabel(`Reorder quantity of ${sku} at ${location}`);
    await point.fill('12');
    await quantity.fill('');
    await point.press('Enter');
    await page.getByText('Give both a reorder point and a reorder quantity').waitFor();
    await shot(page, 'inventory-reorder-policy-refused');
    await quantity.fill('30');
    await quantity.press('Enter');
    await page.getByText('Reorder at 12 or below, at least 30.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Inventory' }).waitFor();
    expect(
      (await page.getByLabel(`Reorder point of ${sku} at ${location} (blank: no policy)`).inputValue()) === '12' &&
        (await page.getByLabel(`Reorder quantity of ${sku} at ${location}`).inputValue()) === '30',
      'the saved policy shows after a reload',
    );
    await shot(page, 'inventory-reorder-policy-saved');
  } finally {
    await context.close();
  }
}
