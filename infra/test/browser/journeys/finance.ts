import { pdfText } from '@ucos/kit/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { type Api, placeOrder, signIn } from '../seed.ts';

const OWNER = { email: 'owner@demo.ucos.dev', password: 'Demo-Password-2026' };

export interface FinanceJourneyDeps {
  browser: Browser;
  adminUrl: string;
  api: Api;
  /** a variant the journey data stocks */
  variantId: string;
  /** the warehouse the journey data stocks it in, where the journey's purchase is received */
  warehouseCode: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The issue's whole path, through the API where a shopper or the warehouse would act and through the
 * admin where the accountant looks. The variant gets a cost first: a purchase order for it is
 * received, so inventory's moving average is known. A shopper's order of two is placed and its
 * payment captured; the shipment of both ships and finance posts cost of goods sold at that cost;
 * one unit comes back, is received and refunded, and finance issues a credit note. The owner finds
 * the order in the journal by its id (its entry links the order), drills down from the trial balance to receivables' general
 * ledger and on to the invoice, downloads its PDF (number and total checked), sees the return's
 * credit note under it, finds the cost of goods sold in that account's ledger, and reads the month's
 * P&L: revenue, cost and margin grew by what these documents say (the expected deltas are computed
 * from the order's, the return's and the cost's API figures, against the P&L before the journey).
 * Last, a goodwill credit note by hand.
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
  const eur = (minor: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(minor / 100);
  const until = async <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      expect(Date.now() < deadline, `${what} within 30 s (last: ${JSON.stringify(value)})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const localIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

  // the shop's today as finance defaults it (the tenant's time zone), and the month it is in
  const { financeProfitAndLoss: shopDay } = await api<{ financeProfitAndLoss: { to: string } }>(
    '{ financeProfitAndLoss { to } }',
  );
  const today = shopDay.to;
  const monthStart = `${today.slice(0, 7)}-01`;
  interface Pnl {
    totalRevenue: number;
    costOfGoodsSold: number;
    grossMargin: number;
  }
  const monthPnl = async () =>
    (
      await api<{ financeProfitAndLoss: Pnl }>(
        'query($from: String) { financeProfitAndLoss(from: $from) { totalRevenue costOfGoodsSold grossMargin } }',
        { from: monthStart },
      )
    ).financeProfitAndLoss;
  const before = await monthPnl();

  // A variant of its own, which nothing has moved before: the shipment's cost of goods sold is then
  // exactly these units at the cost this receipt makes. (The seeded variant was sold and shipped by
  // earlier journeys before it had any cost; its first cost revalues those shipments in the same P&L.)
  const stamp = Date.now().toString(36);
  const { variant: seededVariant } = await api<{
    variant: { prices: { priceList: { id: string; currency: string } }[] } | null;
  }>('query($id: ID!) { variant(id: $id) { prices { priceList { id currency } } } }', { id: deps.variantId });
  const priceListId = seededVariant?.prices.find((price) => price.priceList.currency === 'EUR')?.priceList.id;
  expect(priceListId, "the seeded variant's EUR price list is found");
  const created = await api<{
    productCreate: { product: { variants: { id: string }[] } | null; errors: unknown[] };
  }>(
    'mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { variants { id } } errors { code field message } } }',
    {
      input: {
        handle: `ledger-lamp-${stamp}`,
        title: `Ledger Lamp ${stamp}`,
        status: 'ACTIVE',
        priceListId,
        variants: [{ sku: `LAMP-${stamp}`.toUpperCase(), title: 'Standard', price: { amount: 4900 } }],
      },
    },
  );
  const variantId = created.productCreate.product?.variants[0]?.id ?? '';
  expect(variantId, `the journey's own product is created (${JSON.stringify(created)})`);
  // the variant's cost: two units bought at 20.00 and received into the journey's warehouse
  const costNow = async () =>
    (
      await api<{ variant: { inventory: { averageCost: { amount: string; updatedAt: string } | null } } | null }>(
        'query($id: ID!) { variant(id: $id) { inventory { averageCost { amount updatedAt } } } }',
        { id: variantId },
      )
    ).variant?.inventory.averageCost ?? null;
  const costBefore = await costNow();
  const { variant: stocked } = await api<{
    variant: { inventory: { locations: { warehouse: { id: string; code: string } }[] } } | null;
  }>('query($id: ID!) { variant(id: $id) { inventory { locations { warehouse { id code } } } } }', {
    id: deps.variantId,
  });
  const warehouseId = stocked?.inventory.locations.find((level) => level.warehouse.code === deps.warehouseCode)
    ?.warehouse.id;
  expect(warehouseId, `the journey's warehouse ${deps.warehouseCode} exists`);
  const supplier = await api<{ supplierCreate: { supplier: { id: string } | null; errors: unknown[] } }>(
    'mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }',
    { input: { code: `FIN-${stamp}`.toUpperCase(), name: `Ledger Supplies ${stamp}`, currency: 'EUR' } },
  );
  expect(supplier.supplierCreate.supplier, `the supplier is created (${JSON.stringify(supplier)})`);
  const purchase = await api<{
    purchaseOrderCreate: { purchaseOrder: { id: string; lines: { id: string }[] } | null; errors: unknown[] };
  }>(
    `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) {
      purchaseOrder { id lines { id } } errors { code field message } } }`,
    {
      input: {
        supplierId: supplier.supplierCreate.supplier?.id,
        warehouseId,
        lines: [{ variantId: variantId, quantity: 2, unitCost: 2000 }],
        idempotencyKey: `finance-journey-${stamp}`,
      },
    },
  );
  const purchaseOrder = purchase.purchaseOrderCreate.purchaseOrder;
  expect(purchaseOrder, `the purchase order is created (${JSON.stringify(purchase)})`);
  await api('mutation($id: ID!) { purchaseOrderSubmit(input: { purchaseOrderId: $id }) { errors { code } } }', {
    id: purchaseOrder?.id,
  });
  // 40.00 is under the demo's approval threshold: its workflow approves it on its own
  await until(
    'the purchase order is approved',
    async () =>
      (
        await api<{ purchaseOrder: { status: string } }>('query($id: ID!) { purchaseOrder(id: $id) { status } }', {
          id: purchaseOrder?.id,
        })
      ).purchaseOrder.status,
    (status) => status === 'APPROVED',
  );
  await api('mutation($id: ID!) { purchaseOrderSend(input: { purchaseOrderId: $id }) { errors { code } } }', {
    id: purchaseOrder?.id,
  });
  const received = await api<{ receiptCreate: { receipt: { id: string } | null; errors: unknown[] } }>(
    `mutation($input: ReceiptCreateInput!) { receiptCreate(input: $input) { receipt { id } errors { code field message } } }`,
    {
      input: {
        purchaseOrderId: purchaseOrder?.id,
        lines: [{ purchaseOrderLineId: purchaseOrder?.lines[0]?.id, acceptedQuantity: 2 }],
        idempotencyKey: `finance-journey-receipt-${stamp}`,
      },
    },
  );
  expect(received.receiptCreate.receipt, `the receipt is posted (${JSON.stringify(received)})`);
  // inventory folds it into the variant's moving average; the shipment is valued at what it says then.
  // Earlier journeys may have given this variant a cost already: wait for the one this receipt makes
  const folded = await until(
    "inventory folds the receipt into the variant's cost",
    costNow,
    (cost) => cost !== null && cost.updatedAt !== costBefore?.updatedAt,
  );
  const averageCost = folded?.amount ?? null;
  const unitCost = Number(averageCost);

  // the shopper's order of two, its capture
  const order = await placeOrder(deps.api, token, 'ledger-shopper@example.com', [
    { variantId: variantId, quantity: 2 },
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
  const localId = localIdOf(order.id);
  await until(
    'finance posts the order and its capture',
    async () =>
      (
        await api<{ financeJournalEntries: { totalCount: number } }>(
          'query($f: JournalEntryFilter) { financeJournalEntries(filter: $f, first: 5) { totalCount } }',
          { f: { sourceId: localId } },
        )
      ).financeJournalEntries.totalCount,
    (count) => count === 2,
  );

  // the warehouse ships both units (API; fulfillment hears of the order a moment later)
  await api('mutation($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }', { id: order.id });
  const shipmentId = await until(
    'the shipment is created',
    async () =>
      (
        await api<{ shipmentCreate: { shipment: { id: string } | null } }>(
          'mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }',
          { input: { orderId: order.id, lines: [{ variantId: variantId, quantity: 2 }] } },
        )
      ).shipmentCreate.shipment?.id ?? '',
    Boolean,
  );
  await api('mutation($id: ID!) { shipmentPack(input: { shipmentId: $id }) { errors { code } } }', { id: shipmentId });
  const shipped = await api<{ shipmentShip: { errors: { code: string }[] } }>(
    'mutation($id: ID!) { shipmentShip(input: { shipmentId: $id, trackingNumber: "LEDGER-1" }) { errors { code } } }',
    { id: shipmentId },
  );
  expect(shipped.shipmentShip.errors.length === 0, `shipped (${JSON.stringify(shipped.shipmentShip.errors)})`);

  // one unit comes back: requested, approved, received and refunded (API)
  const requested = await api<{ returnRequest: { return: { id: string } | null; errors: unknown[] } }>(
    'mutation($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id } errors { code message } } }',
    { input: { orderId: order.id, reason: 'Too small', lines: [{ variantId: variantId, quantity: 1 }] } },
  );
  const returnId = requested.returnRequest.return?.id ?? '';
  expect(returnId, `the return is requested (${JSON.stringify(requested)})`);
  for (const move of ['returnApprove', 'returnReceive', 'returnRefund']) {
    const moved = await api<{ m: { errors: { code: string }[] } }>(
      `mutation ($id: ID!) { m: ${move}(input: { returnId: $id }) { errors { code } } }`,
      { id: returnId },
    );
    expect(moved.m.errors.length === 0, `${move} (${JSON.stringify(moved.m.errors)})`);
  }
  const { order: returned } = await api<{ order: { returns: { id: string; refundAmount: number | null }[] } }>(
    'query($id: ID!) { order(id: $id) { returns { id refundAmount } } }',
    { id: order.id },
  );
  const refund = returned.returns.find((candidate) => candidate.id === returnId)?.refundAmount ?? 0;
  expect(refund > 0, `the return is refunded with an amount (${JSON.stringify(returned)})`);

  // what the month's P&L must grow by: the order's net sales less the return's (its refund less the
  // tax share finance gives back, the order's proportion), and the cost of the one unit kept
  const net = placed.total.amount - placed.tax.amount;
  const refundTax = Math.min(Math.round((refund * placed.tax.amount) / placed.total.amount), placed.tax.amount);
  const revenueDelta = net - (refund - refundTax);
  const cogsDelta = Math.round(2 * unitCost) - Math.round(unitCost);
  const after = await until(
    `the month's P&L takes in the order, its shipment and its return (revenue ${before.totalRevenue} + ${revenueDelta}, cost ${before.costOfGoodsSold} + ${cogsDelta} at ${unitCost} a unit)`,
    monthPnl,
    (pnl) =>
      pnl.totalRevenue === before.totalRevenue + revenueDelta &&
      pnl.costOfGoodsSold === before.costOfGoodsSold + cogsDelta,
  );
  expect(
    after.grossMargin === before.grossMargin + revenueDelta - cogsDelta,
    `the margin grows by revenue less cost (${before.grossMargin} + ${revenueDelta} − ${cogsDelta} ≠ ${after.grossMargin})`,
  );

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
    // the order's id finds its own entries and its shipment's and return's (which name only themselves)
    await page.getByText(/^\d+ entries$/).waitFor();
    const sources = await page.getByTestId('journal-entry').allTextContents();
    for (const source of [
      'order.placed',
      'order.payment_captured',
      'shipment.shipped',
      'return.received',
      'return.refunded',
    ]) {
      expect(
        sources.some((entry) => entry.includes(source)),
        `the order's journal has its ${source} entry (${sources.length} entries)`,
      );
    }
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
    // the entry names the order it books (and its invoice), each a link to its page
    await page
      .getByTestId('ledger-document')
      .filter({ hasText: /^Order$/ })
      .waitFor();
    await shot(page, 'admin-finance-entry');

    // the month's P&L: revenue, cost of goods sold and margin as the API said after the journey's documents
    await page.goto(`${adminUrl}/finance?from=${monthStart}&to=${today}`);
    for (const [testId, amount] of [
      ['pnl-revenue', after.totalRevenue],
      ['pnl-cogs', after.costOfGoodsSold],
      ['pnl-margin', after.grossMargin],
    ] as const) {
      const shown = (await page.getByTestId(testId).textContent())?.trim();
      expect(shown === eur(amount), `the month's P&L shows ${testId} ${eur(amount)} (got ${shown})`);
    }
    expect(
      (await page.getByTestId('balance-sheet-state').textContent())?.startsWith('Assets equal'),
      'the balance sheet balances',
    );
    await shot(page, 'admin-finance-reports');

    // drill-down: the P&L's cost of goods sold line opens that account's ledger for the same month,
    // where the shipment's cost is a line whose entry is the shipment's
    await page
      .getByRole('region', { name: 'Profit and loss' })
      .getByRole('link', { name: '5100 Cost of goods sold' })
      .click();
    await page.getByRole('heading', { name: 'General ledger: 5100 Cost of goods sold' }).waitFor();
    expect(
      page.url().includes(`from=${monthStart}`) && page.url().includes(`to=${today}`),
      `the ledger keeps the report's period (${page.url()})`,
    );
    await showLedgerFrom(page, today);
    // valued at the cost in force: on the shipment's own line, or on the revaluation that follows it
    // when finance heard inventory's cost after the shipment (the P&L's figure above is the same)
    const shipmentCost = eur(Math.round(2 * unitCost));
    const shipmentLine = page
      .getByTestId('ledger-line')
      .filter({ hasText: /shipment\.shipped|cost\.revaluation/ })
      .filter({ has: page.getByTestId('ledger-debit').getByText(shipmentCost, { exact: true }) });
    await findOnLedgerPages(page, shipmentLine, `the COGS ledger has the shipment's cost ${shipmentCost}`);
    await shot(page, 'admin-finance-ledger-cogs');
    const csvHref = (await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) ?? '';
    const csv = await page.request.get(new URL(csvHref, adminUrl).toString());
    const csvText = await csv.text();
    expect(
      csv.headers()['content-type']?.startsWith('text/csv') && csvText.startsWith('date,entry,source_type'),
      `the ledger downloads as CSV (${csv.status()} ${csvText.slice(0, 80)})`,
    );
    const ledgerPage = page.url();
    await shipmentLine
      .last()
      .getByRole('link', { name: /^#\d+$/ })
      .click();
    await page
      .getByTestId('entry-source')
      .filter({ hasText: /shipment\.shipped|cost\.revaluation/ })
      .waitFor();
    // the returned unit came back into inventory at the same cost: a credit on the same account, later on
    await page.goto(ledgerPage);
    const returnLine = page
      .getByTestId('ledger-line')
      .filter({ hasText: 'return.received' })
      .filter({ has: page.getByTestId('ledger-credit').getByText(eur(Math.round(unitCost)), { exact: true }) });
    await findOnLedgerPages(page, returnLine, `the returned unit is back at ${eur(Math.round(unitCost))}`);

    // and from the trial balance's receivables to the order's invoice
    await page.goto(`${adminUrl}/finance?from=${monthStart}&to=${today}`);
    await page
      .getByRole('region', { name: 'Trial balance' })
      .getByRole('link', { name: '1200 Accounts receivable' })
      .click();
    await page.getByRole('heading', { name: 'General ledger: 1200 Accounts receivable' }).waitFor();
    await showLedgerFrom(page, today);
    const orderLink = page
      .getByTestId('ledger-line')
      .filter({ hasText: 'order.placed' })
      .filter({ hasText: `Order #${placed.number} placed` });
    await findOnLedgerPages(page, orderLink, `order #${placed.number}'s placement is in receivables' ledger`);
    await shot(page, 'admin-finance-ledger-receivables');
    await orderLink
      .first()
      .getByRole('link', { name: /^Invoice INV-/ })
      .click();
    await page.getByTestId('invoice-number').waitFor();
    expect(
      (await page.getByRole('heading', { level: 2 }).first().textContent())?.includes(placed.displayNumber),
      `the ledger's invoice link opens order ${placed.displayNumber}'s invoice`,
    );

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
    // the order's row of the invoice itself, not of its credit notes (they name the order too)
    await invoiceRow.getByRole('link', { name: /^INV-/ }).click();
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

    // the return's refund issued a credit note for the refunded amount, listed under the invoice
    const returnNote = page.getByTestId('credit-note').filter({ hasText: 'Return refunded' });
    await returnNote.waitFor();
    const returnText = (await returnNote.textContent()) ?? '';
    expect(
      /^CN-\d{4}-\d{6}/.test(returnText.trim()) && returnText.includes(eur(refund)),
      `the return's credit note of ${eur(refund)} is listed (${returnText})`,
    );

    // a goodwill credit of €1.00 by hand: its own CN series, listed under the invoice
    const creditForm = page.getByRole('form', { name: 'Issue credit note' });
    await creditForm.getByLabel('Amount (gross, EUR)').fill('1.00');
    await creditForm.getByLabel('Reason').fill('Goodwill');
    await creditForm.getByRole('button', { name: 'Issue credit note' }).click();
    await page.getByTestId('credit-note').filter({ hasText: 'Goodwill' }).waitFor();
    const note = (await page.getByTestId('credit-note').filter({ hasText: 'Goodwill' }).textContent()) ?? '';
    expect(/^CN-\d{4}-\d{6}/.test(note.trim()) && note.includes('€1.00'), `the credit note is listed (${note})`);
    await shot(page, 'admin-finance-credit-note');
  } finally {
    await page.close();
  }
}

/** Narrows an account's ledger page to the lines from `from` on (the period form, as a user would). */
async function showLedgerFrom(page: Page, from: string) {
  const period = page.getByRole('form', { name: 'Ledger period' });
  await period.getByLabel('From').fill(from);
  await period.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL((url) => url.searchParams.get('from') === from);
}

/** Follows the ledger's "Next page" links until `line` shows; other activity of the day may fill pages. */
async function findOnLedgerPages(page: Page, line: Locator, what: string) {
  for (let pages = 0; (await line.count()) === 0; pages++) {
    const next = page.getByRole('link', { name: 'Next page →' });
    if (pages >= 50 || (await next.count()) === 0) throw new Error(`not found: ${what}`);
    await next.click();
    await page.waitForLoadState('networkidle');
  }
}
