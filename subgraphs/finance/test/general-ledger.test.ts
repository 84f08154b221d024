import { randomUUID } from 'node:crypto';
import { countStatements, encodeGlobalId, leastStatements } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { domainEvent, events, type FinanceHarness, financeSuite, staff } from './harness.ts';

let finance: FinanceHarness;

financeSuite((suite) => {
  finance = suite.finance;
});

const LEDGER = `query ($id: ID!, $from: String, $to: String, $first: Int, $after: String) {
  financeGeneralLedger(accountId: $id, from: $from, to: $to, first: $first, after: $after) {
    opening closing
    lines { totalCount pageInfo { hasNextPage endCursor }
      edges { node { entryId entryDate sourceType debit credit balance documents { kind id number } } } }
  }
}`;

interface LedgerNode {
  entryId: string;
  entryDate: string;
  sourceType: string;
  debit: number;
  credit: number;
  balance: number;
  documents: { kind: string; id: string; number: string | null }[];
}

/** The account a posting role books to, by the chart's roles. */
async function accountFor(tenantId: string, role: string): Promise<string> {
  const result = await finance.call('{ financeAccounts { id roles } }', {}, staff(tenantId));
  const account = result.data?.financeAccounts.find((a: { roles: string[] }) => a.roles.includes(role));
  if (!account) throw new Error(`no account books ${role}`);
  return account.id;
}

async function ledgerOf(
  tenantId: string,
  accountId: string,
  range: { from?: string; to?: string } = {},
): Promise<{ opening: number; closing: number; lines: LedgerNode[] }> {
  const result = await finance.call(LEDGER, { id: accountId, first: 100, ...range }, staff(tenantId));
  expect(result.errors).toBeUndefined();
  const ledger = result.data?.financeGeneralLedger;
  return {
    opening: ledger.opening,
    closing: ledger.closing,
    lines: ledger.lines.edges.map((edge: { node: LedgerNode }) => edge.node),
  };
}

/** An order with a line, so its capture issues an invoice. */
function placed(tenantId: string, orderId: string, number: number, at: string) {
  return domainEvent(
    tenantId,
    'orders.order.created',
    orderId,
    {
      orderId,
      number,
      customerId: null,
      actor: null,
      email: 'ada@example.com',
      currency: 'EUR',
      subtotalAmount: 1000,
      shippingAmount: 100,
      taxAmount: 190,
      totalAmount: 1290,
      shippingMethod: { code: 'std', name: 'Standard', amount: 100 },
      lines: [
        { lineId: randomUUID(), variantId: randomUUID(), sku: 'MUG-1', title: 'Mug', quantity: 1, unitAmount: 1000 },
      ],
    },
    at,
  );
}

