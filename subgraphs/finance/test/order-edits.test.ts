import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { domainEvent, type FinanceHarness, financeSuite, replicaConsumers, staff } from './harness.ts';

/**
 * `orders.order.edited`: an order whose lines were lowered after placement. Each edit books the
 * difference to the amounts before it (never an edit of the placement), once, in any order of
 * arrival; a cancellation reverses the edits with the placement; invoices follow the edit (before
 * issue) or credit the difference (after).
 */

let finance: FinanceHarness;
let deliver: (envelope: EventEnvelope) => Promise<void>;
let deliverElsewhere: (envelope: EventEnvelope) => Promise<void>;

financeSuite((suite, own) => {
  finance = suite.finance;
  ({ here: deliver, elsewhere: deliverElsewhere } = replicaConsumers(suite, own));
});

interface Amounts {
  subtotal: number;
  shipping: number;
  tax: number;
  giftCard?: number;
}
const totalOf = (a: Amounts) => a.subtotal + a.shipping + a.tax;

const ADDRESS = { name: 'Ada Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'N1', country: 'GB' };
const line = (sku: string, quantity: number, unitAmount: number) => ({
  lineId: randomUUID(),
  variantId: randomUUID(),
  sku,
  title: sku,
  quantity,
  unitAmount,
});

/** Placed: 3 mugs at 1000 and a tee at 2500, shipping 500, 10 % tax on goods and shipping. */
const PLACED: Amounts = { subtotal: 5500, shipping: 500, tax: 600 };
/** Edit 1: 2 mugs. Edit 2: 1 mug. */
const EDIT1: Amounts = { subtotal: 4500, shipping: 500, tax: 500 };
const EDIT2: Amounts = { subtotal: 3500, shipping: 500, tax: 400 };

function placed(tenantId: string, orderId: string, a: Amounts = PLACED, currency = 'EUR', at?: string) {
  return domainEvent(
    tenantId,
    'orders.order.created',
    orderId,
    {
      orderId,
      number: 7001,
      customerId: null,
      actor: null,
      email: 'ada@example.com',
      currency,
      subtotalAmount: a.subtotal,
      shippingAmount: a.shipping,
      taxAmount: a.tax,
      totalAmount: totalOf(a),
      shippingMethod: { code: 'std', name: 'Standard', amount: a.shipping },
      shippingAddress: ADDRESS,
      lines: [line('MUG-1', 3, 1000), line('TEE-1', 1, 2500)],
      taxLines: [{ name: 'VAT', ratePpm: 100_000, taxable: a.subtotal + a.shipping, amount: a.tax }],
      ...(a.giftCard ? { giftCardAmount: a.giftCard, giftCardId: randomUUID() } : {}),
    },
    at,
  );
}

/** An edit as orders publishes it: the amounts after it and `previous`, the order's version after it. */
function edited(
  tenantId: string,
  orderId: string,
  version: number,
  before: Amounts,
  after: Amounts,
  mugs: number,
  currency = 'EUR',
  at?: string,
) {
  return domainEvent(
    tenantId,
    'orders.order.edited',
    orderId,
    {
      orderId,
      number: 7001,
      customerId: null,
      status: 'confirmed',
      paymentStatus: 'authorized',
      currency,
      totalAmount: totalOf(after),
      ...(after.giftCard ? { giftCardAmount: after.giftCard } : {}),
      actor: randomUUID(),
      lines: [line('MUG-1', mugs, 1000), line('TEE-1', 1, 2500)],
      version,
      subtotalAmount: after.subtotal,
      shippingAmount: after.shipping,
      taxAmount: after.tax,
      discountAmount: 0,
      taxLines: [{ name: 'VAT', ratePpm: 100_000, taxable: after.subtotal + after.shipping, amount: after.tax }],
      pricesIncludeTax: false,
      taxNote: null,
      previous: {
        subtotalAmount: before.subtotal,
        shippingAmount: before.shipping,
        taxAmount: before.tax,
        totalAmount: totalOf(before),
        giftCardAmount: before.giftCard ?? 0,
      },
    },
    at,
  );
}

const paymentChanged = (tenantId: string, orderId: string, to: string, total: number, at?: string) =>
  domainEvent(
    tenantId,
    'orders.order.payment_status_changed',
    orderId,
    {
      orderId,
      number: 7001,
      customerId: null,
      status: 'confirmed',
      paymentStatus: to,
      from: to === 'captured' ? 'authorized' : 'captured',
      currency: 'EUR',
      totalAmount: total,
    },
    at,
  );

const cancelled = (tenantId: string, orderId: string, total: number) =>
  domainEvent(tenantId, 'orders.order.cancelled', orderId, {
    orderId,
    number: 7001,
    customerId: null,
    status: 'cancelled',
    paymentStatus: 'voided',
    currency: 'EUR',
    totalAmount: total,
    reason: null,
  });

interface Entry {
  description: string;
  sourceType: string;
  sourceId: string;
  reversesEntryId: string | null;
  lines: { accountCode: string; debit: number; credit: number; currency: string; amount: number; rate: string }[];
}

async function entries(tenantId: string): Promise<Entry[]> {
  const result = await finance.call(
    `{ financeJournalEntries(first: 100) { edges { node { description sourceType sourceId reversesEntryId
        lines { accountCode debit credit currency amount rate } } } } }`,
    {},
    staff(tenantId),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.financeJournalEntries.edges.map((edge: { node: Entry }) => edge.node);
}

/** Closing balance (debit − credit) per account code, and whether the trial balance balances. */
async function balances(tenantId: string): Promise<{ balanced: boolean; of: (code: string) => number }> {
  const result = await finance.call(
    `{ financeTrialBalance(to: "2100-01-01") { balanced rows { code closing } } }`,
    {},
    staff(tenantId),
  );
  expect(result.errors).toBeUndefined();
  const rows: { code: string; closing: number }[] = result.data?.financeTrialBalance.rows ?? [];
  return {
    balanced: result.data?.financeTrialBalance.balanced,
    of: (code) => rows.find((row) => row.code === code)?.closing ?? 0,
  };
}

async function receivable(tenantId: string) {
  const result = await finance.call(
    `{ financeOpenItems(kind: RECEIVABLE, first: 10) { edges { node { documentNumber openAmount openBaseAmount
        allocations { sourceType amount } } } } }`,
    {},
    staff(tenantId),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.financeOpenItems.edges.map(
    (edge: { node: { openAmount: number; openBaseAmount: number; allocations: { sourceType: string }[] } }) =>
      edge.node,
  );
}

interface InvoiceNode {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  totalAmount: number;
  taxAmount: number;
  subtotalAmount: number;
  remainingAmount: number;
  sourceType: string;
  reason: string | null;
  lines: { sku: string; quantity: number }[];
}

async function invoices(tenantId: string): Promise<InvoiceNode[]> {
  const result = await finance.call(
    `{ financeInvoices(first: 20) { edges { node { kind number totalAmount taxAmount subtotalAmount remainingAmount
        sourceType reason lines { sku quantity } } } } }`,
    {},
    staff(tenantId),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.financeInvoices.edges.map((edge: { node: InvoiceNode }) => edge.node);
}

// standard chart: 1200 receivables, 2300 tax payable, 2400 gift card liability, 4100 sales, 4200 shipping
const expectSale = async (tenantId: string, a: Amounts, receivables = totalOf(a) - (a.giftCard ?? 0)) => {
  const b = await balances(tenantId);
  expect(b.balanced).toBe(true);
  expect(b.of('1200')).toBe(receivables);
  // credit-normal accounts close negative (0 - x, so an empty one is 0, not -0)
  expect(b.of('4100')).toBe(0 - a.subtotal);
  expect(b.of('4200')).toBe(0 - a.shipping);
  expect(b.of('2300')).toBe(0 - a.tax);
};

describe('order edits in the ledger', () => {
  it('books each edit as the difference once, in any order of arrival and under redelivery', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const first = edited(tenant, orderId, 2, PLACED, EDIT1, 2);
    const second = edited(tenant, orderId, 3, EDIT1, EDIT2, 1);
    // the second edit first, then the placement, then the first edit, each twice
    await deliver(second);
    await deliver(placed(tenant, orderId));
    await deliver(first);
    await deliver(second);
    await deliverElsewhere(first);
    await expectSale(tenant, EDIT2);
    const booked = await entries(tenant);
    const edits = booked.filter((entry) => entry.sourceType === 'order.edited');
    expect(edits.map((entry) => entry.sourceId).sort()).toEqual([`${orderId}/2`, `${orderId}/3`]);
    // the placement stands as booked: an edit is a new entry, never a change of the old one
    const placement = booked.find((entry) => entry.sourceType === 'order.placed');
    expect(placement?.lines.find((l) => l.accountCode === '1200')?.debit).toBe(totalOf(PLACED));
    const one = edits.find((entry) => entry.sourceId.endsWith('/2'));
    expect(one?.description).toContain('edited: total 6600 → 5500');
    expect(one?.lines.map((l) => [l.accountCode, l.debit, l.credit]).sort()).toEqual(
      [
        ['1200', 0, 1100],
        ['2300', 100, 0],
        ['4100', 1000, 0],
      ].sort(),
    );
    // the receivable follows the edits: open for what the order now comes to, each edit its own allocation
    const [item] = await receivable(tenant);
    expect(item.openAmount).toBe(totalOf(EDIT2));
    expect(item.allocations.filter((a: { sourceType: string }) => a.sourceType === 'order.edited')).toHaveLength(2);
    // the order's id finds its placement and its edits in the journal (drill-down by source)
    const byOrder = await finance.call(
      `query ($id: String) { financeJournalEntries(filter: { sourceId: $id }, first: 10) { edges { node { sourceType } } } }`,
      { id: orderId },
      staff(tenant),
    );
    expect(
      byOrder.data?.financeJournalEntries.edges
        .map((edge: { node: { sourceType: string } }) => edge.node.sourceType)
        .sort(),
    ).toEqual(['order.edited', 'order.edited', 'order.placed']);
    // the capture of the edited total settles it
    await deliver(paymentChanged(tenant, orderId, 'captured', totalOf(EDIT2)));
    await expectSale(tenant, EDIT2, 0);
    expect((await receivable(tenant))[0].openAmount).toBe(0);
  });

  it('a cancellation reverses the edits with the placement, whichever arrives first', async () => {
    const tenant = randomUUID();
    const early = randomUUID();
    // placed, edited, cancelled: in order
    await deliver(placed(tenant, early));
    await deliver(edited(tenant, early, 2, PLACED, EDIT1, 2));
    await deliver(cancelled(tenant, early, totalOf(EDIT1)));
    const late = randomUUID();
    // the edit arrives after the cancellation was booked: it is booked and reversed at once
    await deliver(placed(tenant, late));
    await deliver(cancelled(tenant, late, totalOf(EDIT1)));
    await deliver(edited(tenant, late, 2, PLACED, EDIT1, 2));
    await deliver(edited(tenant, late, 2, PLACED, EDIT1, 2));
    const parked = randomUUID();
    // the cancellation before its placement waits; the edit posts; the placement releases both
    await deliver(cancelled(tenant, parked, totalOf(EDIT1)));
    await deliver(edited(tenant, parked, 2, PLACED, EDIT1, 2));
    await deliver(placed(tenant, parked));
    await expectSale(tenant, { subtotal: 0, shipping: 0, tax: 0 });
    const booked = await entries(tenant);
    const edits = booked.filter((entry) => entry.sourceType === 'order.edited');
    expect(edits).toHaveLength(3);
    const reversals = booked.filter((entry) => entry.sourceType === 'reversal');
    // three placements and three edits, each reversed once
    expect(reversals).toHaveLength(6);
    expect(new Set(reversals.map((entry) => entry.sourceId)).size).toBe(6);
    expect(reversals.filter((entry) => entry.description.includes('its cancellation already booked'))).toHaveLength(1);
    for (const item of await receivable(tenant)) expect(item.openAmount).toBe(0);
  });

  it('a cancellation and an edit on two consumers at once leave nothing standing', async () => {
    const tenant = randomUUID();
    const orders = Array.from({ length: 6 }, () => randomUUID());
    for (const orderId of orders) await deliver(placed(tenant, orderId));
    await Promise.all(
      orders.flatMap((orderId) => [
        deliver(cancelled(tenant, orderId, totalOf(EDIT1))),
        deliverElsewhere(edited(tenant, orderId, 2, PLACED, EDIT1, 2)),
      ]),
    );
    await expectSale(tenant, { subtotal: 0, shipping: 0, tax: 0 });
    for (const item of await receivable(tenant)) expect(item.openAmount).toBe(0);
  });

  it('gives back to the gift card liability what an edit took off the card', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    // the card paid 6000 of 6600; the edit lowers the order to 5500, below what the card paid
    await deliver(placed(tenant, orderId, { ...PLACED, giftCard: 6000 }));
    await deliver(edited(tenant, orderId, 2, { ...PLACED, giftCard: 6000 }, { ...EDIT1, giftCard: 5500 }, 2));
    const b = await balances(tenant);
    expect(b.balanced).toBe(true);
    expect(b.of('1200')).toBe(0);
    // the liability is debited by what the card now pays: 5500 of the 6000 used
    expect(b.of('2400')).toBe(5500);
    expect(b.of('4100')).toBe(-EDIT1.subtotal);
  });

  it('books the refund of an edit after capture as its own entry, which a later cancellation leaves standing', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await deliver(placed(tenant, orderId));
    await deliver(paymentChanged(tenant, orderId, 'captured', totalOf(PLACED)));
    const edit = edited(tenant, orderId, 3, PLACED, EDIT1, 2);
    const refundedAmount = totalOf(PLACED) - totalOf(EDIT1);
    const refunded = { ...edit, payload: { ...(edit.payload as object), paymentStatus: 'captured', refundedAmount } };
    await deliver(refunded);
    await deliverElsewhere(refunded);
    const b = await balances(tenant);
    expect(b.balanced).toBe(true);
    expect(b.of('1200')).toBe(0);
    // 1100 cash clearing: the capture's 6600 less the 1100 given back
    expect(b.of('1100')).toBe(totalOf(EDIT1));
    expect(b.of('4100')).toBe(-EDIT1.subtotal);
    expect(b.of('2300')).toBe(-EDIT1.tax);
    const refunds = (await entries(tenant)).filter((entry) => entry.sourceType === 'order.edit_refunded');
    expect(
      refunds.map((entry) => [entry.sourceId, entry.lines.map((l) => [l.accountCode, l.debit, l.credit])]),
    ).toEqual([
      [
        `${orderId}/3`,
        [
          ['1100', 0, refundedAmount],
          ['1200', refundedAmount, 0],
        ],
      ],
    ]);
    const [item] = await receivable(tenant);
    expect(item.openAmount).toBe(0);
    // the cancellation reverses the placement and the edit; the provider refunds what it still held
    await deliver(cancelled(tenant, orderId, totalOf(EDIT1)));
    await deliver(paymentChanged(tenant, orderId, 'refunded', totalOf(EDIT1)));
    const after = await balances(tenant);
    expect(after.balanced).toBe(true);
    expect([after.of('1100'), after.of('1200'), after.of('4100'), after.of('2300')]).toEqual([0, 0, 0, 0]);
  });

  it('converts an edit at the rate its placement was booked at', async () => {
    const tenant = randomUUID();
    const rate = (value: number) =>
      finance.call(
        `mutation ($input: FinanceExchangeRateSetInput!) { financeExchangeRateSet(input: $input) { errors { code } } }`,
        { input: { currency: 'USD', rate: value } },
        staff(tenant),
      );
    const set = await rate(0.5);
    expect(set.errors).toBeUndefined();
    const orderId = randomUUID();
    await deliver(placed(tenant, orderId, PLACED, 'USD'));
    await rate(2);
    await deliver(edited(tenant, orderId, 2, PLACED, EDIT1, 2, 'USD'));
    const edit = (await entries(tenant)).find((entry) => entry.sourceType === 'order.edited');
    const receivables = edit?.lines.find((l) => l.accountCode === '1200');
    expect(receivables).toMatchObject({ currency: 'USD', amount: -1100, credit: 550 });
    expect(Number(receivables?.rate)).toBe(0.5);
    await expectSale(tenant, { subtotal: EDIT1.subtotal / 2, shipping: EDIT1.shipping / 2, tax: EDIT1.tax / 2 });
  });

  it('an edit from before orders sent the split books nothing and is not refused', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await deliver(placed(tenant, orderId));
    const old = domainEvent(tenant, 'orders.order.edited', orderId, {
      orderId,
      number: 7001,
      customerId: null,
      status: 'confirmed',
      paymentStatus: 'authorized',
      currency: 'EUR',
      totalAmount: totalOf(EDIT1),
      actor: null,
      lines: [line('MUG-1', 2, 1000)],
    });
    await deliver(old);
    expect((await entries(tenant)).map((entry) => entry.sourceType)).toEqual(['order.placed']);
  });

  it('refuses a malformed edit (the consumer dead-letters it) and books nothing', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const bad = edited(tenant, orderId, 2, PLACED, EDIT1, 2);
    (bad.payload as Record<string, unknown>).previous = { totalAmount: 'lots' };
    await expect(deliver(bad)).rejects.toThrow();
    expect(await entries(tenant)).toEqual([]);
  });
});

