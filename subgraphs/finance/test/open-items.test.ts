import { randomUUID } from 'node:crypto';
import { countStatements, encodeGlobalId } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { events, type FinanceHarness, financeSuite, staff } from './harness.ts';

let finance: FinanceHarness;

financeSuite((suite) => {
  finance = suite.finance;
});

const ITEMS = `query ($kind: FinanceOpenItemKind!, $partyId: ID, $status: FinanceOpenItemStatus, $first: Int) {
  financeOpenItems(kind: $kind, partyId: $partyId, status: $status, first: $first) {
    totalCount
    edges { node { id documentType documentNumber partyId partyName partyEmail currency amount baseAmount openAmount
      openBaseAmount documentDate dueDate status allocations { sourceType amount baseAmount allocatedOn entryId } } }
  }
}`;

const AGING = `query ($asOf: String) {
  financeReceivablesAging(asOf: $asOf) { asOf rows { partyId partyName partyEmail itemCount current days1To30 days31To60 days61To90 over90 total }
    totals { current days1To30 days31To60 days61To90 over90 total } }
  financePayablesAging(asOf: $asOf) { asOf rows { partyId partyName itemCount current days1To30 days31To60 days61To90 over90 total }
    totals { current days1To30 days31To60 days61To90 over90 total } }
}`;

const RECEIPT = `mutation ($input: FinanceReceiptRecordInput!) {
  financeReceiptRecord(input: $input) { receipt { id amount receivedOn reference entryId } errors { code field message } }
}`;

interface Item {
  id: string;
  documentType: string;
  documentNumber: string;
  partyId: string | null;
  partyName: string;
  partyEmail: string | null;
  currency: string;
  amount: number;
  baseAmount: number;
  openAmount: number;
  openBaseAmount: number;
  documentDate: string | null;
  dueDate: string | null;
  status: string;
  allocations: { sourceType: string; amount: number; baseAmount: number; allocatedOn: string; entryId: string }[];
}

async function items(tenant: string, kind: 'RECEIVABLE' | 'PAYABLE', extra: Record<string, unknown> = {}) {
  const result = await finance.call(ITEMS, { kind, first: 100, ...extra }, staff(tenant));
  expect(result.errors).toBeUndefined();
  return result.data?.financeOpenItems.edges.map((edge: { node: Item }) => edge.node) as Item[];
}

async function balanceOf(tenant: string, code: string) {
  const result = await finance.call(
    '{ financeTrialBalance(to: "2100-01-01") { rows { code closing } } }',
    {},
    staff(tenant),
  );
  return result.data?.financeTrialBalance.rows.find((row: { code: string }) => row.code === code)?.closing as number;
}

const openTotal = (list: Item[]) => list.reduce((sum, item) => sum + item.openBaseAmount, 0);

