import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The ledger through the gateway, fed by the real domains: a shopper's order placed and its payment
 * captured post their entries in finance from the events; the P&L shows the revenue. Another tenant sees none of it and cannot reverse it, and its own period close does
 * not touch the first tenant's months. An order edited after placement posts the difference from
 * orders' own event, and its invoice is the edited order's.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let orderId: string;
let variantId: string;
let warehouseId: string;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, headers = alpha.bearer) {
  const answer = await platform.gql<T>(query, variables, headers);
  expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
  const payload = Object.values(answer.body.data as object)[0] as { errors?: unknown[] };
  if (payload && typeof payload === 'object' && 'errors' in payload) {
    expect(payload.errors, JSON.stringify(payload)).toEqual([]);
  }
  return answer.body.data as T;
}

async function until<T>(attempt: () => Promise<T | null>, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const value = await attempt();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A shopper's order of `quantity` lamps, placed as a guest with the test card. */
async function checkout(quantity: number, email: string): Promise<{ id: string; total: { amount: number } }> {
  const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`);
  const cartId = cart.cartCreate.cart.id;
  await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code message } } }`, {
    input: { cartId, lines: [{ variantId, quantity }] },
  });
  const placed = await ok(
    `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id total { amount } } errors { code message } } }`,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email,
        shippingAddress: { name: 'E', line1: 'Street 2', city: 'Berlin', postalCode: '10115', country: 'DE' },
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
  );
  return placed.checkoutComplete.order;
}

