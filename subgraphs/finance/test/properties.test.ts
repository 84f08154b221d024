import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, events, type FinanceHarness, MIGRATIONS, staff, startFinance } from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;

beforeAll(async () => {
  db = await createTestDatabase([{ schema: 'finance', directory: MIGRATIONS }]);
  finance = await startFinance(db);
});

afterAll(async () => {
  await finance?.close();
  await db?.drop();
});

const amount = fc.integer({ min: 0, max: 500_000 });
const order = fc.record({
  subtotal: amount,
  shipping: fc.integer({ min: 0, max: 2_000 }),
  tax: fc.integer({ min: 0, max: 100_000 }),
  captured: fc.boolean(),
  cancelled: fc.boolean(),
  shipped: fc.array(fc.record({ variant: fc.nat(4), quantity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 3 }),
  returned: fc.option(fc.record({ variant: fc.nat(4), quantity: fc.integer({ min: 1, max: 3 }), refund: amount })),
});
const receipt = fc.array(
  fc.record({
    variant: fc.nat(4),
    accepted: fc.integer({ min: 0, max: 50 }),
    unitCost: fc.double({ min: 0, max: 10_000, noNaN: true }),
  }),
  { minLength: 1, maxLength: 3 },
);
const bill = fc.record({
  creditNote: fc.boolean(),
  lines: fc.array(fc.record({ amount: amount, received: amount }), { minLength: 1, maxLength: 3 }),
  tax: fc.integer({ min: 0, max: 50_000 }),
  freight: fc.integer({ min: 0, max: 5_000 }),
  rate: fc.constantFrom(1, 0.9, 1.0837, 117.5),
});
const scenario = fc.record({
  orders: fc.array(order, { minLength: 1, maxLength: 5 }),
  costs: fc.array(fc.record({ variant: fc.nat(4), cost: fc.double({ min: 0, max: 10_000, noNaN: true }) }), {
    maxLength: 5,
  }),
  receipts: fc.array(receipt, { maxLength: 3 }),
  bills: fc.array(bill, { maxLength: 3 }),
  /** which events are delivered twice (index into the list, modulo its length) */
  duplicates: fc.array(fc.nat(), { maxLength: 8 }),
  /** after the events: pay every open bill in a payment run and one open order by bank receipt */
  settle: fc.boolean(),
  seed: fc.integer(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const at = (day: number) => new Date(Date.UTC(2026, 8, 1 + day, 12)).toISOString();

/** The events a scenario makes, and what the ledger must hold once they are all in, whatever their order. */
function eventsOf(tenant: string, s: Scenario) {
  const variants = Array.from({ length: 5 }, () => randomUUID());
  const list: EventEnvelope[] = [];
  const expected = { entries: 0, receivables: 0, cash: 0 };
  s.orders.forEach((o, index) => {
    const orderId = randomUUID();
    const total = o.subtotal + o.shipping + o.tax;
    const number = index + 1;
    list.push(
      events.orderCreated(
        tenant,
        { orderId, number, subtotal: o.subtotal, shipping: o.shipping, tax: o.tax },
        at(index),
      ),
    );
    expected.entries++;
    expected.receivables += total;
    if (o.captured) {
      list.push(
        events.paymentStatus(tenant, { orderId, number, total, from: 'authorized', to: 'captured' }, at(index + 1)),
      );
      expected.entries++;
      expected.receivables -= total;
      expected.cash += total;
    }
    if (o.cancelled) {
      list.push(events.orderCancelled(tenant, { orderId, number, total }, at(index + 2)));
      expected.entries++;
      expected.receivables -= total;
      if (o.captured) {
        list.push(
          events.paymentStatus(tenant, { orderId, number, total, from: 'captured', to: 'refunded' }, at(index + 2)),
        );
        expected.entries++;
        expected.receivables += total;
        expected.cash -= total;
      }
      return;
    }
    if (o.shipped.length > 0) {
      list.push(
        events.shipped(
          tenant,
          {
            shipmentId: randomUUID(),
            orderId,
            lines: o.shipped.map((l) => ({ variantId: variants[l.variant] as string, quantity: l.quantity })),
          },
          at(index + 3),
        ),
      );
      expected.entries++;
    }
    if (o.returned) {
      const r = {
        returnId: randomUUID(),
        orderId,
        refundAmount: o.returned.refund,
        lines: [{ variantId: variants[o.returned.variant] as string, quantity: o.returned.quantity }],
      };
      list.push(events.returnMoved(tenant, 'fulfillment.return.received', r, at(index + 5)));
      list.push(events.returnMoved(tenant, 'fulfillment.return.refunded', r, at(index + 6)));
      expected.entries += 2;
      expected.cash -= o.returned.refund;
    }
  });
  s.costs.forEach((c, index) => {
    list.push(events.variantCost(tenant, { variantId: variants[c.variant] as string, averageCost: c.cost }, at(index)));
  });
  s.receipts.forEach((lines, index) => {
    list.push(
      events.receipt(tenant, {
        receiptId: randomUUID(),
        receivedAt: at(index),
        lines: lines.map((l) => ({
          variantId: variants[l.variant] as string,
          accepted: l.accepted,
          unitCost: l.unitCost,
        })),
      }),
    );
    expected.entries++;
  });
  s.bills.forEach((b, index) => {
    list.push(
      events.bill(tenant, b.creditNote ? 'credit_note' : 'bill', {
        billId: randomUUID(),
        billDate: at(index + 10).slice(0, 10),
        lines: b.lines.map((l) => ({ amount: l.amount, receivedBaseAmount: l.received })),
        tax: b.tax,
        freight: b.freight,
        currency: b.rate === 1 ? 'EUR' : 'USD',
        rate: b.rate,
      }),
    );
    expected.entries++;
  });
  return { list, expected };
}

/** A deterministic shuffle from the scenario's seed, so a failure replays. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A payment run over every bill due by 2100, and a bank receipt for the first order still open. */
async function settle(tenant: string): Promise<{ entries: number; received: number }> {
  let entries = 0;
  const created = await finance.call(
    `mutation { financePaymentRunCreate(input: { dueBy: "2100-01-01" }) { run { id supplierCount } errors { code } } }`,
    {},
    staff(tenant),
  );
  const run = created.data?.financePaymentRunCreate.run;
  if (run) {
    const posted = await finance.call(
      `mutation ($runId: ID!) { financePaymentRunPost(input: { runId: $runId, paymentDate: "2026-09-30" }) { errors { code } } }`,
      { runId: run.id },
      staff(tenant),
    );
    expect(posted.data?.financePaymentRunPost.errors).toEqual([]);
    entries += run.supplierCount;
  }
  const open = await finance.call(
    '{ financeOpenItems(kind: RECEIVABLE, status: OPEN, first: 50) { edges { node { id openBaseAmount } } } }',
    {},
    staff(tenant),
  );
  const item = open.data?.financeOpenItems.edges
    .map((edge: { node: { id: string; openBaseAmount: number } }) => edge.node)
    .find((node: { openBaseAmount: number }) => node.openBaseAmount > 0);
  if (!item) return { entries, received: 0 };
  const receipt = await finance.call(
    `mutation ($input: FinanceReceiptRecordInput!) { financeReceiptRecord(input: $input) { errors { code } } }`,
    {
      input: {
        amount: item.openBaseAmount,
        receivedOn: '2026-09-30',
        idempotencyKey: randomUUID(),
        allocations: [{ itemId: item.id, amount: item.openBaseAmount }],
      },
    },
    staff(tenant),
  );
  expect(receipt.data?.financeReceiptRecord.errors).toEqual([]);
  return { entries: entries + 1, received: item.openBaseAmount };
}

describe('the ledger under any interleaving of events, with duplicates', () => {
  it('balances every entry and the trial balance, posts each source once, and keeps open items equal to their accounts', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const tenant = randomUUID();
        const { list, expected } = eventsOf(tenant, s);
        const doubled = [...list, ...s.duplicates.map((i) => list[i % list.length] as EventEnvelope)];
        for (const envelope of shuffled(doubled, s.seed)) await finance.deliver(envelope);
        if (s.settle) {
          const settled = await settle(tenant);
          expected.entries += settled.entries;
          expected.receivables -= settled.received;
        }

        let openTotals: Record<string, number> = {};
        const client = await db.servicePool('finance').connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
          const unbalanced = await client.query(
            `select entry_id from finance.journal_lines group by entry_id having sum(debit) <> sum(credit) or count(*) < 2`,
          );
          expect(unbalanced.rows).toEqual([]);
          const { rows } = await client.query<{ count: number }>(
            'select count(*)::int as count from finance.journal_entries',
          );
          expect(rows[0]?.count).toBe(expected.entries);
          const parked = await client.query('select 1 from finance.parked_events');
          expect(parked.rows).toEqual([]);
          const open = await client.query<{ kind: string; open: number }>(
            `select kind, sum(open_base_amount)::float8 as open from finance.open_items group by kind`,
          );
          openTotals = Object.fromEntries(open.rows.map((row) => [row.kind, row.open]));
          await client.query('commit');
        } finally {
          client.release();
        }

        const trial = await finance.call(
          '{ financeTrialBalance { totalDebit totalCredit closingDebit closingCredit balanced rows { code closing } } }',
          {},
          staff(tenant),
        );
        const report = trial.data?.financeTrialBalance;
        expect(report.balanced).toBe(true);
        const closing = (code: string) => report.rows.find((row: { code: string }) => row.code === code)?.closing;
        expect(closing('1200')).toBe(expected.receivables);
        expect(closing('1100')).toBe(expected.cash);
        // the open items are the subledger of their control accounts, to the cent
        expect(openTotals.receivable ?? 0).toBe(closing('1200'));
        expect(openTotals.payable ?? 0).toBe(0 - closing('2100'));
        const sheet = await finance.call('{ financeBalanceSheet { balanced } }', {}, staff(tenant));
        expect(sheet.data?.financeBalanceSheet.balanced).toBe(true);
      }),
      { numRuns: 25 },
    );
    // 25 scenarios of up to ~40 events each, every one its own transaction: slow on a busy machine
  }, 180_000);
});
