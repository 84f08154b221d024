import { randomUUID } from 'node:crypto';
import { countStatements, type EventEnvelope, encodeGlobalId } from '@ucos/kit';
import { pdfText, type TestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { domainEvent, events, type FinanceHarness, financeSuite, replicaConsumers, staff, waitFor } from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;
/** two finance consumers on two pools: the server's and a second replica's */
let invoice: (envelope: EventEnvelope) => Promise<void>;
let invoiceElsewhere: (envelope: EventEnvelope) => Promise<void>;
const published: EventEnvelope[] = [];

financeSuite(async (suite, own) => {
  ({ db, finance } = suite);
  ({ here: invoice, elsewhere: invoiceElsewhere } = replicaConsumers(suite, own));
  await finance.bus.subscribe({
    consumer: 'test-finance-documents',
    subjects: ['ucos.finance.invoice.issued', 'ucos.finance.credit_note.issued'],
    handler: async (envelope) => {
      published.push(envelope);
    },
  });
});

/** A line of mugs at the standard tax class, as orders publishes it. */
const mugLine = (quantity: number, unitAmount: number) => ({
  lineId: randomUUID(),
  variantId: randomUUID(),
  sku: 'MUG-1',
  title: 'Mug',
  quantity,
  unitAmount,
  taxClass: 'standard',
});

const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Row',
  city: 'London',
  postalCode: 'N1 9GU',
  country: 'GB',
};

/** An order as orders publishes it: two lines, shipping, 19 % tax on goods and shipping. */
function placed(tenantId: string, o: { orderId: string; number: number; email?: string }, at?: string) {
  const lines = [
    { lineId: randomUUID(), variantId: randomUUID(), sku: 'MUG-1', title: 'Mug', quantity: 2, unitAmount: 1000 },
    { lineId: randomUUID(), variantId: randomUUID(), sku: 'TEE-1', title: 'T-shirt', quantity: 1, unitAmount: 2500 },
  ];
  const subtotal = 4500;
  const shipping = 500;
  const tax = 950;
  return domainEvent(
    tenantId,
    'orders.order.created',
    o.orderId,
    {
      orderId: o.orderId,
      number: o.number,
      customerId: null,
      actor: null,
      email: o.email ?? 'ada@example.com',
      currency: 'EUR',
      subtotalAmount: subtotal,
      shippingAmount: shipping,
      taxAmount: tax,
      totalAmount: subtotal + shipping + tax,
      shippingMethod: { code: 'std', name: 'Standard', amount: shipping },
      shippingAddress: ADDRESS,
      lines,
    },
    at,
  );
}

const captured = (tenantId: string, orderId: string, number: number, at?: string) =>
  events.paymentStatus(tenantId, { orderId, number, total: 5950, from: 'authorized', to: 'captured' }, at);

const INVOICE_FIELDS = `id kind number orderNumber currency issueDate dueDate subtotalAmount shippingAmount taxAmount
  totalAmount discountAmount creditedAmount remainingAmount creditedInvoiceNumber reason sourceType
  seller { name legalName address taxId } buyer { name email address { name line1 city postalCode country } }
  lines { lineNo sku title quantity unitAmount lineAmount taxRateBps } taxBreakdown { rateBps baseAmount taxAmount }`;

const LIST = `query ($filter: FinanceInvoiceFilter, $first: Int, $after: String) {
  financeInvoices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${INVOICE_FIELDS} } }
  }
}`;

interface InvoiceNode {
  id: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  totalAmount: number;
  taxAmount: number;
  remainingAmount: number;
  creditedAmount: number;
  [key: string]: unknown;
}

async function invoices(tenantId: string, filter: Record<string, unknown> = {}): Promise<InvoiceNode[]> {
  const result = await finance.call(LIST, { filter, first: 100 }, staff(tenantId));
  expect(result.errors).toBeUndefined();
  return result.data?.financeInvoices.edges.map((edge: { node: InvoiceNode }) => edge.node);
}

async function setProfile(tenantId: string, timeZone: string) {
  await invoice(
    domainEvent(tenantId, 'identity.tenant.settings_changed', tenantId, {
      name: 'Acme Store',
      locale: 'en',
      timeZone,
    }),
  );
}