describe('the general ledger of an account', () => {
  it('names the order, invoice, credit note and supplier bill each line was posted from', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const returnId = randomUUID();
    const billId = randomUUID();
    await finance.deliver(placed(tenant, orderId, 1, '2026-03-02T10:00:00Z'));
    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 1, total: 1290, from: 'authorized', to: 'captured' },
        '2026-03-03T10:00:00Z',
      ),
    );
    await finance.deliver(
      events.returnMoved(
        tenant,
        'fulfillment.return.refunded',
        { returnId, orderId, refundAmount: 645, lines: [] },
        '2026-03-10T10:00:00Z',
      ),
    );
    await finance.deliver(
      events.bill(tenant, 'bill', {
        billId,
        billDate: '2026-03-12',
        lines: [{ amount: 400, receivedBaseAmount: 400 }],
        tax: 0,
        freight: 0,
      }),
    );
    const issued = await finance.call(
      '{ financeInvoices(first: 10) { edges { node { id kind number } } } }',
      {},
      staff(tenant),
    );
    const documents = issued.data?.financeInvoices.edges.map((edge: { node: unknown }) => edge.node) as {
      id: string;
      kind: string;
      number: string;
    }[];
    const invoice = documents.find((document) => document.kind === 'INVOICE');
    const creditNote = documents.find((document) => document.kind === 'CREDIT_NOTE');
    expect(invoice && creditNote).toBeTruthy();
    const order = { kind: 'ORDER', id: encodeGlobalId('Order', orderId), number: null };

    const receivables = await ledgerOf(tenant, await accountFor(tenant, 'receivables'), {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(receivables.lines.map((line) => [line.sourceType, line.debit, line.credit, line.balance])).toEqual([
      ['order.placed', 1290, 0, 1290],
      ['order.payment_captured', 0, 1290, 0],
    ]);
    for (const line of receivables.lines) {
      expect(line.documents).toEqual([order, { kind: 'INVOICE', id: invoice?.id, number: invoice?.number }]);
    }

    // a return names only itself as the source; its event's order is kept, so its refund links the order too
    const cash = await ledgerOf(tenant, await accountFor(tenant, 'cash_clearing'), { to: '2026-03-31' });
    const refund = cash.lines.find((line) => line.sourceType === 'return.refunded');
    expect(refund?.documents).toEqual([order, { kind: 'CREDIT_NOTE', id: creditNote?.id, number: creditNote?.number }]);

    const payables = await ledgerOf(tenant, await accountFor(tenant, 'payables'), { to: '2026-03-31' });
    expect(payables.lines.map((line) => line.documents)).toEqual([
      [{ kind: 'SUPPLIER_BILL', id: encodeGlobalId('SupplierBill', billId), number: null }],
    ]);

    // the period: opening balance before it, closing at its end
    const april = await ledgerOf(tenant, await accountFor(tenant, 'payables'), {
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(april).toMatchObject({ opening: -400, closing: -400, lines: [] });
  });

  it('costs the same statements for a page of 2 lines as for a page of 20', async () => {
    const tenant = randomUUID();
    for (let n = 0; n < 25; n++) {
      const orderId = randomUUID();
      await finance.deliver(placed(tenant, orderId, n + 1, '2026-05-04T10:00:00Z'));
      await finance.deliver(
        events.paymentStatus(
          tenant,
          { orderId, number: n + 1, total: 1290, from: 'authorized', to: 'captured' },
          '2026-05-05T10:00:00Z',
        ),
      );
    }
    const receivables = await accountFor(tenant, 'receivables');
    // the outbox relay polls on the same pool: stopped, so only the ledger's statements are counted
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      const result = await finance.call(LEDGER, { id: receivables, first }, staff(tenant));
      expect(result.data?.financeGeneralLedger.lines.edges).toHaveLength(first);
      expect(result.data?.financeGeneralLedger.lines.edges[0].node.documents).toHaveLength(2);
      return statements.count;
    };
    expect(await leastStatements(() => page(2))).toBe(await leastStatements(() => page(20)));
    finance.server.relay.start();
  });

  it("links a shipment's and a return's entries to their order and its invoice; the journal's order filter finds them", async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const other = randomUUID();
    const shipmentId = randomUUID();
    const returnId = randomUUID();
    const variantId = randomUUID();
    await finance.deliver(placed(tenant, orderId, 1, '2026-05-02T10:00:00Z'));
    await finance.deliver(placed(tenant, other, 2, '2026-05-02T11:00:00Z'));
    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 1, total: 1290, from: 'authorized', to: 'captured' },
        '2026-05-03T10:00:00Z',
      ),
    );
    await finance.deliver(
      events.shipped(tenant, { shipmentId, orderId, lines: [{ variantId, quantity: 1 }] }, '2026-05-04T10:00:00Z'),
    );
    await finance.deliver(
      events.returnMoved(
        tenant,
        'fulfillment.return.received',
        { returnId, orderId, refundAmount: null, lines: [{ variantId, quantity: 1 }] },
        '2026-05-08T10:00:00Z',
      ),
    );
    const issued = await finance.call(
      '{ financeInvoices(first: 10) { edges { node { id kind number } } } }',
      {},
      staff(tenant),
    );
    const invoice = issued.data?.financeInvoices.edges.find(
      (edge: { node: { kind: string } }) => edge.node.kind === 'INVOICE',
    )?.node;
    expect(invoice).toBeTruthy();
    const linked = [
      { kind: 'ORDER', id: encodeGlobalId('Order', orderId), number: null },
      { kind: 'INVOICE', id: invoice.id, number: invoice.number },
    ];
    const journal = await finance.call(
      `query ($sourceId: String) { financeJournalEntries(first: 20, filter: { sourceId: $sourceId }) {
        edges { node { sourceType documents { kind id number } } } } }`,
      { sourceId: orderId },
      staff(tenant),
    );
    expect(journal.errors).toBeUndefined();
    const entries = journal.data?.financeJournalEntries.edges.map(
      (edge: { node: { sourceType: string; documents: unknown[] } }) => edge.node,
    );
    expect(entries.map((entry: { sourceType: string }) => entry.sourceType).sort()).toEqual([
      'order.payment_captured',
      'order.placed',
      'return.received',
      'shipment.shipped',
    ]);
    for (const entry of entries) expect(entry.documents).toEqual(linked);
    // the other order's filter finds only its own placement
    const theirs = await finance.call(
      `query ($sourceId: String) { financeJournalEntries(first: 20, filter: { sourceId: $sourceId }) { edges { node { sourceType } } } }`,
      { sourceId: other },
      staff(tenant),
    );
    expect(
      theirs.data?.financeJournalEntries.edges.map((edge: { node: { sourceType: string } }) => edge.node.sourceType),
    ).toEqual(['order.placed']);
  });

  it('names the documents of each journal entry, in as many statements for a page of 2 entries as of 20', async () => {
    const tenant = randomUUID();
    const orderIds: string[] = [];
    for (let n = 0; n < 12; n++) {
      const orderId = randomUUID();
      orderIds.push(orderId);
      await finance.deliver(placed(tenant, orderId, n + 1, '2026-06-04T10:00:00Z'));
      await finance.deliver(
        events.paymentStatus(
          tenant,
          { orderId, number: n + 1, total: 1290, from: 'authorized', to: 'captured' },
          '2026-06-05T10:00:00Z',
        ),
      );
    }
    const ENTRIES = `query ($first: Int) { financeJournalEntries(first: $first) {
      edges { node { sourceType sourceId documents { kind id } } } } }`;
    const all = await finance.call(ENTRIES, { first: 24 }, staff(tenant));
    const entries: { sourceType: string; sourceId: string; documents: { kind: string; id: string }[] }[] =
      all.data?.financeJournalEntries.edges.map((edge: { node: unknown }) => edge.node);
    expect(entries).toHaveLength(24);
    for (const entry of entries) {
      // each entry names its own order, then the order's invoice (issued at capture)
      expect(entry.documents.map((document) => document.kind)).toEqual(['ORDER', 'INVOICE']);
      expect(entry.documents[0]?.id).toBe(encodeGlobalId('Order', entry.sourceId));
    }
    expect(new Set(entries.map((entry) => entry.sourceId))).toEqual(new Set(orderIds));
    const other = await finance.call(ENTRIES, { first: 24 }, staff(randomUUID()));
    expect(other.data?.financeJournalEntries.edges).toEqual([]);
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      const result = await finance.call(ENTRIES, { first }, staff(tenant));
      expect(result.data?.financeJournalEntries.edges).toHaveLength(first);
      return statements.count;
    };
    expect(await leastStatements(() => page(2))).toBe(await leastStatements(() => page(20)));
    finance.server.relay.start();
  });

  it("refuses another tenant's account lines and a malformed account id", async () => {
    const owner = randomUUID();
    await finance.deliver(placed(owner, randomUUID(), 1, '2026-06-02T10:00:00Z'));
    const receivables = await accountFor(owner, 'receivables');
    const stranger = await finance.call(LEDGER, { id: receivables, first: 10 }, staff(randomUUID()));
    expect(stranger.data?.financeGeneralLedger).toMatchObject({ opening: 0, closing: 0, lines: { totalCount: 0 } });
    const malformed = await finance.call(LEDGER, { id: 'nope', first: 10 }, staff(owner));
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
