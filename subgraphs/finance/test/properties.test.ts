import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { events, type FinanceHarness, financeSuite, staff } from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;

financeSuite((suite) => {
  ({ db, finance } = suite);
});

const amount = fc.integer({ min: 0, max: 500_000 });
/** few variants, so that orders ship what receipts brought in */
const VARIANTS = 3;
const variant = fc.nat(VARIANTS - 1);
const order = fc.record({
  subtotal: amount,
  shipping: fc.integer({ min: 0, max: 2_000 }),
  tax: fc.integer({ min: 0, max: 100_000 }),
  captured: fc.boolean(),
  /** edits after placement: each lowers the goods by `cut` (at least 1) and the tax by up to `taxCut` */
  edits: fc.array(fc.record({ cut: fc.integer({ min: 1, max: 200_000 }), taxCut: fc.nat(50_000) }), { maxLength: 2 }),
  /** the edits come after the capture (which took the total before them) rather than before it */
  editedAfterCapture: fc.boolean(),
  cancelled: fc.boolean(),
  shipped: fc.array(fc.record({ variant, quantity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 3 }),
  /** `variant` picks the shipped line it brings back */
  returned: fc.option(fc.record({ variant: fc.nat(2), quantity: fc.integer({ min: 1, max: 3 }), refund: amount })),
});
/** A receipt: its lines, and the order before whose goods movements it lands on the goods timeline. */
const receipt = fc.record({
  before: fc.nat(3),
  lines: fc.array(
    fc.record({
      variant,
      accepted: fc.integer({ min: 0, max: 50 }),
      /** unit cost in ten-thousandths of a minor unit (inventory keeps costs as exact decimals) */
      unitCost: fc.integer({ min: 0, max: 100_000_000 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const bill = fc.record({
  creditNote: fc.boolean(),
  lines: fc.array(fc.record({ amount: amount, received: amount }), { minLength: 1, maxLength: 3 }),
  tax: fc.integer({ min: 0, max: 50_000 }),
  freight: fc.integer({ min: 0, max: 5_000 }),
  rate: fc.constantFrom(1, 0.9, 1.0837, 117.5),
});
const scenario = fc.record({
  orders: fc.array(order, { minLength: 1, maxLength: 5 }),
  receipts: fc.array(receipt, { minLength: 1, maxLength: 3 }),
  bills: fc.array(bill, { maxLength: 3 }),
  /** which events are delivered twice (index into the list, modulo its length) */
  duplicates: fc.array(fc.nat(), { maxLength: 8 }),
  /** after the events: pay every open bill in a payment run and one open order by bank receipt */
  settle: fc.boolean(),
  seed: fc.integer(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const at = (day: number) => new Date(Date.UTC(2026, 8, 1 + day, 12)).toISOString();
/** the goods timeline (receipts, cost changes, shipments, returns received) ticks a minute a step */
const moment = (step: number) => new Date(Date.UTC(2026, 8, 1, 12, step)).toISOString();

/** Costs are exact decimals: integers of millionths of a minor unit (inventory's numeric(24, 6)). */
const MICRO = 1_000_000;
/** n / d rounded half up, for non-negative integers (what numeric's round does to positives) */
const roundedQuotient = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d));
const decimalOf = (micro: number) => (micro / MICRO).toFixed(6);

/**
 * Each variant's stock as inventory keeps it: on hand (received − shipped + returned) and the
 * moving-average cost it publishes after each receipt, computed exactly as `foldReceiptCosts`
 * does: (onHand × average + Σ accepted × unitCost) / (onHand + Σ accepted), rounded to 6 places, or
 * the receipt's own mean cost when nothing is on hand or no cost is known yet.
 */
class Stock {
  readonly onHand = new Map<string, number>();
  readonly averageMicro = new Map<string, number>();

  /** folds a receipt's accepted units per variant; returns the cost each variant now has */
  receive(lines: { variantId: string; accepted: number; unitCostMicro: number }[]) {
    const received = new Map<string, { accepted: number; valueMicro: number }>();
    for (const line of lines) {
      if (line.accepted === 0) continue;
      const sum = received.get(line.variantId) ?? { accepted: 0, valueMicro: 0 };
      sum.accepted += line.accepted;
      sum.valueMicro += line.accepted * line.unitCostMicro;
      received.set(line.variantId, sum);
    }
    return [...received].map(([variantId, { accepted, valueMicro }]) => {
      const before = this.onHand.get(variantId) ?? 0;
      const known = this.averageMicro.get(variantId);
      const average =
        before <= 0 || known === undefined
          ? roundedQuotient(valueMicro, accepted)
          : roundedQuotient(before * known + valueMicro, before + accepted);
      this.onHand.set(variantId, before + accepted);
      this.averageMicro.set(variantId, average);
      return { variantId, averageMicro: average, onHand: before + accepted, accepted, valueMicro };
    });
  }

  /** moves `quantity` out (negative: back in) at the current average; the value finance posts for it */
  move(variantId: string, quantity: number): number {
    this.onHand.set(variantId, (this.onHand.get(variantId) ?? 0) - quantity);
    return roundedQuotient(Math.abs(quantity) * (this.averageMicro.get(variantId) ?? 0), MICRO);
  }

  /** Σ on hand × average cost over the variants, in millionths of a minor unit */
  valueMicro(): number {
    let sum = 0;
    for (const [variantId, onHand] of this.onHand) sum += onHand * (this.averageMicro.get(variantId) ?? 0);
    return sum;
  }
}

/** The events a scenario makes, and what the ledger must hold once they are all in, whatever their order. */
function eventsOf(tenant: string, s: Scenario) {
  const variants = Array.from({ length: VARIANTS }, () => randomUUID());
  const list: EventEnvelope[] = [];
  const stock = new Stock();
  const expected = {
    entries: 0,
    receivables: 0,
    /** credit balance of tax payable: the orders' tax (as edited) less the tax share of refunded returns */
    tax: 0,
    cash: 0,
    /** credit balance of goods received not invoiced */
    grni: 0,
    /** debit balance of inventory: each movement line valued as finance rounds it */
    inventory: 0,
    /** cost changes published: each may revalue movements valued before it arrived, in one entry at most */
    costChanges: 0,
    /** lines finance valued with a rounding to the minor unit */
    roundedLines: 0,
    /** Σ over cost folds of the units on hand after it: each fold rounds the average by ≤ ½ millionth a unit */
    foldedUnits: 0,
  };
  let step = 0;
  const receive = (r: Scenario['receipts'][number]) => {
    const receiptId = randomUUID();
    const lines = r.lines.map((l) => ({
      variantId: variants[l.variant] as string,
      accepted: l.accepted,
      unitCostMicro: l.unitCost * 100,
    }));
    const receivedAt = moment(step++);
    list.push(
      events.receipt(tenant, {
        receiptId,
        receivedAt,
        lines: lines.map((l) => ({ variantId: l.variantId, accepted: l.accepted, unitCost: l.unitCostMicro / MICRO })),
      }),
    );
    expected.entries++;
    for (const l of lines) {
      const value = roundedQuotient(l.accepted * l.unitCostMicro, MICRO);
      expected.grni += value;
      expected.inventory += value;
      if (l.accepted > 0) expected.roundedLines++;
    }
    for (const folded of stock.receive(lines)) {
      expected.foldedUnits += folded.onHand;
      const changed = events.variantCost(
        tenant,
        {
          variantId: folded.variantId,
          averageCost: decimalOf(folded.averageMicro),
          onHand: folded.onHand,
          receiptId,
          receivedQuantity: folded.accepted,
          unitCost: decimalOf(roundedQuotient(folded.valueMicro, folded.accepted)),
        },
        moment(step++),
      );
      list.push(changed);
      expected.costChanges++;
    }
  };
  const receivedBefore = (index: number) =>
    s.receipts.filter((r) => r.before === index || (index === s.orders.length && r.before > index));
  s.orders.forEach((o, index) => {
    receivedBefore(index).forEach(receive);
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
    // the order's amounts as edits lower them (orders keeps the shipping it was placed with)
    let now = { subtotal: o.subtotal, shipping: o.shipping, tax: o.tax };
    let version = 1;
    const edit = () => {
      for (const e of o.edits) {
        if (now.subtotal <= 1) return;
        const after = { ...now, subtotal: Math.max(1, now.subtotal - e.cut), tax: Math.max(0, now.tax - e.taxCut) };
        version++;
        list.push(events.orderEdited(tenant, { orderId, number, version, before: now, after }, at(index + 1)));
        expected.entries++;
        expected.receivables -= now.subtotal + now.tax - after.subtotal - after.tax;
        now = after;
      }
    };
    const current = () => now.subtotal + now.shipping + now.tax;
    if (!o.editedAfterCapture) edit();
    if (o.captured) {
      const charged = current();
      list.push(
        events.paymentStatus(
          tenant,
          { orderId, number, total: charged, from: 'authorized', to: 'captured' },
          at(index + 1),
        ),
      );
      expected.entries++;
      expected.receivables -= charged;
      expected.cash += charged;
    }
    if (o.editedAfterCapture) edit();
    const edits = version - 1;
    if (o.cancelled) {
      // the placement and every edit reversed: what they put on receivables is gone again
      list.push(events.orderCancelled(tenant, { orderId, number, total: current() }, at(index + 2)));
      expected.entries += 1 + edits;
      expected.receivables -= current();
      if (o.captured) {
        // orders refunds what the order comes to now
        const refunded = current();
        list.push(
          events.paymentStatus(
            tenant,
            { orderId, number, total: refunded, from: 'captured', to: 'refunded' },
            at(index + 2),
          ),
        );
        expected.entries++;
        expected.receivables += refunded;
        expected.cash -= refunded;
      }
      return;
    }
    expected.tax += now.tax;
    // a shipment takes at most what is on hand (stock does not go negative, as inventory's reservations hold)
    const shipped: { variantId: string; quantity: number }[] = [];
    for (const l of o.shipped) {
      const variantId = variants[l.variant] as string;
      const quantity = Math.min(l.quantity, stock.onHand.get(variantId) ?? 0);
      if (quantity === 0) continue;
      expected.inventory -= stock.move(variantId, quantity);
      expected.roundedLines++;
      shipped.push({ variantId, quantity });
    }
    if (shipped.length === 0) return;
    const shipment = events.shipped(tenant, { shipmentId: randomUUID(), orderId, lines: shipped }, moment(step++));
    list.push(shipment);
    expected.entries++;
    if (o.returned) {
      // a return brings back part of a line the order shipped
      const line = shipped[o.returned.variant % shipped.length] as { variantId: string; quantity: number };
      const quantity = Math.min(o.returned.quantity, line.quantity);
      expected.inventory += stock.move(line.variantId, -quantity);
      expected.roundedLines++;
      const r = {
        returnId: randomUUID(),
        orderId,
        refundAmount: o.returned.refund,
        lines: [{ variantId: line.variantId, quantity }],
      };
      const received = events.returnMoved(tenant, 'fulfillment.return.received', r, moment(step++));
      list.push(received);
      list.push(events.returnMoved(tenant, 'fulfillment.return.refunded', r, at(index + 6)));
      expected.entries += 2;
      expected.cash -= o.returned.refund;
      // the tax in the refund, in the proportion the order was placed with, moves back from tax
      // payable (an entry of its own), at most the order's tax as placed
      const share =
        o.returned.refund > 0 && o.tax > 0 ? Math.min(Math.round((o.returned.refund * o.tax) / total), o.tax) : 0;
      if (share !== 0) {
        expected.entries++;
        expected.tax -= share;
      }
    }
  });
  receivedBefore(s.orders.length).forEach(receive);
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
    // a bill takes what it matched out of GRNI; a credit note puts it back
    const received = b.lines.reduce((sum, l) => sum + l.received, 0);
    expected.grni += b.creditNote ? received : -received;
  });
  return { list, expected, stock };
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

/**
 * Every event of a scenario, and some twice, delivered in a fully shuffled order — cost changes,
 * shipments and returns too: a movement that arrives before the cost in force at its time is valued
 * at what finance knows then and revalued when that cost arrives.
 */
async function holdsForAnyDeliveryOrder(s: Scenario) {
  const tenant = randomUUID();
  const { list, expected, stock } = eventsOf(tenant, s);
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
    const { rows } = await client.query<{ documents: number; revaluations: number }>(
      `select count(*) filter (where source_type <> 'cost.revaluation')::int as documents,
              count(*) filter (where source_type = 'cost.revaluation')::int as revaluations
         from finance.journal_entries`,
    );
    expect(rows[0]?.documents).toBe(expected.entries);
    // at most one revaluation per cost change, and only for a cost that arrived after movements it values
    expect(rows[0]?.revaluations).toBeLessThanOrEqual(expected.costChanges);
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
  expect(0 - (closing('2300') ?? 0)).toBe(expected.tax);
  // the open items are the subledger of their control accounts, to the cent
  expect(openTotals.receivable ?? 0).toBe(closing('1200'));
  expect(openTotals.payable ?? 0).toBe(0 - closing('2100'));
  // goods received not invoiced: what the receipts put in (accepted × unit cost, rounded per line)
  // less what the bills took out (their receivedBaseAmount), plus what credit notes put back
  expect(0 - (closing('2200') ?? 0)).toBe(expected.grni);
  // The inventory account is each goods movement valued at the cost in force at its own time, to the
  // minor unit, whatever order the events arrived in (revaluations included): receipt lines at
  // round(accepted × unit cost), shipped and returned lines at round(quantity × the moving average
  // inventory had published by the time they moved). Against on hand × moving average per variant it
  // cannot be exact: every valued line rounds to the minor unit (≤ ½ each) and every fold rounds the
  // average to 6 places (≤ ½ millionth of a minor unit for each unit on hand after it). So "to the
  // cent" is: |inventory − Σ on hand × average| ≤ ½ × valued lines + ½ × 10⁻⁶ × Σ units on hand
  // after each fold — about the number of postings × half a minor unit.
  const inventory = closing('1300') ?? 0;
  expect(inventory).toBe(expected.inventory);
  const drift = Math.abs(inventory * MICRO - stock.valueMicro());
  expect(drift).toBeLessThanOrEqual((expected.roundedLines * MICRO + expected.foldedUnits) / 2);
  const sheet = await finance.call('{ financeBalanceSheet { balanced } }', {}, staff(tenant));
  expect(sheet.data?.financeBalanceSheet.balanced).toBe(true);
}

/** `FINANCE_PROPERTY_RUNS` runs more (or fewer) scenarios; 25 by default. */
const RUNS = Number(process.env.FINANCE_PROPERTY_RUNS ?? 25);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`FINANCE_PROPERTY_RUNS must be a positive integer, got ${RUNS}`);
// about 1.5 s a scenario of up to ~40 events, each its own transaction, on a busy machine
const timeoutFor = (runs: number) => Math.max(180_000, runs * 6_000);

describe('the ledger under any interleaving of events, with duplicates', () => {
  it(
    'balances every entry and the trial balance, posts each source once, keeps open items equal to their accounts, GRNI equal to the received-but-unbilled value and inventory equal to on hand × moving-average cost',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, holdsForAnyDeliveryOrder), { numRuns: RUNS });
    },
    timeoutFor(RUNS),
  );

  it(
    'holds for the scenarios of seed 42, which fail when movements are valued at the cost last heard',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, holdsForAnyDeliveryOrder), { seed: 42, numRuns: 25 });
    },
    timeoutFor(25),
  );
});