describe('invoices issued from orders', () => {
  it('issues one invoice on capture, with seller, buyer, lines, tax per rate and dates in the tenant zone', async () => {
    const tenant = randomUUID();
    await setProfile(tenant, 'Pacific/Auckland');
    const settings = await finance.call(
      `mutation ($input: FinanceInvoiceSettingsInput!) { financeInvoiceSettingsUpdate(input: $input) {
         settings { invoiceTrigger sellerName sellerLegalName sellerTaxId paymentTermsDays timeZone } errors { code } } }`,
      {
        input: {
          sellerLegalName: 'Acme Store GmbH',
          sellerAddress: 'Hauptstr. 1\n10115 Berlin',
          sellerTaxId: 'DE123456789',
          paymentTermsDays: 30,
        },
      },
      staff(tenant),
    );
    expect(settings.data?.financeInvoiceSettingsUpdate).toEqual({
      settings: {
        invoiceTrigger: 'CAPTURE',
        sellerName: 'Acme Store',
        sellerLegalName: 'Acme Store GmbH',
        sellerTaxId: 'DE123456789',
        paymentTermsDays: 30,
        timeZone: 'Pacific/Auckland',
      },
      errors: [],
    });
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number: 1001 }));
    expect(await invoices(tenant)).toEqual([]);
    // 20:00 UTC on 31 December is already 1 January in Auckland: the invoice is of the new year
    const capture = captured(tenant, orderId, 1001, '2026-12-31T20:00:00.000Z');
    await Promise.all([invoice(capture), invoiceElsewhere(capture), invoice(capture)]);
    await invoice(capture);
    const [only, ...rest] = await invoices(tenant);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      kind: 'INVOICE',
      number: 'INV-2027-000001',
      orderNumber: 1001,
      currency: 'EUR',
      issueDate: '2027-01-01',
      dueDate: '2027-01-31',
      subtotalAmount: 4500,
      shippingAmount: 500,
      taxAmount: 950,
      totalAmount: 5950,
      discountAmount: 0,
      remainingAmount: 5950,
      seller: {
        name: 'Acme Store',
        legalName: 'Acme Store GmbH',
        address: 'Hauptstr. 1\n10115 Berlin',
        taxId: 'DE123456789',
      },
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com', address: ADDRESS },
      lines: [
        { lineNo: 1, sku: 'MUG-1', title: 'Mug', quantity: 2, unitAmount: 1000, lineAmount: 2000, taxRateBps: 1900 },
        {
          lineNo: 2,
          sku: 'TEE-1',
          title: 'T-shirt',
          quantity: 1,
          unitAmount: 2500,
          lineAmount: 2500,
          taxRateBps: 1900,
        },
      ],
      taxBreakdown: [{ rateBps: 1900, baseAmount: 5000, taxAmount: 950 }],
    });
    const mail = await waitFor(() => published.find((event) => event.tenantId === tenant));
    expect(mail.type).toBe('finance.invoice.issued');
    expect(mail.payload).toMatchObject({
      number: 'INV-2027-000001',
      email: 'ada@example.com',
      invoice: { totalAmount: 5950 },
    });
  });

  it("prints each rate the order was taxed with, each line at its class's rate, and the prefixed order number", async () => {
    const tenant = randomUUID();
    await setProfile(tenant, 'Europe/Berlin');
    const orderId = randomUUID();
    // a mug at the standard 19 %, a book at the reduced 7 %, shipping at the standard rate
    const order = {
      orderId,
      number: 1001,
      displayNumber: 'AC-1001',
      customerId: null,
      actor: null,
      email: 'ada@example.com',
      currency: 'EUR',
      subtotalAmount: 3000,
      shippingAmount: 500,
      taxAmount: 545,
      totalAmount: 4045,
      shippingMethod: { code: 'std', name: 'Standard', amount: 500 },
      shippingAddress: ADDRESS,
      lines: [
        mugLine(2, 1000),
        {
          lineId: randomUUID(),
          variantId: randomUUID(),
          sku: 'BOOK-1',
          title: 'Book',
          quantity: 1,
          unitAmount: 1000,
          taxClass: 'reduced',
        },
      ],
      // 19 % of 2500 (the mugs and shipping) is 475, 7 % of 1000 is 70
      taxLines: [
        { name: 'VAT 19%', ratePpm: 190_000, taxable: 2500, amount: 475, taxClasses: ['standard'] },
        { name: 'VAT 7%', ratePpm: 70_000, taxable: 1000, amount: 70, taxClasses: ['reduced'] },
      ],
      pricesIncludeTax: false,
      customerTaxId: null,
      taxNote: null,
    };
    await invoice(domainEvent(tenant, 'orders.order.created', orderId, order));
    await invoice(
      events.paymentStatus(tenant, {
        orderId,
        number: 1001,
        total: order.totalAmount,
        from: 'authorized',
        to: 'captured',
      }),
    );
    const result = await finance.call(
      `{ financeInvoices(first: 5) { edges { node { id orderNumber orderDisplayNumber subtotalAmount shippingAmount
           discountAmount taxAmount totalAmount lines { sku taxRateBps lineAmount }
           taxBreakdown { name rateBps ratePpm baseAmount taxAmount } } } } }`,
      {},
      staff(tenant),
    );
    expect(result.errors).toBeUndefined();
    const issued = result.data?.financeInvoices.edges[0]?.node;
    expect(issued).toMatchObject({
      orderNumber: 1001,
      orderDisplayNumber: 'AC-1001',
      subtotalAmount: 3000,
      shippingAmount: 500,
      discountAmount: 0,
      taxAmount: 545,
      totalAmount: 4045,
      lines: [
        { sku: 'MUG-1', taxRateBps: 1900, lineAmount: 2000 },
        { sku: 'BOOK-1', taxRateBps: 700, lineAmount: 1000 },
      ],
      taxBreakdown: [
        { name: 'VAT 19%', rateBps: 1900, ratePpm: 190_000, baseAmount: 2500, taxAmount: 475 },
        { name: 'VAT 7%', rateBps: 700, ratePpm: 70_000, baseAmount: 1000, taxAmount: 70 },
      ],
    });
    const mail = await waitFor(() => published.find((event) => event.tenantId === tenant));
    expect(mail.payload).toMatchObject({ orderNumber: 1001, orderDisplayNumber: 'AC-1001' });
    const pdf = await finance.call(`query ($id: ID!) { financeInvoicePdf(id: $id) }`, { id: issued.id }, staff(tenant));
    const text = pdfText(Buffer.from(pdf.data?.financeInvoicePdf, 'base64'));
    expect(text).toContain('Order: AC-1001');
    expect(text).toContain('VAT 19% on €25.00');
    expect(text).toContain('VAT 7% on €10.00');
  });

  it("an order priced with tax included is invoiced net, and a reverse charge prints its note and the buyer's tax id", async () => {
    const tenant = randomUUID();
    await setProfile(tenant, 'Europe/Berlin');
    const base = {
      customerId: null,
      actor: null,
      email: 'ada@example.com',
      currency: 'EUR',
      shippingMethod: { code: 'std', name: 'Standard', amount: 595 },
      shippingAddress: ADDRESS,
      pricesIncludeTax: true,
    };
    // 2 × 11.90 and shipping 5.95, both with 19 % in them, placed with the tax the buyer is charged
    const placeMugs = (
      orderId: string,
      number: number,
      charged: { taxAmount: number; customerTaxId: string | null; taxNote: string | null },
    ) =>
      invoice(
        domainEvent(tenant, 'orders.order.created', orderId, {
          ...base,
          orderId,
          number,
          subtotalAmount: 2380,
          shippingAmount: 595,
          taxAmount: charged.taxAmount,
          totalAmount: 2500 + charged.taxAmount,
          lines: [mugLine(2, 1190)],
          taxLines: [
            { name: 'VAT 19%', ratePpm: 190_000, taxable: 2500, amount: charged.taxAmount, taxClasses: ['standard'] },
          ],
          customerTaxId: charged.customerTaxId,
          taxNote: charged.taxNote,
        }),
      );
    const inclusiveId = randomUUID();
    // 3.80 + 0.95 tax, 29.75 paid
    await placeMugs(inclusiveId, 7, { taxAmount: 475, customerTaxId: null, taxNote: null });
    const reverseId = randomUUID();
    const note = 'Reverse charge: VAT to be accounted for by the recipient (intra-EU B2B supply)';
    // the same prices to a French business: the tax they contained is not charged
    await placeMugs(reverseId, 8, { taxAmount: 0, customerTaxId: 'FR40303265045', taxNote: note });
    for (const [orderId, number, total] of [
      [inclusiveId, 7, 2975],
      [reverseId, 8, 2500],
    ] as const) {
      await invoice(events.paymentStatus(tenant, { orderId, number, total, from: 'authorized', to: 'captured' }));
    }
    const result = await finance.call(
      `{ financeInvoices(first: 5) { edges { node { id orderNumber orderDisplayNumber subtotalAmount shippingAmount
           discountAmount taxAmount totalAmount taxNote buyer { taxId } lines { unitAmount lineAmount taxRateBps } } } } }`,
      {},
      staff(tenant),
    );
    expect(result.errors).toBeUndefined();
    const byOrder = new Map(
      result.data?.financeInvoices.edges.map((edge: { node: { orderNumber: number } }) => [
        edge.node.orderNumber,
        edge.node,
      ]),
    );
    expect(byOrder.get(7)).toMatchObject({
      orderDisplayNumber: '#7',
      lines: [{ unitAmount: 1000, lineAmount: 2000, taxRateBps: 1900 }],
      subtotalAmount: 2000,
      shippingAmount: 500,
      discountAmount: 0,
      taxAmount: 475,
      totalAmount: 2975,
      taxNote: null,
      buyer: { taxId: null },
    });
    expect(byOrder.get(8)).toMatchObject({
      subtotalAmount: 2000,
      shippingAmount: 500,
      discountAmount: 0,
      taxAmount: 0,
      totalAmount: 2500,
      taxNote: note,
      buyer: { taxId: 'FR40303265045' },
    });
    const reverse = byOrder.get(8) as { id: string };
    const pdf = await finance.call(
      `query ($id: ID!) { financeInvoicePdf(id: $id) }`,
      { id: reverse.id },
      staff(tenant),
    );
    const text = pdfText(Buffer.from(pdf.data?.financeInvoicePdf, 'base64'));
    expect(text).toContain('FR40303265045');
    expect(text).toContain('Reverse charge');
  });

  it("prints the shop's business profile as the seller unless the invoice settings give their own", async () => {
    const tenant = randomUUID();
    await invoice(
      domainEvent(tenant, 'identity.tenant.settings_changed', tenant, {
        name: 'Acme',
        locale: 'de',
        timeZone: 'Europe/Berlin',
        legalName: 'Acme Handels GmbH',
        taxId: 'DE123456789',
        address: {
          line1: 'Hauptstr. 1',
          line2: null,
          postalCode: '10115',
          city: 'Berlin',
          region: null,
          country: 'DE',
          phone: null,
        },
      }),
    );
    const first = randomUUID();
    await invoice(placed(tenant, { orderId: first, number: 1 }));
    await invoice(captured(tenant, first, 1));
    expect((await invoices(tenant))[0]?.seller).toEqual({
      name: 'Acme',
      legalName: 'Acme Handels GmbH',
      address: 'Hauptstr. 1\n10115 Berlin\nDE',
      taxId: 'DE123456789',
    });
    const own = await finance.call(
      `mutation ($input: FinanceInvoiceSettingsInput!) { financeInvoiceSettingsUpdate(input: $input) { errors { code } } }`,
      { input: { sellerTaxId: 'DE999999999' } },
      staff(tenant),
    );
    expect(own.data?.financeInvoiceSettingsUpdate.errors).toEqual([]);
    const second = randomUUID();
    await invoice(placed(tenant, { orderId: second, number: 2 }));
    await invoice(captured(tenant, second, 2));
    const [latest, earlier] = await invoices(tenant);
    expect(latest?.seller).toMatchObject({ legalName: 'Acme Handels GmbH', taxId: 'DE999999999' });
    // issued documents keep what they printed
    expect(earlier?.seller).toMatchObject({ taxId: 'DE123456789' });
  });

  it("shows a promotion's discount between the lines at their prices and the taxed base", async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    // 10 % off 30.00 of goods: tax is on the 27.00 left and the 5.00 shipping
    await invoice(
      domainEvent(tenant, 'orders.order.created', orderId, {
        orderId,
        number: 3,
        displayNumber: 'AC-3',
        customerId: null,
        actor: null,
        email: 'ada@example.com',
        currency: 'EUR',
        subtotalAmount: 3000,
        discountAmount: 300,
        shippingAmount: 500,
        taxAmount: 608,
        totalAmount: 3000 - 300 + 500 + 608,
        shippingMethod: { code: 'std', name: 'Standard', amount: 500 },
        shippingAddress: ADDRESS,
        lines: [mugLine(3, 1000)],
        taxLines: [{ name: 'VAT 19%', ratePpm: 190_000, taxable: 3200, amount: 608, taxClasses: ['standard'] }],
        pricesIncludeTax: false,
      }),
    );
    await invoice(
      events.paymentStatus(tenant, { orderId, number: 3, total: 3808, from: 'authorized', to: 'captured' }),
    );
    expect((await invoices(tenant))[0]).toMatchObject({
      subtotalAmount: 3000,
      discountAmount: 300,
      shippingAmount: 500,
      taxAmount: 608,
      totalAmount: 3808,
      taxBreakdown: [{ rateBps: 1900, baseAmount: 3200, taxAmount: 608 }],
    });
  });

  it('a capture before the placement issues when the placement arrives', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await invoice(captured(tenant, orderId, 7, '2026-03-02T10:00:00.000Z'));
    expect(await invoices(tenant)).toEqual([]);
    await invoice(placed(tenant, { orderId, number: 7 }));
    expect((await invoices(tenant)).map((row) => [row.number, row.issueDate])).toEqual([
      ['INV-2026-000001', '2026-03-02'],
    ]);
  });

  it('on the shipment setting, the first shipment issues the whole order and a capture issues nothing', async () => {
    const tenant = randomUUID();
    const update = await finance.call(
      `mutation { financeInvoiceSettingsUpdate(input: { invoiceTrigger: SHIPMENT }) { settings { invoiceTrigger } errors { code } } }`,
      {},
      staff(tenant),
    );
    expect(update.data?.financeInvoiceSettingsUpdate.settings.invoiceTrigger).toBe('SHIPMENT');
    const denied = await finance.call(
      `mutation { financeInvoiceSettingsUpdate(input: { invoiceTrigger: CAPTURE }) { errors { code } } }`,
      {},
      staff(tenant, ['finance:read', 'finance:write']),
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number: 3 }));
    await invoice(captured(tenant, orderId, 3));
    expect(await invoices(tenant)).toEqual([]);
    const ship = (at: string) =>
      events.shipped(
        tenant,
        { shipmentId: randomUUID(), orderId, lines: [{ variantId: randomUUID(), quantity: 1 }] },
        at,
      );
    await invoice(ship('2026-05-04T09:00:00.000Z'));
    await invoice(ship('2026-05-06T09:00:00.000Z'));
    const all = await invoices(tenant);
    expect(all.map((row) => [row.number, row.totalAmount, row.issueDate])).toEqual([
      ['INV-2026-000001', 5950, '2026-05-04'],
    ]);
  });

  it('50 concurrent issues in one tenant are numbered 1..50 without a gap or a duplicate', async () => {
    const tenant = randomUUID();
    const orders = Array.from({ length: 50 }, (_, index) => ({ orderId: randomUUID(), number: index + 1 }));
    for (const order of orders) await invoice(placed(tenant, order));
    // every capture at once, split across two consumers on two pools; a third of them delivered twice
    await Promise.all(
      orders.flatMap((order, index) => {
        const event = captured(tenant, order.orderId, order.number);
        const deliveries = [(index % 2 ? invoice : invoiceElsewhere)(event)];
        if (index % 3 === 0) deliveries.push((index % 2 ? invoiceElsewhere : invoice)(event));
        return deliveries;
      }),
    );
    const numbers = (await invoices(tenant)).map((row) => row.number).sort();
    const year = new Date().getUTCFullYear();
    expect(numbers).toEqual(orders.map((_, index) => `INV-${year}-${String(index + 1).padStart(6, '0')}`));
  });

  it('a rolled-back issue gives its number back', async () => {
    const tenant = randomUUID();
    const pool = db.servicePool('finance');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const { allocateInvoiceNumber } = await import('../src/data/invoice-numbers.ts');
      expect((await allocateInvoiceNumber(client, tenant, 'INV', 2026)).number).toBe('INV-2026-000001');
      await client.query('rollback');
    } finally {
      client.release();
    }
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number: 1 }));
    await invoice(captured(tenant, orderId, 1, '2026-06-01T12:00:00.000Z'));
    expect((await invoices(tenant)).map((row) => row.number)).toEqual(['INV-2026-000001']);
  });

  it('the database refuses any edit or delete of an issued invoice and its lines', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number: 1 }));
    await invoice(captured(tenant, orderId, 1));
    const client = await db.servicePool('finance').connect();
    try {
      for (const statement of [
        'update finance.invoices set total_amount = 1',
        'delete from finance.invoices',
        'update finance.invoice_lines set quantity = 1',
        'delete from finance.invoice_lines',
        'truncate finance.invoices cascade',
      ]) {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
        await expect(client.query(statement)).rejects.toThrow(/permission denied/);
        await client.query('rollback');
      }
      // and crediting more than the invoice holds fails whatever the code does
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      await expect(
        client.query('update finance.invoice_balances set credited_amount = total_amount + 1'),
      ).rejects.toThrow(/check constraint/);
      await client.query('rollback');
    } finally {
      client.release();
    }
    expect((await invoices(tenant))[0]?.totalAmount).toBe(5950);
  });
});

