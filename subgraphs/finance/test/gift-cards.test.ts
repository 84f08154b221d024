import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domainEvent, events, type FinanceHarness, financeSuite, staff } from './harness.ts';

/**
 * Gift cards in the ledger: issuing one books the liability (against "Gift cards issued"), an order
 * the card paid part of books that part off the liability instead of receivables, the capture moves
 * only the provider's part, a refunded return given back to the card moves cash to the liability,
 * and a chart made before gift cards gets their accounts on first use.
 */
let finance: FinanceHarness;

financeSuite((suite) => {
  finance = suite.finance;
});

const TRIAL = `query ($to: String) { financeTrialBalance(to: $to) { balanced rows { code closing } } }`;

async function balances(tenantId: string): Promise<Record<string, number>> {
  const result = await finance.call(TRIAL, { to: '2100-01-01' }, staff(tenantId));
  const trial = result.data?.financeTrialBalance as { balanced: boolean; rows: { code: string; closing: number }[] };
  expect(trial.balanced).toBe(true);
  return Object.fromEntries(trial.rows.map((row) => [row.code, row.closing]));
}

/** The capture of order 1001's `total`, `giftCard` of which a gift card paid. */
function capturedWithGiftCard(tenantId: string, orderId: string, total: number, giftCard: number) {
  const captured = events.paymentStatus(tenantId, { orderId, number: 1001, total, from: 'authorized', to: 'captured' });
  (captured.payload as Record<string, unknown>).giftCardAmount = giftCard;
  return captured;
}

const issued = (tenantId: string, giftCardId: string, amount: number) =>
  domainEvent(tenantId, 'orders.gift_card.issued', giftCardId, {
    giftCardId,
    last4: 'AB12',
    currency: 'EUR',
    amount,
    customerId: null,
    expiresAt: null,
    actor: 'staff',
  });

describe('gift cards in the ledger', () => {
  it('issue, a part-paid order, its capture and a return refunded to the card balance out', async () => {
    const tenant = randomUUID();
    const card = randomUUID();
    await finance.deliver(issued(tenant, card, 5_000));
    await finance.deliver(issued(tenant, card, 5_000)); // a redelivery posts nothing more
    expect(await balances(tenant)).toMatchObject({ '2400': -5_000, '5400': 5_000 });

    const orderId = randomUUID();
    const placed = events.orderCreated(tenant, { orderId, number: 1001, subtotal: 10_000, shipping: 0, tax: 0 });
    (placed.payload as Record<string, unknown>).giftCardAmount = 3_000;
    await finance.deliver(placed);
    expect(await balances(tenant)).toMatchObject({ '1200': 7_000, '2400': -2_000, '4100': -10_000 });

    const captured = capturedWithGiftCard(tenant, orderId, 10_000, 3_000);
    await finance.deliver(captured);
    expect(await balances(tenant)).toMatchObject({ '1100': 7_000, '1200': 0 });

    // a return of 10 000: the provider refunds its 7 000 (return.refunded books all of it as cash) and
    // the card takes 3 000 back, which moves from cash to the liability
    const returnId = randomUUID();
    await finance.deliver(
      events.returnMoved(tenant, 'fulfillment.return.refunded', { returnId, orderId, refundAmount: 10_000, lines: [] }),
    );
    await finance.deliver(
      domainEvent(tenant, 'orders.gift_card.refunded', card, {
        giftCardId: card,
        orderId,
        currency: 'EUR',
        amount: 3_000,
        balance: 5_000,
        source: 'return',
        note: `return ${returnId} refunded`,
      }),
    );
    // a cancel's give-back is already in the placement's reversal: not posted again
    await finance.deliver(
      domainEvent(tenant, 'orders.gift_card.refunded', card, {
        giftCardId: card,
        orderId: randomUUID(),
        currency: 'EUR',
        amount: 1_000,
        balance: 6_000,
        source: 'cancel',
        note: 'order cancelled',
      }),
    );
    expect(await balances(tenant)).toMatchObject({ '1100': 0, '2400': -5_000, '4900': 10_000 });
  });

  it('an order the card paid in full moves no cash at capture', async () => {
    const tenant = randomUUID();
    const orderId = randomUUID();
    const placed = events.orderCreated(tenant, { orderId, number: 1001, subtotal: 2_000, shipping: 0, tax: 0 });
    (placed.payload as Record<string, unknown>).giftCardAmount = 2_000;
    await finance.deliver(placed);
    const captured = capturedWithGiftCard(tenant, orderId, 2_000, 2_000);
    await finance.deliver(captured);
    const trial = await balances(tenant);
    expect(trial['1100'] ?? 0).toBe(0);
    expect(trial['1200'] ?? 0).toBe(0);
    expect(trial['2400']).toBe(2_000);
  });

  it('adjustments move the liability both ways', async () => {
    const tenant = randomUUID();
    const card = randomUUID();
    await finance.deliver(issued(tenant, card, 1_000));
    const adjusted = (amount: number) =>
      domainEvent(tenant, 'orders.gift_card.adjusted', card, {
        giftCardId: card,
        currency: 'EUR',
        amount,
        balance: 0,
        note: 'staff',
        actor: 'staff',
      });
    await finance.deliver(adjusted(500));
    await finance.deliver(adjusted(-300));
    expect(await balances(tenant)).toMatchObject({ '2400': -1_200, '5400': 1_200 });
  });
});
