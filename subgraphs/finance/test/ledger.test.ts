import { randomUUID } from 'node:crypto';
import { countStatements } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { domainEvent, events, type FinanceHarness, financeSuite, staff, waitFor } from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;

financeSuite((suite) => {
  ({ db, finance } = suite);
});

const ENTRIES = `query ($filter: JournalEntryFilter, $first: Int) {
  financeJournalEntries(filter: $filter, first: $first) {
    totalCount
    edges { node { id number entryDate description sourceType sourceId originalDate total reversesEntryId
      lines { accountCode debit credit currency amount rate memo } } }
  }
}`;

const TRIAL = `query ($from: String, $to: String) {
  financeTrialBalance(from: $from, to: $to) { totalDebit totalCredit closingDebit closingCredit balanced
    rows { code closing debit credit } }
}`;

interface Line {
  accountCode: string;
  debit: number;
  credit: number;
  currency: string;
  amount: number;
  rate: string;
  memo: string;
}
interface Entry {
  id: string;
  number: number;
  entryDate: string;
  description: string;
  sourceType: string;
  sourceId: string;
  originalDate: string | null;
  total: number;
  reversesEntryId: string | null;
  lines: Line[];
}

async function entries(tenantId: string, filter: Record<string, unknown> = {}): Promise<Entry[]> {
  const result = await finance.call(ENTRIES, { filter, first: 100 }, staff(tenantId));
  expect(result.errors).toBeUndefined();
  return result.data?.financeJournalEntries.edges.map((edge: { node: Entry }) => edge.node);
}

const net = (entry: Entry, code: string) =>
  entry.lines.filter((line) => line.accountCode === code).reduce((sum, line) => sum + line.debit - line.credit, 0);

/** A receipt of one line posted on 3 May 2026, and the tenant's receipt entry it made. */
async function receivedOnMay3(tenantId: string, line: { variantId: string; accepted: number; unitCost: number }) {
  await finance.deliver(
    events.receipt(tenantId, { receiptId: randomUUID(), receivedAt: '2026-05-03T08:00:00Z', lines: [line] }),
  );
  const [receipt] = await entries(tenantId, { sourceType: 'receipt.posted' });
  return receipt;
}

async function balanceOf(tenantId: string, code: string, to = '2100-01-01') {
  const result = await finance.call(TRIAL, { to }, staff(tenantId));
  const row = result.data?.financeTrialBalance.rows.find((r: { code: string }) => r.code === code);
  return row?.closing as number;
}

