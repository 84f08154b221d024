import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS,
  cartWith,
  customer,
  type GraphQLResponse,
  ordersSuite,
  staff,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

const h = ordersSuite({ onHand: { mug: 1000 } });
const tenant = randomUUID();

const PAGE = `query ($after: String) { orders(first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('the order list', () => {
  it('pages through orders placed within the same millisecond, each once, newest first', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 4; index++) {
      const cart = await cartWith(h, storefront(tenant), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
      const placed = await h.checkout(cart.id, storefront(tenant));
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

const FILTERED = /* GraphQL */ `
  query ($filter: OrderFilter) { orders(first: 20, filter: $filter) { totalCount edges { node { email } } } }`;

describe('finding orders by customer and date (the admin order list)', () => {
  const shop = randomUUID();
  const placeAs = async (email: string, name: string, at: string) => {
    const cart = await cartWith(h, storefront(shop), [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const placed = await h.checkout(cart.id, storefront(shop), { email, shippingAddress: { ...ADDRESS, name } });
    const id: string = placed.data?.checkoutComplete.order.id;
    const admin = new pg.Client({ connectionString: h.db.adminUrl });
    await admin.connect();
    try {
      await admin.query('update orders.orders set created_at = $2::timestamptz where id = $1', [
        Buffer.from(id, 'base64url').toString('utf8').split(':')[1],
        at,
      ]);
    } finally {
      await admin.end();
    }
  };
  const emails = async (filter: Record<string, unknown>, tenantId = shop) => {
    const result = await h.call(FILTERED, { filter }, staff(tenantId));
    expect(result.errors).toBeUndefined();
    const edges: { node: { email: string } }[] = result.data?.orders.edges ?? [];
    return edges.map((edge) => edge.node.email).sort();
  };

  it('matches a part of the email or of the guest’s shipping name, any case, and a placed range', async () => {
    await placeAs('grace@example.com', 'Grace Hopper', '2026-03-01T09:00:00Z');
    await placeAs('alan@example.org', 'Alan Turing', '2026-03-15T09:00:00Z');
    await placeAs('edsger_d@example.org', 'Edsger Dijkstra', '2026-04-02T09:00:00Z');
    expect(await emails({ customer: 'HOPPER' })).toEqual(['grace@example.com']);
    expect(await emails({ customer: 'example.org' })).toEqual(['alan@example.org', 'edsger_d@example.org']);
    // _ and % are the characters typed
    expect(await emails({ customer: 'r_d' })).toEqual(['edsger_d@example.org']);
    expect(await emails({ customer: '%' })).toEqual([]);
    expect(await emails({ placedFrom: '2026-03-10T00:00:00Z', placedBefore: '2026-04-01T00:00:00Z' })).toEqual([
      'alan@example.org',
    ]);
    expect(await emails({ customer: 'example', placedFrom: '2026-03-10T00:00:00Z' })).toEqual([
      'alan@example.org',
      'edsger_d@example.org',
    ]);
    // another tenant's staff find none of them
    expect(await emails({ customer: 'example' }, randomUUID())).toEqual([]);
  });

  it('refuses a reversed range and a date that is not one', async () => {
    const reversed = await h.call(
      FILTERED,
      { filter: { placedFrom: '2026-04-01T00:00:00Z', placedBefore: '2026-03-01T00:00:00Z' } },
      staff(shop),
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'placedFrom'] });
    const invalid = await h.call(FILTERED, { filter: { placedFrom: 'last tuesday' } }, staff(shop));
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('customers with their orders (the admin customer list)', () => {
  const shop = randomUUID();
  const CUSTOMERS = /* GraphQL */ `{
    customers(first: 50) { edges { node { id email displayName orderCount lastOrderAt } } }
    guestCustomers(first: 50) { totalCount edges { node { email name orderCount } } }
  }`;
  const place = async (
    caller: ReturnType<typeof customer> | ReturnType<typeof storefront>,
    email: string,
    name: string,
  ) => {
    const cart = await cartWith(h, caller, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const placed = await h.checkout(cart.id, caller, { email, shippingAddress: { ...ADDRESS, name } });
    expect(placed.data?.checkoutComplete.errors).toEqual([]);
  };

  it('counts each account’s orders and names it from its last order; guests are grouped by email', async () => {
    const account = customer(shop);
    await place(account, 'kim@example.com', 'Kim Park');
    await place(account, 'kim@example.com', 'Kim Park-Lee');
    await place(storefront(shop), 'Guest@Example.com', 'Gus Guest');
    await place(storefront(shop), 'guest@example.com', 'Gus Guest');
    await place(storefront(shop), 'other@example.com', 'Olga Other');
    const result = await h.call(CUSTOMERS, {}, staff(shop));
    expect(result.errors).toBeUndefined();
    const accounts = result.data?.customers.edges.map((edge: { node: unknown }) => edge.node);
    expect(accounts).toEqual([
      expect.objectContaining({ displayName: 'Kim Park-Lee', orderCount: 2, lastOrderAt: expect.any(String) }),
    ]);
    expect(result.data?.guestCustomers.totalCount).toBe(2);
    expect(result.data?.guestCustomers.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { email: 'other@example.com', name: 'Olga Other', orderCount: 1 },
      { email: expect.stringMatching(/^guest@example\.com$/i), name: 'Gus Guest', orderCount: 2 },
    ]);
    // staff of another shop see none of them; a shopper cannot list guests
    const other = await h.call(CUSTOMERS, {}, staff(randomUUID()));
    expect(other.data?.guestCustomers.totalCount).toBe(0);
    const shopper = await h.call('{ guestCustomers { totalCount } }', {}, customer(shop));
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
