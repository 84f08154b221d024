import type { Browser, Page } from 'playwright-core';
import { gql, staffToken } from './members.ts';

export interface ProcureToPayJourneyDeps {
  browser: Browser;
  adminUrl: string;
  gatewayUrl: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The receiving half of procure-to-pay on a purchase order the demo sent: from the order, the dock
 * receives one unit of its first line on the Receiving screen with the keyboard only (Enter posts);
 * the order shows the receipt and is partially received, and inventory has the unit on hand and one
 * less incoming at the line's warehouse; a supplier bill for it at a higher unit price
 * than ordered is held by the three-way match with the reason on its line; the owner (who may approve)
 * releases it with a comment and it is posted.
 */
/** On hand and incoming of every stock level a purchase order's lines go to, keyed `variant|warehouse`. */
async function levelsOf(gatewayUrl: string, token: string, purchaseOrderId: string) {
  const { purchaseOrder } = await gql<{ purchaseOrder: { lines: { variantId: string; warehouseId: string }[] } }>(
    gatewayUrl,
    'query ($id: ID!) { purchaseOrder(id: $id) { lines { variantId warehouseId } } }',
    { id: purchaseOrderId },
    token,
  );
  const levels = new Map<string, { onHand: number; incoming: number }>();
  for (const line of purchaseOrder.lines) {
    const { stockLevels } = await gql<{
      stockLevels: { edges: { node: { onHand: number; incoming: number } }[] };
    }>(
      gatewayUrl,
      'query ($variantId: ID!, $warehouseId: ID!) { stockLevels(filter: { variantId: $variantId, warehouseId: $warehouseId }) { edges { node { onHand incoming } } } }',
      line,
      token,
    );
    levels.set(`${line.variantId}|${line.warehouseId}`, stockLevels.edges[0]?.node ?? { onHand: 0, incoming: 0 });
  }
  return levels;
}

export async function procureToPayJourney({
  browser,
  adminUrl,
  gatewayUrl,
  owner,
  signInAdmin,
  shot,
  expect,
}: ProcureToPayJourneyDeps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, owner.email, owner.password);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Procurement' }).click();
    await page.waitForURL(`${adminUrl}/procurement`);
    let number = '';
    for (const status of ['sent', 'partially received']) {
      const filter = page.getByRole('form', { name: 'Filter purchase orders' });
      await filter.getByLabel('Status').selectOption({ label: status });
      await filter.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/status=/);
      const first = page.getByRole('link', { name: /^PO-/ }).first();
      if (await first.count()) {
        number = ((await first.textContent()) ?? '').trim();
        await first.click();
        break;
      }
    }
    expect(number, 'the demo has a sent purchase order to receive against');
    await page
      .getByRole('heading', { name: new RegExp(number) })
      .first()
      .waitFor();

    const purchaseOrderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const token = await staffToken(gatewayUrl, owner);
    const before = await levelsOf(gatewayUrl, token, purchaseOrderId);

    // the order's receiving section leads to the dock's screen, the order already looked up
    await page.getByRole('link', { name: `Receive goods for ${number}` }).click();
    await page.waitForURL(/\/receiving\?code=/);
    const form = page.getByRole('form', { name: `Receive ${number}` });
    await form.waitFor();
    const accepted = form.getByRole('spinbutton', { name: /^Accepted / });
    const lines = await accepted.count();
    expect(lines > 0, 'the order has open lines to receive');
    // the first quantity has the focus: type 1 and move on with the keyboard, 0 on the other lines
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    for (let index = 1; index < lines; index++) await accepted.nth(index).fill('0');
    await shot(page, 'admin-receiving-counted');
    await accepted.first().press('Enter');
    const posted = page.getByText(/^Posted GR-\d+ for /);
    await posted.waitFor();
    const receiptNumber = /GR-\d+/.exec((await posted.textContent()) ?? '')?.[0] ?? '';
    expect(receiptNumber, 'the receipt was posted with a number');
    await page.getByRole('cell', { name: receiptNumber }).waitFor();
    await shot(page, 'admin-receiving-posted');

    // inventory: the received unit is on hand, and no longer incoming, at exactly one of the order's levels
    const deadline = Date.now() + 15_000;
    for (;;) {
      const after = await levelsOf(gatewayUrl, token, purchaseOrderId);
      const moved = [...after].filter(([key, level]) => {
        const was = before.get(key) ?? { onHand: 0, incoming: 0 };
        return level.onHand !== was.onHand || level.incoming !== was.incoming;
      });
      const [key, level] = moved[0] ?? [];
      const was = key ? before.get(key) : undefined;
      if (
        moved.length === 1 &&
        level &&
        was &&
        level.onHand === was.onHand + 1 &&
        level.incoming === was.incoming - 1
      ) {
        break;
      }
      expect(Date.now() < deadline, `one level gains 1 on hand and loses 1 incoming (${JSON.stringify(moved)})`);
      await page.waitForTimeout(400);
    }

    // the order shows the receipt and what it received
    await page.getByRole('link', { name: number }).first().click();
    await page.getByRole('heading', { name: /^Receipts/ }).waitFor();
    await page.getByRole('cell', { name: receiptNumber }).waitFor();

    // the supplier's invoice bills the received unit above the order's price
    await page.getByRole('link', { name: `Enter a bill for ${number}` }).click();
    const bill = page.getByRole('form', { name: `Bill for ${number}` });
    await bill.waitFor();
    const invoice = `INV-J-${Date.now().toString(36)}`;
    await bill.getByLabel('Supplier invoice number').fill(invoice);
    const price = bill.getByLabel(/^Unit price /).first();
    const ordered = Number(await price.inputValue());
    await price.fill((Math.max(ordered, 1) * 1.5).toFixed(2));
    await shot(page, 'admin-bill-entered');
    await bill.getByRole('button', { name: 'Enter bill' }).click();
    await page.waitForURL(/\/bills\/[^/]+$/);
    const status = page.getByTestId('bill-status');
    expect((await status.textContent())?.trim() === 'held', 'a price above the tolerance holds the bill');
    await page
      .getByRole('status', { name: 'Hold reasons' })
      .getByText(/price variance/)
      .waitFor();
    await shot(page, 'admin-bill-held');

    const release = page.getByRole('form', { name: 'Release the bill' });
    await release.getByRole('button', { name: 'Release and post' }).click();
    await page
      .getByText(/Must not be blank|Say why/)
      .first()
      .waitFor();
    await release.getByLabel(/^Why it may be paid/).fill('Surcharge agreed with the supplier by phone');
    await release.getByRole('button', { name: 'Release and post' }).click();
    // the release re-renders the page: the held bill's Decide section (and its form) gives way to the posted bill
    await page.getByTestId('bill-status').getByText('posted', { exact: true }).waitFor();
    await page.reload();
    expect((await page.getByTestId('bill-status').textContent())?.trim() === 'posted', 'the released bill is posted');
    await page.getByText(/Surcharge agreed with the supplier by phone/).waitFor();
    await shot(page, 'admin-bill-released');
  } finally {
    await context.close();
  }
}