describe('chart of accounts', () => {
  it('creates the standard chart on first use and lets a manager edit it', async () => {
    const tenant = randomUUID();
    const chart = await finance.call(
      '{ financeAccounts { id code name type parentId active roles } financeSettings { baseCurrency } }',
      {},
      staff(tenant),
    );
    expect(chart.data?.financeSettings.baseCurrency).toBe('EUR');
    const accounts = chart.data?.financeAccounts as { id: string; code: string; type: string; roles: string[] }[];
    expect(accounts.map((account) => account.code)).toContain('4100');
    const revenue = accounts.find((account) => account.code === '4000');
    const sales = accounts.find((account) => account.code === '4100');
    expect(sales?.roles).toEqual(['sales_revenue']);

    const create = `mutation ($input: FinanceAccountCreateInput!) {
      financeAccountCreate(input: $input) { account { id code name type parentId } errors { code field } } }`;
    const created = await finance.call(
      create,
      { input: { code: '4150', name: 'Gift card breakage', type: 'REVENUE', parentId: revenue?.id } },
      staff(tenant),
    );
    expect(created.data?.financeAccountCreate.errors).toEqual([]);
    expect(created.data?.financeAccountCreate.account).toMatchObject({ code: '4150', parentId: revenue?.id });

    const taken = await finance.call(
      create,
      { input: { code: '4150', name: 'Again', type: 'REVENUE' } },
      staff(tenant),
    );
    expect(taken.data?.financeAccountCreate.errors).toEqual([{ code: 'CODE_TAKEN', field: ['input', 'code'] }]);
    const wrongParent = await finance.call(
      create,
      { input: { code: '5150', name: 'Misc', type: 'EXPENSE', parentId: revenue?.id } },
      staff(tenant),
    );
    expect(wrongParent.data?.financeAccountCreate.errors[0].code).toBe('INVALID_PARENT');
    const blank = await finance.call(create, { input: { code: 'x y', name: ' ', type: 'ASSET' } }, staff(tenant));
    expect(blank.data?.financeAccountCreate.errors.map((error: { code: string }) => error.code)).toEqual([
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);

    const update = `mutation ($input: FinanceAccountUpdateInput!) {
      financeAccountUpdate(input: $input) { account { name active } errors { code } } }`;
    const renamed = await finance.call(
      update,
      { input: { accountId: created.data?.financeAccountCreate.account.id, name: 'Breakage', active: false } },
      staff(tenant),
    );
    expect(renamed.data?.financeAccountUpdate).toEqual({ account: { name: 'Breakage', active: false }, errors: [] });
    const inUse = await finance.call(update, { input: { accountId: sales?.id, active: false } }, staff(tenant));
    expect(inUse.data?.financeAccountUpdate.errors).toEqual([{ code: 'ACCOUNT_IN_USE' }]);

    const reader = await finance.call(
      create,
      { input: { code: '9999', name: 'Nope', type: 'ASSET' } },
      staff(tenant, ['finance:read']),
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await finance.call('{ financeAccounts { code } }', {}, staff(tenant, ['orders:read']));
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('posting from events', () => {
  it("dates entries on the shop's calendar day, in the month the shop lived them", async () => {
    const auckland = randomUUID();
    const unknownZone = randomUUID();
    await finance.deliver(
      domainEvent(auckland, 'identity.tenant.settings_changed', auckland, {
        name: 'Kiwi Shop',
        locale: 'en',
        timeZone: 'Pacific/Auckland',
      }),
    );
    // 23:30 UTC on 31 Dec is 12:30 on 1 Jan in Auckland (UTC+13)
    const lateNight = '2026-12-31T23:30:00Z';
    for (const tenant of [auckland, unknownZone]) {
      const orderId = randomUUID();
      await finance.deliver(
        events.orderCreated(tenant, { orderId, number: 1, subtotal: 1_000, shipping: 0, tax: 0 }, lateNight),
      );
      await finance.deliver(
        events.paymentStatus(
          tenant,
          { orderId, number: 1, total: 1_000, from: 'authorized', to: 'captured' },
          lateNight,
        ),
      );
    }
    const dates = async (tenant: string) => (await entries(tenant)).map((entry) => entry.entryDate);
    expect(await dates(auckland)).toEqual(['2027-01-01', '2027-01-01']);
    // a shop finance has not heard the zone of is booked on the UTC day
    expect(await dates(unknownZone)).toEqual(['2026-12-31', '2026-12-31']);
    const periods = await finance.call('{ financePeriods { startsOn entryCount } }', {}, staff(auckland));
    expect(periods.data?.financePeriods).toEqual([{ startsOn: '2027-01-01', entryCount: 2 }]);
    // the invoice the capture issued is dated the same day as its entries
    const invoice = await finance.call(
      '{ financeInvoices(first: 1) { edges { node { issueDate } } } }',
      {},
      staff(auckland),
    );
    expect(invoice.data?.financeInvoices.edges[0].node.issueDate).toBe('2027-01-01');
  });

  it('posts an order placed and its capture once each, balanced, and reports them', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const placed = events.orderCreated(
      tenant,
      { orderId, number: 1001, subtotal: 10_000, shipping: 500, tax: 1_900 },
      '2026-03-10T10:00:00Z',
    );
    await finance.bus.publish(placed);
    const [entry] = await waitFor(async () => {
      const found = await entries(tenant);
      return found.length === 1 ? found : null;
    });
    expect(entry).toMatchObject({
      sourceType: 'order.placed',
      sourceId: orderId,
      entryDate: '2026-03-10',
      total: 12_400,
    });
    expect(net(entry as Entry, '1200')).toBe(12_400);
    expect(net(entry as Entry, '4100')).toBe(-10_000);
    expect(net(entry as Entry, '4200')).toBe(-500);
    expect(net(entry as Entry, '2300')).toBe(-1_900);

    // a replay of the same event, and the same document in another event, post nothing more
    await finance.deliver(placed);
    await finance.deliver(
      events.orderCreated(tenant, { orderId, number: 1001, subtotal: 10_000, shipping: 500, tax: 1_900 }),
    );
    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 1001, total: 12_400, from: 'authorized', to: 'captured' },
        '2026-03-11T09:00:00Z',
      ),
    );
    const all = await entries(tenant);
    expect(all.map((e) => e.sourceType).sort()).toEqual(['order.payment_captured', 'order.placed']);
    expect(await balanceOf(tenant, '1200')).toBe(0);
    expect(await balanceOf(tenant, '1100')).toBe(12_400);

    const pnl = await finance.call(
      `{ financeProfitAndLoss(from: "2026-03-01", to: "2026-03-31") { totalRevenue netIncome months { month revenue grossMargin } } }`,
      {},
      staff(tenant),
    );
    expect(pnl.data?.financeProfitAndLoss).toEqual({
      totalRevenue: 10_500,
      netIncome: 10_500,
      months: [{ month: '2026-03', revenue: 10_500, grossMargin: 10_500 }],
    });
  });

  it('values shipments and returns at the moving-average cost in force at their time, and says when it knows none', async () => {
    const tenant = randomUUID();
    const known = randomUUID();
    const unknown = randomUUID();
    await finance.deliver(
      events.variantCost(tenant, { variantId: known, averageCost: 1234.5678 }, '2026-04-01T00:00:00Z'),
    );
    // an older cost arriving late does not change what a later shipment is valued at
    await finance.deliver(events.variantCost(tenant, { variantId: known, averageCost: 1 }, '2026-03-01T00:00:00Z'));
    const shipmentId = randomUUID();
    await finance.deliver(
      events.shipped(
        tenant,
        {
          shipmentId,
          orderId: randomUUID(),
          lines: [
            { variantId: known, quantity: 3 },
            { variantId: unknown, quantity: 1 },
          ],
        },
        '2026-04-02T00:00:00Z',
      ),
    );
    const [shipment] = await entries(tenant, { sourceType: 'shipment.shipped' });
    expect(net(shipment as Entry, '5100')).toBe(Math.round(3 * 1234.5678));
    expect(net(shipment as Entry, '1300')).toBe(-Math.round(3 * 1234.5678));
    expect(shipment?.description).toContain(`no known cost for 1 variant(s), posted at 0: ${unknown}`);

    const returnId = randomUUID();
    await finance.deliver(
      events.returnMoved(tenant, 'fulfillment.return.received', {
        returnId,
        orderId: randomUUID(),
        refundAmount: null,
        lines: [{ variantId: known, quantity: 1 }],
      }),
    );
    await finance.deliver(
      events.returnMoved(tenant, 'fulfillment.return.refunded', {
        returnId,
        orderId: randomUUID(),
        refundAmount: 2_000,
        lines: [{ variantId: known, quantity: 1 }],
      }),
    );
    const [received] = await entries(tenant, { sourceType: 'return.received' });
    expect(net(received as Entry, '1300')).toBe(1235);
    const [refunded] = await entries(tenant, { sourceType: 'return.refunded' });
    expect(net(refunded as Entry, '4900')).toBe(2_000);
    expect(net(refunded as Entry, '1100')).toBe(-2_000);
  });

  it("gives back the tax in a refunded return, in the order's proportion, whichever arrives first", async () => {
    for (const refundFirst of [true, false]) {
      const tenant = randomUUID();
      const orderId = randomUUID();
      const returnId = randomUUID();
      const placed = events.orderCreated(tenant, { orderId, number: 1, subtotal: 10_000, shipping: 0, tax: 1_900 });
      const refunded = events.returnMoved(tenant, 'fulfillment.return.refunded', {
        returnId,
        orderId,
        refundAmount: 5_950,
        lines: [],
      });
      for (const envelope of refundFirst ? [refunded, placed, refunded] : [placed, refunded, refunded]) {
        await finance.deliver(envelope);
      }
      // half the order back: 5 950 of which 950 is tax (1 900 × 5 950 / 11 900)
      expect(await balanceOf(tenant, '2300')).toBe(-950);
      expect(await balanceOf(tenant, '4900')).toBe(5_000);
      expect(await balanceOf(tenant, '1100')).toBe(-5_950);
      const [share, ...more] = await entries(tenant, { sourceType: 'return.tax' });
      expect(more).toEqual([]);
      expect(share?.sourceId).toBe(returnId);
      expect(share?.description).toContain('the tax in its refund (950 of 5950 EUR) given back');
    }
    // a return of an order finance never booked: the refund posts, its tax share waits for the order
    const tenant = randomUUID();
    await finance.deliver(
      events.returnMoved(tenant, 'fulfillment.return.refunded', {
        returnId: randomUUID(),
        orderId: randomUUID(),
        refundAmount: 1_000,
        lines: [],
      }),
    );
    expect(await balanceOf(tenant, '4900')).toBe(1_000);
    expect(await entries(tenant, { sourceType: 'return.tax' })).toEqual([]);
  });

  it('books receipts into goods received not invoiced and bills against payables with the price variance', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    const receipt = await receivedOnMay3(tenant, { variantId, accepted: 10, unitCost: 250.25 });
    expect(receipt?.entryDate).toBe('2026-05-03');
    expect(net(receipt as Entry, '1300')).toBe(2503);
    expect(net(receipt as Entry, '2200')).toBe(-2503);

    // billed in USD at 0.9: 3,000 USD cents of goods = 2,700 EUR cents against 2,503 received; tax and freight
    const billId = randomUUID();
    await finance.deliver(
      events.bill(tenant, 'bill', {
        billId,
        billDate: '2026-05-10',
        lines: [{ amount: 3_000, receivedBaseAmount: 2_503 }],
        tax: 570,
        freight: 111,
        currency: 'USD',
        rate: 0.9,
      }),
    );
    const [bill] = await entries(tenant, { sourceType: 'bill.posted' });
    expect(net(bill as Entry, '2200')).toBe(2_503);
    expect(net(bill as Entry, '1400')).toBe(513);
    expect(net(bill as Entry, '5300')).toBe(100);
    const payables = Math.round((3_000 + 570 + 111) * 0.9);
    expect(net(bill as Entry, '2100')).toBe(-payables);
    expect(net(bill as Entry, '5200')).toBe(payables - 2_503 - 513 - 100);
    const usd = bill?.lines.find((line) => line.accountCode === '2100');
    expect(usd).toMatchObject({ currency: 'USD', amount: -(3_000 + 570 + 111) });
    expect(Number(usd?.rate)).toBe(0.9);
    expect(await balanceOf(tenant, '2200')).toBe(0);

    await finance.deliver(
      events.bill(tenant, 'credit_note', {
        billId: randomUUID(),
        billDate: '2026-05-12',
        lines: [{ amount: 1_000, receivedBaseAmount: 1_000 }],
        tax: 0,
        freight: 0,
      }),
    );
    const [credit] = await entries(tenant, { sourceType: 'credit_note.posted' });
    expect(net(credit as Entry, '2100')).toBe(1_000);
    expect(net(credit as Entry, '2200')).toBe(-1_000);
  });

  it('rounds quantity × unit cost half up in exact decimals, where a float product falls just under the half', async () => {
    // 15 × 4.1 is 61.5, but 15 * 4.1 in floating point is 61.49999999999999 and would post 61
    const tenant = randomUUID();
    const variantId = randomUUID();
    const receipt = await receivedOnMay3(tenant, { variantId, accepted: 15, unitCost: 4.1 });
    expect(net(receipt as Entry, '1300')).toBe(62);
    await finance.deliver(events.variantCost(tenant, { variantId, averageCost: '4.1' }, '2026-05-03T08:00:01Z'));
    await finance.deliver(
      events.shipped(
        tenant,
        { shipmentId: randomUUID(), orderId: randomUUID(), lines: [{ variantId, quantity: 15 }] },
        '2026-05-04T00:00:00Z',
      ),
    );
    const [shipment] = await entries(tenant, { sourceType: 'shipment.shipped' });
    expect(net(shipment as Entry, '1300')).toBe(-62);
    expect(await balanceOf(tenant, '1300')).toBe(0);
  });

  it('reverses an order placement when it is cancelled, even if the cancellation arrives first', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await finance.deliver(events.orderCancelled(tenant, { orderId, number: 7, total: 1_190 }));
    expect(await entries(tenant)).toEqual([]);
    await finance.deliver(events.orderCreated(tenant, { orderId, number: 7, subtotal: 1_000, shipping: 0, tax: 190 }));
    const all = await entries(tenant);
    expect(all.map((entry) => entry.sourceType).sort()).toEqual(['order.placed', 'reversal']);
    expect(await balanceOf(tenant, '1200')).toBe(0);
    expect(await balanceOf(tenant, '4100')).toBe(0);
  });

  it('posts an event once when two consumers take it at the same moment', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const placed = events.orderCreated(tenant, { orderId, number: 9, subtotal: 500, shipping: 0, tax: 0 });
    await Promise.all([
      finance.deliver(placed),
      finance.deliver({ ...placed }),
      finance.deliver({ ...placed, id: randomUUID() }),
    ]);
    expect(await entries(tenant)).toHaveLength(1);
  });

  it('a malformed payload is refused as permanent, and nothing is posted', async () => {
    const tenant = randomUUID();
    const bad = events.orderCreated(tenant, { orderId: randomUUID(), number: 1, subtotal: 1, shipping: 0, tax: 0 });
    (bad.payload as Record<string, unknown>).totalAmount = 'lots';
    await expect(finance.deliver(bad)).rejects.toThrow(/malformed orders.order.created/);
    expect(await entries(tenant)).toEqual([]);
  });
});