const CREDIT = `mutation ($input: FinanceCreditNoteIssueInput!) { financeCreditNoteIssue(input: $input) {
  creditNote { ${INVOICE_FIELDS} } errors { code field message } } }`;

describe('credit notes', () => {
  async function invoiced(tenant: string, number = 1) {
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number }));
    await invoice(captured(tenant, orderId, number));
    const row = (await invoices(tenant, { kind: 'INVOICE' })).find((node) => node.orderNumber === number);
    return { orderId, invoice: row as InvoiceNode };
  }

  it('a return refund and a full refund credit the invoice in their own series, never more than is left', async () => {
    const tenant = randomUUID();
    const { orderId, invoice: issued } = await invoiced(tenant);
    const returned = events.returnMoved(tenant, 'fulfillment.return.refunded', {
      returnId: randomUUID(),
      orderId,
      refundAmount: 2380,
      lines: [{ variantId: randomUUID(), quantity: 2 }],
    });
    await Promise.all([invoice(returned), invoiceElsewhere(returned)]);
    const refunded = events.paymentStatus(tenant, {
      orderId,
      number: 1,
      total: 5950,
      from: 'captured',
      to: 'refunded',
    });
    await invoice(refunded);
    await invoiceElsewhere(refunded);
    const notes = await invoices(tenant, { kind: 'CREDIT_NOTE' });
    expect(
      notes.map((note) => [note.number, note.totalAmount, note.taxAmount, note.creditedInvoiceNumber, note.sourceType]),
    ).toEqual([
      [`CN-${issued.number.slice(4, 8)}-000002`, 3570, 570, issued.number, 'order.refunded'],
      [`CN-${issued.number.slice(4, 8)}-000001`, 2380, 380, issued.number, 'return.refunded'],
    ]);
    expect(notes[1]?.taxBreakdown).toEqual([{ rateBps: 1900, baseAmount: 2000, taxAmount: 380 }]);
    const after = await finance.call(
      `query ($id: ID!) { financeInvoice(id: $id) { remainingAmount creditedAmount creditNotes { number } } }`,
      { id: issued.id },
      staff(tenant),
    );
    expect(after.data?.financeInvoice).toEqual({
      remainingAmount: 0,
      creditedAmount: 5950,
      creditNotes: [{ number: notes[1]?.number }, { number: notes[0]?.number }],
    });
    // nothing left: a manual credit is refused
    const refused = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, amount: 1, reason: 'Goodwill' } },
      staff(tenant),
    );
    expect(refused.data?.financeCreditNoteIssue.errors[0]?.code).toBe('EXCEEDS_REMAINING');
  });

  it('a manual credit note by amount or by lines, with typed errors', async () => {
    const tenant = randomUUID();
    const { invoice: issued } = await invoiced(tenant);
    const byLines = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, lines: [{ lineNo: 1, quantity: 1 }], reason: 'Broken mug' } },
      staff(tenant),
    );
    expect(byLines.data?.financeCreditNoteIssue.errors).toEqual([]);
    expect(byLines.data?.financeCreditNoteIssue.creditNote).toMatchObject({
      kind: 'CREDIT_NOTE',
      reason: 'Broken mug',
      sourceType: 'manual',
      subtotalAmount: 1000,
      taxAmount: 190,
      totalAmount: 1190,
      lines: [{ sku: 'MUG-1', title: 'Mug', quantity: 1, unitAmount: 1000, lineAmount: 1000, taxRateBps: 1900 }],
    });
    const tooMuch = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, amount: 4761, reason: 'x' } },
      staff(tenant),
    );
    expect(tooMuch.data?.financeCreditNoteIssue).toMatchObject({
      creditNote: null,
      errors: [{ code: 'EXCEEDS_REMAINING', field: ['input', 'amount'] }],
    });
    const exact = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, amount: 4760, reason: 'Rest' } },
      staff(tenant),
    );
    expect(exact.data?.financeCreditNoteIssue.creditNote).toMatchObject({ totalAmount: 4760, taxAmount: 760 });
    const missing = await finance.call(
      CREDIT,
      { input: { invoiceId: encodeGlobalId('FinanceInvoice', randomUUID()), amount: 1, reason: 'x' } },
      staff(tenant),
    );
    expect(missing.data?.financeCreditNoteIssue.errors[0]?.code).toBe('NOT_FOUND');
    const noSuchLine = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, lines: [{ lineNo: 9, quantity: 1 }], reason: 'x' } },
      staff(tenant),
    );
    expect(noSuchLine.data?.financeCreditNoteIssue.errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'lines', '0'],
    });
    const neither = await finance.call(CREDIT, { input: { invoiceId: issued.id, reason: 'x' } }, staff(tenant));
    expect(neither.data?.financeCreditNoteIssue.errors[0]?.code).toBe('INVALID_INPUT');
    const readOnly = await finance.call(
      CREDIT,
      { input: { invoiceId: issued.id, amount: 1, reason: 'x' } },
      staff(tenant, ['finance:read']),
    );
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a refund before the invoice exists is credited when the invoice is issued', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await invoice(captured(tenant, orderId, 5));
    await invoice(events.paymentStatus(tenant, { orderId, number: 5, total: 5950, from: 'captured', to: 'refunded' }));
    expect(await invoices(tenant)).toEqual([]);
    await invoice(placed(tenant, { orderId, number: 5 }));
    const all = await invoices(tenant);
    expect(all.map((row) => [row.kind, row.totalAmount, row.remainingAmount])).toEqual([
      ['CREDIT_NOTE', 5950, 0],
      ['INVOICE', 5950, 0],
    ]);
  });
});

