import { randomUUID } from 'node:crypto';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  CHECKOUT,
  cartWith,
  checkoutInput,
  type GraphQLResponse,
  type OrdersHarness,
  staff,
  startOrders,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

let h: OrdersHarness;
const tenant = randomUUID();
suiteFixture(async (own) => {
  h = own(await startOrders());
  h.stock.available.set(VARIANTS.mug, 1000);
});

const PAGE = `query ($after: String) { orders(first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('the order list', () => {
  it('pages through orders placed within the same millisecond, each once, newest first', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 4; index++) {
      const cart = await cartWith(h, storefront(tenant), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
      const placed = await h.call(CHECKOUT, { input: checkoutInput(cart.id) }, storefront(tenant));
      ids.push(placed.data?.checkoutComplete.order.id);
    }
    // the same millisecond, microseconds apart: what a busy shop writes
    const admin = new pg.Client({ connectionString: h.db.adminUrl });
    await admin.connect();
    try {
      for (const [index, id] of ids.entries()) {
        const local = Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
        await admin.query(`update orders.orders set created_at = $2::timestamptz where id = $1`, [
          local,
          `2026-11-26T10:00:00.123${String(100 + index * 100).padStart(3, '0')}Z`,
        ]);
      }
    } finally {
      await admin.end();
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: GraphQLResponse = await h.call(PAGE, { after }, staff(tenant));
      expect(page.errors).toBeUndefined();
      seen.push(...(page.data?.orders.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.data?.orders.pageInfo.hasNextPage) break;
      after = page.data.orders.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses a cursor it did not hand out as a typed error', async () => {
    const forged = Buffer.from('cursor:yesterday|not-an-id').toString('base64url');
    const page = await h.call(PAGE, { after: forged }, staff(tenant));
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