describe('the database keeps the ledger sound', () => {
  it('refuses an unbalanced entry at commit, and any edit or delete of a posted one', async () => {
    const tenant = randomUUID();
    await finance.deliver(
      events.orderCreated(tenant, { orderId: randomUUID(), number: 1, subtotal: 100, shipping: 0, tax: 0 }),
    );
    const pool = db.servicePool('finance');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const { rows } = await client.query(
        `select p.id as period, a.id as account from finance.fiscal_periods p, finance.accounts a where a.code = '1200' limit 1`,
      );
      const entry = await client.query(
        `insert into finance.journal_entries (tenant_id, entry_date, period_id, description, source_type, source_id)
         select $1, starts_on, id, 'by hand', 'manual', 'x' from finance.fiscal_periods where id = $2 returning id`,
        [tenant, rows[0].period],
      );
      await client.query(
        `insert into finance.journal_lines (tenant_id, entry_id, line_no, account_id, debit, credit, currency, amount, rate)
         values ($1, $2, 1, $3, 100, 0, 'EUR', 100, 1), ($1, $2, 2, $3, 0, 99, 'EUR', -99, 1)`,
        [tenant, entry.rows[0].id, rows[0].account],
      );
      await expect(client.query('commit')).rejects.toThrow(/not balanced: debits 100 <> credits 99/);

      for (const statement of [
        'update finance.journal_lines set debit = debit + 1',
        'delete from finance.journal_entries',
        'update finance.journal_entries set description = $$x$$',
      ]) {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
        await expect(client.query(statement)).rejects.toThrow(/permission denied/);
        await client.query('rollback');
      }
    } finally {
      client.release();
    }
    expect(await entries(tenant)).toHaveLength(1);
  });
});