const ENTRIES = `query ($filter: JournalEntryFilter) { financeJournalEntries(filter: $filter, first: 20) {
  totalCount edges { node { id sourceType sourceId total lines { accountCode debit credit } } } } }`;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('ledger-alpha');
  beta = await platform.tenant('ledger-beta');
  const product = await ok(
    `mutation { productCreate(input: { handle: "lamp", title: "Lamp", status: ACTIVE, variants: [{ sku: "LAMP-1" }] }) {
      product { id variants { id } } errors { code message } } }`,
  );
  variantId = product.productCreate.product.variants[0].id;
  const list = await ok(
    `mutation { priceListCreate(input: { name: "Retail", currency: "EUR" }) { priceList { id } errors { code message } } }`,
  );
  await ok(`mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code message } } }`, {
    input: { variantId, priceListId: list.priceListCreate.priceList.id, currency: 'EUR', amount: 2500 },
  });
  const warehouse = await ok(
    `mutation { warehouseCreate(input: { code: "MAIN", name: "Main" }) { warehouse { id } errors { code message } } }`,
  );
  warehouseId = warehouse.warehouseCreate.warehouse.id;
  await ok(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`, {
    input: { variantId, warehouseId, setOnHand: 10, idempotencyKey: randomUUID() },
  });
  const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`);
  const cartId = cart.cartCreate.cart.id;
  await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code message } } }`, {
    input: { cartId, lines: [{ variantId, quantity: 2 }] },
  });
  const placed = await ok(
    `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id } errors { code message } } }`,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'buyer@example.com',
        shippingAddress: { name: 'B', line1: 'Street 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
  );
  orderId = placed.checkoutComplete.order.id;
}, 180_000);
afterAll(() => platform?.close());

describe('finance through the gateway', () => {
  it("posts a shopper's order and its capture from the real events, and keeps them from another tenant", async () => {
    const order = await ok(`query ($id: ID!) { order(id: $id) { number total { amount } } }`, { id: orderId });
    const total: number = order.order.total.amount;
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    await ok(
      `mutation($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { errors { code message } } }`,
      { input: { orderId } },
    );
    const entries = await until(async () => {
      const answer = await ok(ENTRIES);
      return answer.financeJournalEntries.totalCount === 2 ? answer.financeJournalEntries : null;
    }, 'finance to post the order and the capture');
    const bySource = Object.fromEntries(
      entries.edges.map((edge: { node: { sourceType: string } }) => [edge.node.sourceType, edge.node]),
    );
    expect(bySource['order.placed'].total).toBe(total);
    expect(bySource['order.payment_captured'].lines).toEqual([
      { accountCode: '1100', debit: total, credit: 0 },
      { accountCode: '1200', debit: 0, credit: total },
    ]);
    // the order's receivable opened at placement and was settled by the capture
    const receivables = await ok(
      '{ financeOpenItems(kind: RECEIVABLE, first: 5) { edges { node { id documentNumber amount openBaseAmount status } } } }',
    );
    const receivable = receivables.financeOpenItems.edges[0].node;
    expect(receivable).toMatchObject({ documentNumber: String(order.order.number), amount: total, status: 'SETTLED' });
    const pnl = await ok('{ financeProfitAndLoss { totalRevenue } financeTrialBalance { balanced } }');
    expect(pnl.financeTrialBalance.balanced).toBe(true);
    expect(pnl.financeProfitAndLoss.totalRevenue).toBeGreaterThan(0);

    // the other tenant: an empty ledger, no entry by id, no reversal, its close is its own
    const theirs = await ok(ENTRIES, {}, beta.bearer);
    expect(theirs.financeJournalEntries.totalCount).toBe(0);
    const entryId = bySource['order.placed'].id;
    const byId = await platform.gql(
      `query ($id: ID!) { financeJournalEntry(id: $id) { id } }`,
      { id: entryId },
      beta.bearer,
    );
    expect(byId.body.data?.financeJournalEntry).toBeNull();
    const reverse = await platform.gql(
      `mutation ($id: ID!) { journalEntryReverse(input: { entryId: $id, reason: "probe" }) { errors { code } } }`,
      { id: entryId },
      beta.bearer,
    );
    expect(reverse.body.data?.journalEntryReverse.errors).toEqual([{ code: 'NOT_FOUND' }]);
    // nor its receivables, by list, by id, or by a bank receipt allocated to them
    const theirItems = await ok('{ financeOpenItems(kind: RECEIVABLE, first: 5) { totalCount } }', {}, beta.bearer);
    expect(theirItems.financeOpenItems.totalCount).toBe(0);
    const itemById = await platform.gql(
      `query ($id: ID!) { financeOpenItem(id: $id) { id } }`,
      { id: receivable.id },
      beta.bearer,
    );
    expect(itemById.body.data?.financeOpenItem).toBeNull();
    const receipt = await platform.gql(
      `mutation ($input: FinanceReceiptRecordInput!) { financeReceiptRecord(input: $input) { errors { code } } }`,
      {
        input: {
          amount: 100,
          receivedOn: new Date().toISOString().slice(0, 10),
          idempotencyKey: 'cross-tenant-probe',
          allocations: [{ itemId: receivable.id, amount: 100 }],
        },
      },
      beta.bearer,
    );
    expect(receipt.body.data?.financeReceiptRecord.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const month = new Date().toISOString().slice(0, 7);
    await ok(
      `mutation ($month: String!) { fiscalPeriodClose(input: { month: $month }) { errors { code } } }`,
      { month },
      beta.bearer,
    );
    const periods = await ok('{ financePeriods { month status } }');
    expect(periods.financePeriods).toEqual([{ month, status: 'OPEN' }]);
    const ledger = await platform.gql(
      `query ($id: ID!) { financeGeneralLedger(accountId: $id) { closing } }`,
      { id: entryId.replace(/./g, 'A') },
      beta.bearer,
    );
    expect(ledger.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("books an order's edit from orders' real event: the difference, once, and the invoice of the edited order", async () => {
    const edited = await checkout(3, 'editor@example.com');
    const before: number = edited.total.amount;
    const lowered = await ok(
      `mutation ($id: ID!, $v: ID!) { orderLineUpdate(input: { orderId: $id, variantId: $v, quantity: 1 }) {
         order { total { amount } } errors { code message } } }`,
      { id: edited.id, v: variantId },
    );
    const after: number = lowered.orderLineUpdate.order.total.amount;
    expect(after).toBeLessThan(before);
    const edits = await until(async () => {
      const answer = await ok(ENTRIES, { filter: { sourceType: 'order.edited' } });
      return answer.financeJournalEntries.totalCount === 1 ? answer.financeJournalEntries : null;
    }, 'finance to post the edit');
    const entry = edits.edges[0].node;
    // receivables less by the difference, in one balanced entry of its own (the placement stands)
    const receivables = entry.lines
      .filter((line: { accountCode: string }) => line.accountCode === '1200')
      .reduce((sum: number, line: { debit: number; credit: number }) => sum + line.credit - line.debit, 0);
    expect(receivables).toBe(before - after);
    expect(entry.sourceId).toMatch(/\/2$/);
    // the capture after the edit issues the invoice of the edited order, and settles what it now owes
    await ok(
      `mutation($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { errors { code message } } }`,
      { input: { orderId: edited.id } },
    );
    const invoice = await until(async () => {
      const answer = await ok(
        `{ financeInvoices(filter: { customerEmail: "editor@example.com" }, first: 5) { edges { node { kind totalAmount lines { quantity } } } } }`,
      );
      return answer.financeInvoices.edges.length === 1 ? answer.financeInvoices.edges[0].node : null;
    }, 'finance to issue the invoice');
    expect(invoice).toMatchObject({ kind: 'INVOICE', totalAmount: after, lines: [{ quantity: 1 }] });
    const item = await until(async () => {
      const answer = await ok(
        '{ financeOpenItems(kind: RECEIVABLE, first: 10) { edges { node { partyEmail openAmount status } } } }',
      );
      const found = answer.financeOpenItems.edges
        .map((edge: { node: { partyEmail: string; status: string } }) => edge.node)
        .find((node: { partyEmail: string; status: string }) => node.partyEmail === 'editor@example.com');
      return found?.status === 'SETTLED' ? found : null;
    }, 'the capture to settle the edited receivable');
    expect(item.openAmount).toBe(0);
    const trial = await ok('{ financeTrialBalance { balanced } }');
    expect(trial.financeTrialBalance.balanced).toBe(true);
  });

  it('books the refund of an edit after capture: cash clearing gives it back, the receivable stays settled', async () => {
    const order = await checkout(2, 'refund-edit@example.com');
    await ok(
      `mutation($input: OrderTransitionInput!) { orderPaymentCapture(input: $input) { errors { code message } } }`,
      { input: { orderId: order.id } },
    );
    const lowered = await ok(
      `mutation ($id: ID!, $v: ID!) { orderLineUpdate(input: { orderId: $id, variantId: $v, quantity: 1 }) {
         order { total { amount } history { reason } } errors { code message } } }`,
      { id: order.id, v: variantId },
    );
    const refunded = order.total.amount - lowered.orderLineUpdate.order.total.amount;
    expect(refunded).toBeGreaterThan(0);
    expect(lowered.orderLineUpdate.order.history.map((row: { reason: string | null }) => row.reason)).toContain(
      `edited: LAMP-1 2 → 1; ${(refunded / 100).toFixed(2)} EUR refunded`,
    );
    const refund = await until(async () => {
      const answer = await ok(ENTRIES, { filter: { sourceType: 'order.edit_refunded' } });
      return answer.financeJournalEntries.totalCount === 1 ? answer.financeJournalEntries.edges[0].node : null;
    }, 'finance to book the refund of the edit');
    expect(refund.lines).toEqual([
      { accountCode: '1100', debit: 0, credit: refunded },
      { accountCode: '1200', debit: refunded, credit: 0 },
    ]);
    const item = await until(async () => {
      const answer = await ok(
        '{ financeOpenItems(kind: RECEIVABLE, first: 20) { edges { node { partyEmail openAmount allocations { sourceType } } } } }',
      );
      const found = answer.financeOpenItems.edges
        .map((edge: { node: { partyEmail: string; allocations: unknown[] } }) => edge.node)
        .find((node: { partyEmail: string; allocations: unknown[] }) => node.partyEmail === 'refund-edit@example.com');
      return found?.allocations.length === 3 ? found : null;
    }, 'the edit and its refund on the open item');
    expect(item.openAmount).toBe(0);
    const trial = await ok('{ financeTrialBalance { balanced } }');
    expect(trial.financeTrialBalance.balanced).toBe(true);
  });

  it('refuses the ledger to a caller without a finance scope', async () => {
    const anonymous = await platform.gql(ENTRIES);
    expect(anonymous.body.data ?? null).toBeNull();
    expect(anonymous.body.errors?.length).toBeGreaterThan(0);
  });
});