describe('receivables open items', () => {
  it('opens a receivable per order, due after the payment terms; a capture settles it, a refund re-opens it', async () => {
    const tenant = randomUUID();
    const customerId = randomUUID();
    const terms = await finance.call(
      'mutation { financeCustomerPaymentTermsSet(input: { days: 14 }) { settings { customerPaymentTermsDays } errors { code } } }',
      {},
      staff(tenant),
    );
    expect(terms.data?.financeCustomerPaymentTermsSet.settings.customerPaymentTermsDays).toBe(14);
    const orderId = randomUUID();
    await finance.deliver(
      events.orderCreated(
        tenant,
        { orderId, number: 7, subtotal: 10_000, shipping: 500, tax: 1_900, customerId, email: 'ada@example.com' },
        '2026-03-02T10:00:00Z',
      ),
    );
    let [item] = await items(tenant, 'RECEIVABLE');
    expect(item).toMatchObject({
      documentType: 'ORDER',
      documentNumber: '7',
      partyId: encodeGlobalId('Customer', customerId),
      partyEmail: 'ada@example.com',
      amount: 12_400,
      openBaseAmount: 12_400,
      documentDate: '2026-03-02',
      dueDate: '2026-03-16',
      status: 'OPEN',
    });

    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 7, total: 12_400, from: 'authorized', to: 'captured' },
        '2026-03-03T10:00:00Z',
      ),
    );
    [item] = await items(tenant, 'RECEIVABLE');
    expect(item?.status).toBe('SETTLED');
    expect(item?.allocations).toEqual([
      expect.objectContaining({ sourceType: 'order.payment_captured', amount: 12_400, allocatedOn: '2026-03-03' }),
    ]);

    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 7, total: 12_400, from: 'captured', to: 'refunded' },
        '2026-03-04T10:00:00Z',
      ),
    );
    [item] = await items(tenant, 'RECEIVABLE');
    expect(item).toMatchObject({ status: 'OPEN', openBaseAmount: 12_400 });
    expect(item?.allocations.map((a) => a.baseAmount)).toEqual([12_400, -12_400]);
    expect(await balanceOf(tenant, '1200')).toBe(12_400);

    // by customer, and by status
    expect(await items(tenant, 'RECEIVABLE', { partyId: encodeGlobalId('Customer', randomUUID()) })).toEqual([]);
    expect(await items(tenant, 'RECEIVABLE', { status: 'SETTLED' })).toEqual([]);
    const wrongParty = await finance.call(
      ITEMS,
      { kind: 'RECEIVABLE', partyId: encodeGlobalId('Supplier', customerId) },
      staff(tenant),
    );
    expect(wrongParty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('agrees with the ledger whatever the order: a capture before its placement, a cancellation, a replay', async () => {
    const tenant = randomUUID();
    const first = randomUUID();
    const second = randomUUID();
    const placed = events.orderCreated(tenant, { orderId: first, number: 1, subtotal: 5_000, shipping: 0, tax: 0 });
    const captured = events.paymentStatus(tenant, {
      orderId: first,
      number: 1,
      total: 5_000,
      from: 'authorized',
      to: 'captured',
    });
    const cancelled = events.orderCancelled(tenant, { orderId: second, number: 2, total: 3_000 });
    const placedSecond = events.orderCreated(tenant, {
      orderId: second,
      number: 2,
      subtotal: 3_000,
      shipping: 0,
      tax: 0,
    });
    for (const envelope of [captured, cancelled, placed, placedSecond, placed, captured])
      await finance.deliver(envelope);
    const list = await items(tenant, 'RECEIVABLE');
    expect(list.map((item) => [item.documentNumber, item.amount, item.openBaseAmount, item.status]).sort()).toEqual([
      ['1', 5_000, 0, 'SETTLED'],
      ['2', 3_000, 0, 'SETTLED'],
    ]);
    expect(openTotal(list)).toBe(await balanceOf(tenant, '1200'));
  });

  it('opens a payable per supplier bill and reduces it by a credit note, in the bill currency and base', async () => {
    const tenant = randomUUID();
    const supplierId = randomUUID();
    const bill = {
      billDate: '2026-03-01',
      dueDate: '2026-03-31',
      supplierId,
      supplierName: 'Nordic Wool',
      tax: 0,
      freight: 0,
    };
    await finance.deliver(
      events.bill(tenant, 'bill', {
        ...bill,
        billId: randomUUID(),
        number: 'INV-1',
        lines: [{ amount: 10_000, receivedBaseAmount: 9_000 }],
        currency: 'USD',
        rate: 0.9,
      }),
    );
    await finance.deliver(
      events.bill(tenant, 'credit_note', {
        ...bill,
        billId: randomUUID(),
        number: 'CN-1',
        lines: [{ amount: 1_000, receivedBaseAmount: 900 }],
        currency: 'USD',
        rate: 0.9,
      }),
    );
    const list = await items(tenant, 'PAYABLE', { partyId: encodeGlobalId('Supplier', supplierId) });
    expect(
      list.map((item) => [item.documentType, item.currency, item.amount, item.baseAmount, item.dueDate]).sort(),
    ).toEqual([
      ['BILL', 'USD', 10_000, 9_000, '2026-03-31'],
      ['CREDIT_NOTE', 'USD', -1_000, -900, '2026-03-01'],
    ]);
    expect(openTotal(list)).toBe(-(await balanceOf(tenant, '2100')));
  });

  it('costs the same statements for a page of 2 items as for a page of 20', async () => {
    const tenant = randomUUID();
    for (let n = 0; n < 22; n++) {
      const orderId = randomUUID();
      await finance.deliver(
        events.orderCreated(tenant, { orderId, number: n + 1, subtotal: 100, shipping: 0, tax: 0 }),
      );
      await finance.deliver(
        events.paymentStatus(tenant, { orderId, number: n + 1, total: 100, from: 'authorized', to: 'captured' }),
      );
    }
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      expect(await items(tenant, 'RECEIVABLE', { first })).toHaveLength(first);
      return statements.count;
    };
    expect(await page(2)).toBe(await page(20));
    finance.server.relay.start();
  });
});