describe('fiscal periods', () => {
  it('a closed month refuses postings: a late event goes to the first open month, dated and explained', async () => {
    const tenant = randomUUID();
    const close = `mutation ($month: String!) { fiscalPeriodClose(input: { month: $month }) { period { month status closedBy } errors { code } } }`;
    const reopen = `mutation ($month: String!) { fiscalPeriodReopen(input: { month: $month }) { period { month status } errors { code } } }`;
    const closed = await finance.call(close, { month: '2026-01' }, staff(tenant));
    expect(closed.data?.fiscalPeriodClose.period).toMatchObject({ month: '2026-01', status: 'CLOSED' });
    expect((await finance.call(close, { month: '2026-01' }, staff(tenant))).data?.fiscalPeriodClose.errors).toEqual([
      { code: 'INVALID_TRANSITION' },
    ]);
    expect((await finance.call(close, { month: '2026-13' }, staff(tenant))).data?.fiscalPeriodClose.errors).toEqual([
      { code: 'INVALID_INPUT' },
    ]);
    expect(
      (await finance.call(close, { month: '2026-02' }, staff(tenant, ['finance:read']))).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    await finance.call(close, { month: '2026-02' }, staff(tenant));

    const orderId = randomUUID();
    await finance.deliver(
      events.orderCreated(tenant, { orderId, number: 5, subtotal: 100, shipping: 0, tax: 0 }, '2026-01-20T12:00:00Z'),
    );
    const [late] = await entries(tenant);
    expect(late).toMatchObject({ entryDate: '2026-03-01', originalDate: '2026-01-20' });
    expect(late?.description).toContain('dated 2026-01-20, a closed period');

    // the database refuses a posting into a closed month whatever the code does
    const pool = db.servicePool('finance');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      await expect(
        client.query(
          `insert into finance.journal_entries (tenant_id, entry_date, period_id, description, source_type, source_id)
           select $1, starts_on, id, 'sneaky', 'manual', 'y' from finance.fiscal_periods where starts_on = '2026-01-01'`,
          [tenant],
        ),
      ).rejects.toThrow(/is closed/);
      await client.query('rollback');
    } finally {
      client.release();
    }

    const reopened = await finance.call(reopen, { month: '2026-01' }, staff(tenant));
    expect(reopened.data?.fiscalPeriodReopen.period).toEqual({ month: '2026-01', status: 'OPEN' });
    await finance.deliver(
      events.paymentStatus(
        tenant,
        { orderId, number: 5, total: 100, from: 'authorized', to: 'captured' },
        '2026-01-21T12:00:00Z',
      ),
    );
    const [capture] = await entries(tenant, { sourceType: 'order.payment_captured' });
    expect(capture?.entryDate).toBe('2026-01-21');
    const periods = await finance.call('{ financePeriods { month status entryCount } }', {}, staff(tenant));
    expect(periods.data?.financePeriods).toEqual([
      { month: '2026-03', status: 'OPEN', entryCount: 1 },
      { month: '2026-02', status: 'CLOSED', entryCount: 0 },
      { month: '2026-01', status: 'OPEN', entryCount: 1 },
    ]);
  });
});