describe('reading invoices', () => {
  it('filters by kind, customer, order and dates, and pages', async () => {
    const tenant = randomUUID();
    const first = randomUUID();
    const second = randomUUID();
    await invoice(placed(tenant, { orderId: first, number: 1, email: 'Grace@Example.com' }));
    await invoice(captured(tenant, first, 1, '2026-02-10T10:00:00.000Z'));
    await invoice(placed(tenant, { orderId: second, number: 2 }));
    await invoice(captured(tenant, second, 2, '2026-03-10T10:00:00.000Z'));
    expect((await invoices(tenant, { customerEmail: 'grace@example.com' })).map((row) => row.orderNumber)).toEqual([1]);
    expect(
      (await invoices(tenant, { orderId: encodeGlobalId('Order', second) })).map((row) => row.orderNumber),
    ).toEqual([2]);
    expect((await invoices(tenant, { from: '2026-03-01', to: '2026-03-31' })).map((row) => row.orderNumber)).toEqual([
      2,
    ]);
    expect(await invoices(tenant, { kind: 'CREDIT_NOTE' })).toEqual([]);
    const page = await finance.call(LIST, { first: 1 }, staff(tenant));
    expect(page.data?.financeInvoices.totalCount).toBe(2);
    const next = await finance.call(
      LIST,
      { first: 1, after: page.data?.financeInvoices.pageInfo.endCursor },
      staff(tenant),
    );
    expect(next.data?.financeInvoices.edges.map((edge: { node: InvoiceNode }) => edge.node.orderNumber)).toEqual([1]);
    const bad = await finance.call(LIST, { filter: { from: '2026-02-30' } }, staff(tenant));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('renders the PDF with the number, seller and total', async () => {
    const tenant = randomUUID();
    await setProfile(tenant, 'Europe/Berlin');
    const orderId = randomUUID();
    await invoice(placed(tenant, { orderId, number: 42 }));
    await invoice(captured(tenant, orderId, 42));
    const [issued] = await invoices(tenant);
    const result = await finance.call(
      `query ($id: ID!) { financeInvoicePdf(id: $id) }`,
      { id: issued?.id },
      staff(tenant),
    );
    expect(result.errors).toBeUndefined();
    const pdf = Buffer.from(result.data?.financeInvoicePdf, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(`Invoice ${issued?.number}`);
    expect(text).toContain('Acme Store');
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Tax 19 % on €50.00');
    expect(text).toContain('€59.50');
  });

  it('another tenant sees none of them: not in its list, not by id, not by node, not as a PDF', async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const orderId = randomUUID();
    await invoice(placed(tenantA, { orderId, number: 1 }));
    await invoice(captured(tenantA, orderId, 1));
    const [issued] = await invoices(tenantA);
    expect(issued).toBeDefined();
    expect(await invoices(tenantB)).toEqual([]);
    const byId = await finance.call(
      `query ($id: ID!) { financeInvoice(id: $id) { number } financeInvoicePdf(id: $id) }`,
      { id: issued?.id },
      staff(tenantB),
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ financeInvoice: null, financeInvoicePdf: null });
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on FinanceInvoice { number } } }`;
    const representations = [{ __typename: 'FinanceInvoice', id: issued?.id }];
    expect((await finance.call(entities, { representations }, staff(tenantB))).data?._entities).toEqual([null]);
    expect((await finance.call(entities, { representations }, staff(tenantA))).data?._entities).toEqual([
      { number: issued?.number },
    ]);
    const credit = await finance.call(
      CREDIT,
      { input: { invoiceId: issued?.id, amount: 1, reason: 'probe' } },
      staff(tenantB),
    );
    expect(credit.data?.financeCreditNoteIssue.errors[0]?.code).toBe('NOT_FOUND');
  });

  it('costs the same statements for a page of 2 invoices as for a page of 20', async () => {
    const tenant = randomUUID();
    for (let n = 1; n <= 22; n++) {
      const orderId = randomUUID();
      await invoice(placed(tenant, { orderId, number: n }));
      await invoice(captured(tenant, orderId, n));
    }
    // the outbox relay polls on the same pool: stopped, so only the list's statements are counted
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      const result = await finance.call(
        `query ($first: Int) { financeInvoices(first: $first) { totalCount edges { node { number lines { sku } taxBreakdown { taxAmount } } } } }`,
        { first },
        staff(tenant),
      );
      expect(result.data?.financeInvoices.edges).toHaveLength(first);
      return statements.count;
    };
    expect(await page(2)).toBe(await page(20));
    finance.server.relay.start();
  });
});
