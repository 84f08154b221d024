import { pdfText } from '@ucos/kit/testing';
import type { Browser, Page } from 'playwright-core';
import { type Api, placeOrder, signIn } from '../seed.ts';

const OWNER = { email: 'owner@demo.ucos.dev', password: 'Demo-Password-2026' };

export interface FinanceJourneyDeps {
  browser: Browser;
  adminUrl: string;
  api: Api;
  /** a variant the journey data stocks */
  variantId: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * An order is placed and its payment captured through the API; finance posts both from the events.
 * The owner finds them in the admin's journal by the order's id, opens the placement (receivables
 * against revenue, shipping and tax), and sees today's P&L revenue grow by the order's net amount.
 * The capture issued the order's invoice: the owner finds it under Finance → Invoices, opens it and
 * downloads its PDF, whose text shows the invoice number and the order's total, and issues a
 * credit note against it by hand.
 */
export async function financeJourney(deps: FinanceJourneyDeps): Promise<void> {
  const { browser, adminUrl, shot } = deps;
  const expect: (condition: unknown, message: string) => void = deps.expect;
  const token = await signIn(deps.api, OWNER.email, OWNER.password);
  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(deps.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}… → ${JSON.stringify(body)}`);
    return body.data;
  };
  const today = new Date().toISOString().slice(0, 10);
  const revenueToday = async () =>
    (
      await api<{ financeProfitAndLoss: { totalRevenue: number } }>(
        'query($d: String) { financeProfitAndLoss(from: $d, to: $d) { totalRevenue } }',
        { d: today },
      )
    ).financeProfitAndLoss.totalRevenue;
  const before = await revenueToday();

  const order = await placeOrder(deps.api, token, 'ledger-shopper@example.com', [
    { variantId: deps.variantId, quantity: 1 },
  ]);
  const { order: placed } = await api<{
    order: { number: number; displayNumber: string; total: { amount: number }; tax: { amount: number } };
  }>('query($id: ID!) { order(id: $id) { number displayNumber total { amount } tax { amount } } }', { id: order.id });
  const captured = await api<{ orderPaymentCapture: { errors: { code: string }[] } }>(
    'mutation($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { errors { code } } }',
    { input: { orderId: order.id } },
  );
  expect(captured.orderPaymentCapture.errors.length === 0, `the capture succeeds (${JSON.stringify(captured)})`);
  // the order's local id is what finance records as the entries' source
  const localId = Buffer.from(order.id, 'base64url').toString('utf8').split(':')[1] ?? '';
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { financeJournalEntries } = await api<{ financeJournalEntries: { totalCount: number } }>(
      'query($f: JournalEntryFilter) { financeJournalEntries(filter: $f, first: 5) { totalCount } }',
      { f: { sourceId: localId } },
    );
    if (financeJournalEntries.totalCount === 2) break;
    expect(
      Date.now() < deadline,
      `finance posts the order and its capture within 30 s (${financeJournalEntries.totalCount})`,
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const net = placed.total.amount - placed.tax.amount;
  const after = await revenueToday();
  expect(after === before + net, `today's revenue grows by the order's net amount (${before} + ${net} ≠ ${after})`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await deps.signInAdmin(page, OWNER.email, OWNER.password);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Finance' }).click();
    await page.waitForURL(`${adminUrl}/finance`);
    await page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(`${adminUrl}/finance/journal`);
    const filter = page.getByRole('form', { name: 'Filter the journal' });
    await filter.getByLabel('Source id').fill(localId);
    await filter.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('2 entries').waitFor();
    await shot(page, 'admin-finance-journal');
    const placement = page.getByTestId('journal-entry').filter({ hasText: 'order.placed' });
    await placement.getByText(`Order #${placed.number} placed`).waitFor();
    await placement.getByRole('link').click();
    await page.getByTestId('entry-source').filter({ hasText: 'order.placed' }).waitFor();
    const lines = await page.getByTestId('entry-line').allTextContents();
    expect(
      lines.some((line) => line.includes('1200 Accounts receivable')),
      `the placement debits receivables (${lines})`,
    );
    expect(
      lines.some((line) => line.includes('4100 Sales revenue')),
      'and credits sales revenue',
    );
    await shot(page, 'admin-finance-entry');

    await page.goto(`${adminUrl}/finance?from=${today}&to=${today}`);
    const revenue = (await page.getByTestId('pnl-revenue').textContent())?.trim();
    const shown = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(after / 100);
    expect(revenue === shown, `the P&L shows today's revenue ${shown} (got ${revenue})`);
    expect(
      (await page.getByTestId('balance-sheet-state').textContent())?.startsWith('Assets equal'),
      'the balance sheet balances',
    );
    await shot(page, 'admin-finance-reports');

    // the capture issued the invoice (tenant setting CAPTURE, the default)
    await page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name: 'Invoices' }).click();
    await page.waitForURL(`${adminUrl}/finance/invoices`);
    const invoiceFilter = page.getByRole('form', { name: 'Filter the invoices' });
    await invoiceFilter.getByLabel('Customer email').fill('ledger-shopper@example.com');
    // the invoice names the order as the shop numbers it (its prefix, if any)
    const invoiceRow = page
      .getByTestId('invoice-row')
      .filter({ has: page.getByRole('cell', { name: placed.displayNumber, exact: true }) });
    const invoiceDeadline = Date.now() + 30_000;
    for (;;) {
      await invoiceFilter.getByRole('button', { name: 'Filter' }).click();
      await page.waitForLoadState('networkidle');
      if ((await invoiceRow.count()) > 0) break;
      expect(Date.now() < invoiceDeadline, `the capture issues order #${placed.number}'s invoice within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await shot(page, 'admin-finance-invoices');
    await invoiceRow.getByRole('link').first().click();
    await page.getByTestId('invoice-number').waitFor();
    const invoiceNumber = (await page.getByTestId('invoice-number').textContent())?.trim() ?? '';
    expect(/^INV-\d{4}-\d{6}$/.test(invoiceNumber), `the invoice has a number of its series (${invoiceNumber})`);
    const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(
      placed.total.amount / 100,
    );
    const shownTotal = (await page.getByTestId('invoice-total').textContent())?.trim();
    expect(shownTotal === total, `the invoice shows the order's total ${total} (got ${shownTotal})`);
    expect((await page.getByTestId('invoice-tax-rate').count()) > 0, 'and its tax per rate');
    await shot(page, 'admin-finance-invoice');
    // node(id:) answers the invoice through the gateway (identity routes it, finance resolves it)
    const invoiceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const { node } = await api<{ node: { number: string; totalAmount: number } | null }>(
      'query($id: ID!) { node(id: $id) { ... on FinanceInvoice { number totalAmount } } }',
      { id: invoiceId },
    );
    expect(
      node?.number === invoiceNumber && node.totalAmount === placed.total.amount,
      `node(id:) answers the invoice (${JSON.stringify(node)})`,
    );
    const pdfHref = (await page.getByTestId('invoice-pdf').getAttribute('href')) ?? '';
    const download = await page.request.get(new URL(pdfHref, adminUrl).toString());
    expect(
      download.headers()['content-type'] === 'application/pdf',
      `the PDF download is a PDF (${download.status()} ${download.headers()['content-type']})`,
    );
    const text = pdfText(await download.body());
    expect(text.includes(invoiceNumber), `the PDF names the invoice ${invoiceNumber}`);
    // the PDF formats money in the tenant's language (English unless identity says German)
    const germanTotal = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' })
      .format(placed.total.amount / 100)
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(text.includes(total) || text.includes(germanTotal), `the PDF shows the total ${total} (${text})`);

    // a goodwill credit of €1.00 by hand: its own CN series, listed under the invoice
    const creditForm = page.getByRole('form', { name: 'Issue credit note' });
    await creditForm.getByLabel('Amount (gross, EUR)').fill('1.00');
    await creditForm.getByLabel('Reason').fill('Goodwill');
    await creditForm.getByRole('button', { name: 'Issue credit note' }).click();
    await page.getByTestId('credit-note').filter({ hasText: 'Goodwill' }).waitFor();
    const note = (await page.getByTestId('credit-note').first().textContent()) ?? '';
    expect(/^CN-\d{4}-\d{6}/.test(note.trim()) && note.includes('€1.00'), `the credit note is listed (${note})`);
    await shot(page, 'admin-finance-credit-note');
  } finally {
    await page.close();
  }
}