describe('aging', () => {
  it('puts each open amount in its bucket by days past due, boundaries included, and exports it as CSV', async () => {
    const tenant = randomUUID();
    const supplierId = randomUUID();
    const asOf = '2026-06-30';
    // days past due → bucket: 0 current, 1 and 30 → 1–30, 31 and 60 → 31–60, 61 and 90 → 61–90, 91 → 90+
    const due = [
      ['2026-07-15', 1],
      ['2026-06-30', 2],
      ['2026-06-29', 4],
      ['2026-05-31', 8],
      ['2026-05-30', 16],
      ['2026-05-01', 32],
      ['2026-04-30', 64],
      ['2026-04-01', 128],
      ['2026-03-31', 256],
    ] as const;
    for (const [dueDate, amount] of due) {
      await finance.deliver(
        events.bill(tenant, 'bill', {
          billId: randomUUID(),
          billDate: '2026-01-15',
          dueDate,
          supplierId,
          supplierName: 'Nordic Wool',
          lines: [{ amount, receivedBaseAmount: amount }],
          tax: 0,
          freight: 0,
        }),
      );
    }
    // a bill dated after the day asked about is not in its aging
    await finance.deliver(
      events.bill(tenant, 'bill', {
        billId: randomUUID(),
        billDate: '2026-07-01',
        supplierId,
        lines: [{ amount: 512, receivedBaseAmount: 512 }],
        tax: 0,
        freight: 0,
      }),
    );
    const result = await finance.call(AGING, { asOf }, staff(tenant));
    expect(result.errors).toBeUndefined();
    const payables = result.data?.financePayablesAging;
    const buckets = { current: 3, days1To30: 12, days31To60: 48, days61To90: 192, over90: 256, total: 511 };
    expect(payables.rows).toEqual([
      { partyId: encodeGlobalId('Supplier', supplierId), partyName: 'Nordic Wool', itemCount: 9, ...buckets },
    ]);
    expect(payables.totals).toEqual(buckets);
    expect(result.data?.financeReceivablesAging.rows).toEqual([]);

    const csv = await finance.call(`{ financeReportCsv(report: PAYABLES_AGING, to: "${asOf}") }`, {}, staff(tenant));
    expect(csv.data?.financeReportCsv.split('\r\n').slice(0, 3)).toEqual([
      'supplier_id,supplier,email,current,1-30,31-60,61-90,90+,total',
      `${supplierId},Nordic Wool,,3,12,48,192,256,511`,
      ',Total,,3,12,48,192,256,511',
    ]);
    const bad = await finance.call('{ financePayablesAging(asOf: "2026-02-30") { asOf } }', {}, staff(tenant));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ages as of a day: allocations after it do not count, a guest is grouped by email', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await finance.deliver(
      events.orderCreated(
        tenant,
        { orderId, number: 1, subtotal: 700, shipping: 0, tax: 0, email: 'guest@example.com' },
        '2026-05-01T09:00:00Z',
      ),
    );
    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 1, total: 700, from: 'authorized', to: 'captured' },
        '2026-05-20T09:00:00Z',
      ),
    );
    const before = await finance.call(AGING, { asOf: '2026-05-10' }, staff(tenant));
    expect(before.data?.financeReceivablesAging.rows).toEqual([
      expect.objectContaining({ partyId: null, partyEmail: 'guest@example.com', days1To30: 700, total: 700 }),
    ]);
    const after = await finance.call(AGING, { asOf: '2026-05-20' }, staff(tenant));
    expect(after.data?.financeReceivablesAging.rows).toEqual([]);
  });
});

