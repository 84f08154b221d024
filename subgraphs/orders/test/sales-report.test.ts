import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cartWith, ordersSuite, staff, storefront, VARIANTS, vid } from './harness.ts';

const h = ordersSuite({ onHand: { mug: 1000, tee: 1000 } });
const shop = randomUUID();
const otherShop = randomUUID();

const REPORT = /* GraphQL */ `
  query ($from: String!, $to: String!, $timeZone: String) {
    salesReport(from: $from, to: $to, timeZone: $timeZone) {
      from to timeZone orderCount revenue { amount currency }
      days { date orderCount revenue { amount currency } }
    }
  }`;

/** An order of `quantity` mugs placed at `placedAt`; its total as charged. */
async function orderAt(tenant: string, placedAt: string, quantity: number, currency = 'EUR') {
  const cart = await cartWith(h, storefront(tenant), [{ variantId: vid(VARIANTS.mug), quantity }], currency);
  const placed = await h.checkout(cart.id, storefront(tenant));
  const order = placed.data?.checkoutComplete.order;
  if (!order) throw new Error(JSON.stringify(placed));
  const local = Buffer.from(order.id, 'base64url').toString('utf8').split(':')[1];
  await h.adminQuery(`update orders.orders set created_at = $2::timestamptz where id = $1`, [local, placedAt]);
  return { id: order.id as string, total: order.total.amount as number };
}

describe('the sales report', () => {
  it('sums every order of the shop per day in its time zone, per currency, without cancelled orders', async () => {
    // more than a page of orders: the report must not depend on what a list would show
    const early = [];
    for (let index = 0; index < 3; index++) early.push(await orderAt(shop, '2026-11-02T09:00:00Z', index + 1));
    // 23:30 UTC on the 2nd is already the 3rd in Berlin
    const lateEvening = await orderAt(shop, '2026-11-02T23:30:00Z', 2);
    const dollars = await orderAt(shop, '2026-11-04T12:00:00Z', 1, 'USD');
    const cancelled = await orderAt(shop, '2026-11-04T12:00:00Z', 5);
    const cancel = await h.call(
      'mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }',
      { id: cancelled.id },
      staff(shop),
    );
    expect(cancel.data?.orderCancel.errors).toEqual([]);
    await orderAt(otherShop, '2026-11-02T10:00:00Z', 7);
    await orderAt(shop, '2026-11-06T10:00:00Z', 1); // after the range

    const sum = (orders: { total: number }[]) => orders.reduce((total, order) => total + order.total, 0);
    const berlin = await h.call(
      REPORT,
      { from: '2026-11-01', to: '2026-11-05', timeZone: 'Europe/Berlin' },
      staff(shop),
    );
    expect(berlin.errors).toBeUndefined();
    expect(berlin.data?.salesReport).toEqual({
      from: '2026-11-01',
      to: '2026-11-05',
      timeZone: 'Europe/Berlin',
      orderCount: 5,
      revenue: [
        { amount: sum([...early, lateEvening]), currency: 'EUR' },
        { amount: dollars.total, currency: 'USD' },
      ],
      days: [
        { date: '2026-11-01', orderCount: 0, revenue: [] },
        { date: '2026-11-02', orderCount: 3, revenue: [{ amount: sum(early), currency: 'EUR' }] },
        { date: '2026-11-03', orderCount: 1, revenue: [{ amount: lateEvening.total, currency: 'EUR' }] },
        { date: '2026-11-04', orderCount: 1, revenue: [{ amount: dollars.total, currency: 'USD' }] },
        { date: '2026-11-05', orderCount: 0, revenue: [] },
      ],
    });

    const utc = await h.call(REPORT, { from: '2026-11-02', to: '2026-11-02' }, staff(shop));
    expect(utc.data?.salesReport).toMatchObject({
      timeZone: 'UTC',
      orderCount: 4,
      days: [
        { date: '2026-11-02', orderCount: 4, revenue: [{ amount: sum([...early, lateEvening]), currency: 'EUR' }] },
      ],
    });
  });

  it('refuses a malformed day, an inverted or too long range and an unknown zone as typed errors', async () => {
    const refused = async (variables: Record<string, string>) => {
      const answer = await h.call(REPORT, variables, staff(shop));
      return { code: answer.errors?.[0]?.extensions?.code, field: answer.errors?.[0]?.extensions?.field };
    };
    expect(await refused({ from: '2026-02-30', to: '2026-03-01' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['from'],
    });
    expect(await refused({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ code: 'BAD_USER_INPUT', field: ['to'] });
    expect(await refused({ from: '2025-01-01', to: '2026-03-01' })).toEqual({ code: 'BAD_USER_INPUT', field: ['to'] });
    expect(await refused({ from: '2026-03-01', to: '2026-03-01', timeZone: 'Mars/Olympus' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['timeZone'],
    });
  });

  it('is for staff who read orders only', async () => {
    const shopper = await h.call(REPORT, { from: '2026-11-01', to: '2026-11-05' }, storefront(shop));
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(shopper.data?.salesReport ?? null).toBeNull();
  });
});
