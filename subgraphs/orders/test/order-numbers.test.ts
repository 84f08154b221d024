import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeGlobalId, migrate } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cartWith, MIGRATIONS, type OrdersHarness, staff, startOrders, storefront, VARIANTS, vid } from './harness.ts';

const NUMBER = `query ($id: ID!) { order(id: $id) { number } }`;
const BY_NUMBER = `query ($n: Int!) { orders(filter: { number: $n }) { edges { node { id number } } } }`;

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function placeOrder(h: OrdersHarness, tenant: string): Promise<string> {
  h.stock.available.set(VARIANTS.mug, 10_000);
  const auth = storefront(tenant);
  const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
  const placed = await h.checkout(cart.id, auth);
  const id = placed.data?.checkoutComplete.order?.id;
  if (!id) throw new Error(`checkout failed: ${JSON.stringify(placed)}`);
  return id;
}

const numberOf = async (h: OrdersHarness, tenant: string, id: string): Promise<number> =>
  (await h.call(NUMBER, { id }, staff(tenant))).data?.order.number;

describe('order numbers', () => {
  it('count up from 1001 per shop, concurrently without duplicates or gaps, and can be looked up', async () => {
    const h = await startOrders();
    cleanup.push(() => h.close());
    const shopA = randomUUID();
    const shopB = randomUUID();
    const first = await placeOrder(h, shopA);
    expect(await numberOf(h, shopA, first)).toBe(1001);
    expect(await numberOf(h, shopB, await placeOrder(h, shopB))).toBe(1001);

    const concurrent = await Promise.all(Array.from({ length: 20 }, () => placeOrder(h, shopA)));
    const numbers = await Promise.all(concurrent.map((id) => numberOf(h, shopA, id)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => 1002 + index));

    const found = await h.call(BY_NUMBER, { n: 1001 }, staff(shopA));
    expect(found.data?.orders.edges).toEqual([{ node: { id: first, number: 1001 } }]);
    const otherShop = await h.call(BY_NUMBER, { n: 1005 }, staff(shopB));
    expect(otherShop.data?.orders.edges).toEqual([]);
  });

  it("a shop's prefix goes before the numbers of orders placed after it is set; earlier orders and other shops keep theirs", async () => {
    const h = await startOrders();
    cleanup.push(() => h.close());
    const shop = randomUUID();
    const other = randomUUID();
    const DISPLAY = `query ($id: ID!) { order(id: $id) { number displayNumber } }`;
    const NUMBERING = `query { orderNumbering { prefix nextNumber } }`;
    const SET = `mutation ($prefix: String!) {
      orderNumberPrefixSet(input: { prefix: $prefix }) { numbering { prefix nextNumber } errors { code field message } } }`;

    expect((await h.call(NUMBERING, {}, staff(shop))).data?.orderNumbering).toEqual({ prefix: '', nextNumber: 1001 });
    // set before the first order: numbering still starts at 1001
    const set = await h.call(SET, { prefix: 'AC-' }, staff(shop));
    expect(set.data?.orderNumberPrefixSet).toEqual({ errors: [], numbering: { prefix: 'AC-', nextNumber: 1001 } });
    const first = await placeOrder(h, shop);
    expect((await h.call(DISPLAY, { id: first }, staff(shop))).data?.order).toEqual({
      number: 1001,
      displayNumber: 'AC-1001',
    });
    expect((await h.call(DISPLAY, { id: await placeOrder(h, other) }, staff(other))).data?.order).toEqual({
      number: 1001,
      displayNumber: '1001',
    });

    const renamed = await h.call(SET, { prefix: '#' }, staff(shop));
    expect(renamed.data?.orderNumberPrefixSet.numbering).toEqual({ prefix: '#', nextNumber: 1002 });
    const second = await placeOrder(h, shop);
    expect((await h.call(DISPLAY, { id: second }, staff(shop))).data?.order.displayNumber).toBe('#1002');
    expect((await h.call(DISPLAY, { id: first }, staff(shop))).data?.order.displayNumber).toBe('AC-1001');
    // consumers (mails, invoices) quote the number as the shop shows it, from the order's events
    const admin = new pg.Client({ connectionString: h.db.adminUrl });
    await admin.connect();
    const events = await admin
      .query<{ type: string; displayNumber: string }>(
        `select type, payload->>'displayNumber' as "displayNumber" from orders.outbox
          where tenant_id = $1 and type in ('orders.order.created', 'orders.order.confirmed') order by id`,
        [shop],
      )
      .finally(() => admin.end());
    expect(events.rows.filter((row) => row.type === 'orders.order.created').map((row) => row.displayNumber)).toEqual([
      'AC-1001',
      '#1002',
    ]);
    expect(events.rows.every((row) => row.displayNumber)).toBe(true);

    for (const bad of ['A C', 'ÄÖ', 'AB!']) {
      expect((await h.call(SET, { prefix: bad }, staff(shop))).data?.orderNumberPrefixSet).toMatchObject({
        numbering: null,
        errors: [{ code: 'INVALID_INPUT', field: ['input', 'prefix'] }],
      });
    }
    const tooLong = await h.call(SET, { prefix: 'x'.repeat(13) }, staff(shop));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'prefix'] });
    expect((await h.call(SET, { prefix: 'NO-' }, staff(shop, ['orders:read']))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await h.call(NUMBERING, {}, staff(shop))).data?.orderNumbering).toEqual({ prefix: '#', nextNumber: 1003 });
    expect((await h.call(NUMBERING, {}, staff(other))).data?.orderNumbering).toEqual({ prefix: '', nextNumber: 1002 });
  });

  it('numbers the orders placed before numbers existed, in the order they were placed', async () => {
    // a database migrated only up to the migration before numbers, with orders in two shops
    const before = await mkdtemp(join(tmpdir(), 'orders-before-numbers-'));
    cleanup.push(() => rm(before, { recursive: true, force: true }));
    for (const file of await readdir(MIGRATIONS)) {
      if (file < '0004') await copyFile(new URL(file, MIGRATIONS), join(before, file));
    }
    const db: TestDatabase = await createTestDatabase([{ schema: 'orders', directory: pathToFileURL(`${before}/`) }]);
    cleanup.push(() => db.drop());
    const shopA = randomUUID();
    const shopB = randomUUID();
    // this build's service reads the number column, so the old orders go in as the previous version
    // wrote them: through SQL, into the schema without numbers
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    cleanup.push(() => admin.end());
    const placed: Record<string, string[]> = { [shopA]: [], [shopB]: [] };
    for (const [index, tenant] of [shopA, shopA, shopB, shopA].entries()) {
      const id = randomUUID();
      const cartId = randomUUID();
      await admin.query(
        `insert into orders.carts (tenant_id, id, currency, status) values ($1, $2, 'EUR', 'completed')`,
        [tenant, cartId],
      );
      await admin.query(
        `insert into orders.orders (tenant_id, id, cart_id, email, status, payment_status, currency, subtotal_amount,
           shipping_amount, tax_amount, total_amount, shipping_address, payment_provider, payment_reference, created_at)
         values ($1, $2, $3, 'old@example.com', 'created', 'authorized', 'EUR', 100, 0, 0, 100, '{}'::jsonb, 'test', 'ref',
           now() - make_interval(mins => $4))`,
        [tenant, id, cartId, 10 - index],
      );
      placed[tenant]!.push(id);
    }

    await migrate(db.adminUrl, [{ schema: 'orders', directory: MIGRATIONS }]);
    const h = await startOrders({ db });
    cleanup.push(() => h.close());
    const encode = (id: string) => encodeGlobalId('Order', id);
    const numbersA = await Promise.all(placed[shopA]!.map((id) => numberOf(h, shopA, encode(id))));
    expect(numbersA).toEqual([1001, 1002, 1003]);
    expect(await numberOf(h, shopB, encode(placed[shopB]![0]!))).toBe(1001);
    // and the counters continue from there
    expect(await numberOf(h, shopA, await placeOrder(h, shopA))).toBe(1004);
    expect(await numberOf(h, shopB, await placeOrder(h, shopB))).toBe(1002);
  });
});