describe('order edits on invoices', () => {
  it('an edit before the invoice is issued is what the invoice shows, whatever arrived first', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    // the newer edit, then the older one (ignored for the document), then the placement and capture
    await deliver(edited(tenant, orderId, 3, EDIT1, EDIT2, 1));
    await deliver(edited(tenant, orderId, 2, PLACED, EDIT1, 2));
    await deliver(placed(tenant, orderId));
    await deliver(paymentChanged(tenant, orderId, 'captured', totalOf(EDIT2)));
    const [invoice, ...others] = await invoices(tenant);
    expect(others).toEqual([]);
    expect(invoice).toMatchObject({
      kind: 'INVOICE',
      totalAmount: totalOf(EDIT2),
      taxAmount: EDIT2.tax,
      lines: [
        { sku: 'MUG-1', quantity: 1 },
        { sku: 'TEE-1', quantity: 1 },
      ],
    });
  });

  it('an edit after the invoice credits the difference once, never changing the invoice', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    await deliver(placed(tenant, orderId));
    await deliver(paymentChanged(tenant, orderId, 'captured', totalOf(PLACED)));
    // both edits after the issue, the newer first, each twice and on two consumers
    const first = edited(tenant, orderId, 2, PLACED, EDIT1, 2);
    const second = edited(tenant, orderId, 3, EDIT1, EDIT2, 1);
    await Promise.all([deliver(second), deliverElsewhere(second)]);
    await Promise.all([deliver(first), deliverElsewhere(first)]);
    const documents = await invoices(tenant);
    const invoice = documents.find((d) => d.kind === 'INVOICE');
    const credits = documents.filter((d) => d.kind === 'CREDIT_NOTE');
    expect(invoice).toMatchObject({ totalAmount: totalOf(PLACED), remainingAmount: totalOf(EDIT2) });
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({
      totalAmount: totalOf(PLACED) - totalOf(EDIT2),
      sourceType: 'order.edited',
      reason: 'Order edited',
    });
    // a refund afterwards credits what is left: the edited total
    await deliver(paymentChanged(tenant, orderId, 'refunded', totalOf(EDIT2)));
    const after = await invoices(tenant);
    expect(after.find((d) => d.kind === 'INVOICE')?.remainingAmount).toBe(0);
  });
});

describe('order edits across tenants', () => {
  it("one tenant's edit books nothing in another's ledger", async () => {
    const tenant = randomUUID();
    const other = randomUUID();
    const orderId = randomUUID();
    await deliver(placed(tenant, orderId));
    await deliver(edited(other, orderId, 2, PLACED, EDIT1, 2));
    await expectSale(tenant, PLACED);
    // the other tenant has the edit's difference only, on its own books
    const theirs = await entries(other);
    expect(theirs.map((entry) => entry.sourceType)).toEqual(['order.edited']);
    expect((await entries(tenant)).map((entry) => entry.sourceType)).toEqual(['order.placed']);
  });
});