describe('bank receipts', () => {
  it('allocates a bank payment to the customer orders, refuses more than is open, and records a key once', async () => {
    const tenant = randomUUID();
    const customerId = randomUUID();
    const customer = encodeGlobalId('Customer', customerId);
    for (const [number, subtotal] of [
      [1, 4_000],
      [2, 6_000],
    ] as const) {
      await finance.deliver(
        events.orderCreated(tenant, { orderId: randomUUID(), number, subtotal, shipping: 0, tax: 0, customerId }),
      );
    }
    const list = await items(tenant, 'RECEIVABLE');
    const byNumber = (n: string) => list.find((item) => item.documentNumber === n) as Item;

    const over = await finance.call(
      RECEIPT,
      {
        input: {
          customerId: customer,
          amount: 4_001,
          receivedOn: '2026-04-02',
          idempotencyKey: 'over',
          allocations: [{ itemId: byNumber('1').id, amount: 4_001 }],
        },
      },
      staff(tenant),
    );
    expect(over.data?.financeReceiptRecord.errors).toEqual([
      expect.objectContaining({ code: 'OVER_ALLOCATED', field: ['input', 'allocations', '0', 'amount'] }),
    ]);
    const mismatch = await finance.call(
      RECEIPT,
      {
        input: {
          customerId: customer,
          amount: 100,
          receivedOn: '2026-04-02',
          idempotencyKey: 'mismatch',
          allocations: [{ itemId: byNumber('1').id, amount: 50 }],
        },
      },
      staff(tenant),
    );
    expect(mismatch.data?.financeReceiptRecord.errors[0].code).toBe('INVALID_INPUT');

    const input = {
      customerId: customer,
      amount: 7_000,
      receivedOn: '2026-04-02',
      reference: 'SEPA 2026-04-02 Ada',
      idempotencyKey: 'bank-line-1',
      allocations: [
        { itemId: byNumber('1').id, amount: 4_000 },
        { itemId: byNumber('2').id, amount: 3_000 },
      ],
    };
    const [once, again] = await Promise.all([
      finance.call(RECEIPT, { input }, staff(tenant)),
      finance.call(RECEIPT, { input }, staff(tenant)),
    ]);
    expect(once.data?.financeReceiptRecord.errors).toEqual([]);
    expect(again.data?.financeReceiptRecord.receipt.id).toBe(once.data?.financeReceiptRecord.receipt.id);
    const after = await items(tenant, 'RECEIVABLE');
    expect(after.map((item) => [item.documentNumber, item.openBaseAmount]).sort()).toEqual([
      ['1', 0],
      ['2', 3_000],
    ]);
    expect(await balanceOf(tenant, '1050')).toBe(7_000);
    expect(await balanceOf(tenant, '1200')).toBe(openTotal(after));

    // another customer's id, and a caller who may only read
    const notTheirs = await finance.call(
      RECEIPT,
      { input: { ...input, customerId: encodeGlobalId('Customer', randomUUID()), idempotencyKey: 'other' } },
      staff(tenant),
    );
    expect(notTheirs.data?.financeReceiptRecord.errors[0].code).toBe('NOT_FOUND');
    const reader = await finance.call(
      RECEIPT,
      { input: { ...input, idempotencyKey: 'reader' } },
      staff(tenant, ['finance:read']),
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps tenants apart: tenant B neither sees nor pays tenant A’s receivables', async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const customerId = randomUUID();
    await finance.deliver(
      events.orderCreated(tenantA, {
        orderId: randomUUID(),
        number: 1,
        subtotal: 900,
        shipping: 0,
        tax: 0,
        customerId,
      }),
    );
    const [item] = await items(tenantA, 'RECEIVABLE');
    expect(await items(tenantB, 'RECEIVABLE')).toEqual([]);
    const probe = await finance.call(
      'query ($id: ID!) { financeOpenItem(id: $id) { id } }',
      { id: item?.id },
      staff(tenantB),
    );
    expect(probe.data?.financeOpenItem).toBeNull();
    const pay = await finance.call(
      RECEIPT,
      {
        input: {
          customerId: encodeGlobalId('Customer', customerId),
          amount: 900,
          receivedOn: '2026-04-02',
          idempotencyKey: 'cross',
          allocations: [{ itemId: item?.id, amount: 900 }],
        },
      },
      staff(tenantB),
    );
    expect(pay.data?.financeReceiptRecord.errors[0].code).toBe('NOT_FOUND');
    expect((await items(tenantA, 'RECEIVABLE'))[0]?.openBaseAmount).toBe(900);
  });
});