describe('corrections and reports', () => {
  it('reverses an entry once, and the reports balance with earnings in equity', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    await finance.deliver(events.variantCost(tenant, { variantId, averageCost: 400 }));
    await finance.deliver(
      events.orderCreated(
        tenant,
        { orderId: randomUUID(), number: 1, subtotal: 1_000, shipping: 100, tax: 210 },
        '2026-06-01T10:00:00Z',
      ),
    );
    await finance.deliver(
      events.receipt(tenant, {
        receiptId: randomUUID(),
        receivedAt: '2026-06-02T10:00:00Z',
        lines: [{ variantId, accepted: 5, unitCost: 400 }],
      }),
    );
    await finance.deliver(
      events.shipped(
        tenant,
        { shipmentId: randomUUID(), orderId: randomUUID(), lines: [{ variantId, quantity: 1 }] },
        '2026-07-03T10:00:00Z',
      ),
    );
    const [placed] = await entries(tenant, { sourceType: 'order.placed' });

    const reverse = `mutation ($id: ID!) { journalEntryReverse(input: { entryId: $id, reason: "wrong customer" }) {
      reversal { sourceType reversesEntryId description total } errors { code } } }`;
    const reversed = await finance.call(reverse, { id: placed?.id }, staff(tenant));
    expect(reversed.data?.journalEntryReverse.reversal).toMatchObject({
      sourceType: 'reversal',
      reversesEntryId: placed?.id,
      total: 1_310,
    });
    expect((await finance.call(reverse, { id: placed?.id }, staff(tenant))).data?.journalEntryReverse.errors).toEqual([
      { code: 'ALREADY_REVERSED' },
    ]);
    await finance.deliver(
      events.orderCreated(
        tenant,
        { orderId: randomUUID(), number: 2, subtotal: 2_000, shipping: 0, tax: 380 },
        '2026-07-05T10:00:00Z',
      ),
    );

    const trial = await finance.call(TRIAL, { from: '2026-07-01', to: '2026-07-31' }, staff(tenant));
    expect(trial.data?.financeTrialBalance.balanced).toBe(true);
    expect(trial.data?.financeTrialBalance.totalDebit).toBe(trial.data?.financeTrialBalance.totalCredit);

    const sheet = await finance.call(
      `{ financeBalanceSheet(from: "2026-07-01", to: "2026-07-31") { totalAssets totalLiabilities totalEquity
          retainedEarnings currentEarnings balanced assets { code amount } } }`,
      {},
      staff(tenant),
    );
    const balance = sheet.data?.financeBalanceSheet;
    expect(balance.balanced).toBe(true);
    expect(balance.totalAssets).toBe(balance.totalLiabilities + balance.totalEquity);
    expect(balance.retainedEarnings).toBe(1_100);
    // July's sale (+2,000) and its cost (−400); the reversal of June's sale is dated the day it was made
    expect(balance.currentEarnings).toBe(2_000 - 400);
    expect(reversed.data?.journalEntryReverse.reversal.description).toBe(
      `Reversal of entry #${placed?.number}: wrong customer`,
    );

    const accounts = await finance.call('{ financeAccounts { id code } }', {}, staff(tenant));
    const inventory = accounts.data?.financeAccounts.find((a: { code: string }) => a.code === '1300');
    const ledger = await finance.call(
      `query ($id: ID!) { financeGeneralLedger(accountId: $id, from: "2026-06-01", to: "2026-12-31", first: 1) {
        opening closing lines { totalCount pageInfo { hasNextPage endCursor } edges { node { sourceType debit credit balance } } } } }`,
      { id: inventory.id },
      staff(tenant),
    );
    expect(ledger.data?.financeGeneralLedger).toMatchObject({ opening: 0, closing: 1_600 });
    expect(ledger.data?.financeGeneralLedger.lines.totalCount).toBe(2);
    expect(ledger.data?.financeGeneralLedger.lines.edges[0].node).toEqual({
      sourceType: 'receipt.posted',
      debit: 2_000,
      credit: 0,
      balance: 2_000,
    });
    const next = await finance.call(
      `query ($id: ID!, $after: String) { financeGeneralLedger(accountId: $id, from: "2026-06-01", to: "2026-12-31", first: 5, after: $after) {
        lines { edges { node { sourceType balance } } } } }`,
      { id: inventory.id, after: ledger.data?.financeGeneralLedger.lines.pageInfo.endCursor },
      staff(tenant),
    );
    expect(next.data?.financeGeneralLedger.lines.edges).toEqual([
      { node: { sourceType: 'shipment.shipped', balance: 1_600 } },
    ]);

    const csv = await finance.call(
      `query ($id: ID) { tb: financeReportCsv(report: TRIAL_BALANCE, to: "2026-12-31")
         gl: financeReportCsv(report: GENERAL_LEDGER, accountId: $id, to: "2026-12-31") }`,
      { id: inventory.id },
      staff(tenant),
    );
    const tb = String(csv.data?.tb).trim().split('\r\n');
    expect(tb[0]).toBe('code,name,type,opening,debit,credit,closing');
    const [debits, credits] = (tb.at(-1) as string).split(',').slice(4, 6).map(Number);
    expect(debits).toBe(credits);
    expect(String(csv.data?.gl).split('\r\n')[1]).toMatch(/^2026-06-02,\d+,receipt.posted,/);

    const badRange = await finance.call('{ financeTrialBalance(from: "2026-02-30") { balanced } }', {}, staff(tenant));
    expect(badRange.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the journal list', () => {
  it('costs the same statements for a page of 2 entries as for a page of 20', async () => {
    const tenant = randomUUID();
    for (let n = 0; n < 25; n++) {
      await finance.deliver(
        events.orderCreated(tenant, { orderId: randomUUID(), number: n + 1, subtotal: 100 + n, shipping: 10, tax: 19 }),
      );
    }
    // the outbox relay polls on the same pool: stopped, so only the list's statements are counted
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      const result = await finance.call(
        `query ($first: Int) { financeJournalEntries(first: $first) { totalCount edges { node { number lines { accountCode debit } } } } }`,
        { first },
        staff(tenant),
      );
      expect(result.data?.financeJournalEntries.edges).toHaveLength(first);
      return statements.count;
    };
    expect(await page(2)).toBe(await page(20));
    finance.server.relay.start();
  });
});
