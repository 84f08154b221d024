import { randomUUID } from 'node:crypto';
import { type AuthContext, type EventBus, encodeGlobalId } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  type FulfillmentHarness,
  fulfillmentStaff,
  MIGRATIONS,
  newBus,
  startFulfillment,
} from './harness.ts';
import { type QueueFixtures, queueFixtures } from './queue-fixtures.ts';

let db: TestDatabase;
let bus: EventBus;
let fulfillment: FulfillmentHarness;
let fixtures: QueueFixtures;

const tenant = randomUUID();
const staff = fulfillmentStaff(tenant);
/** the built-in viewer role: reads orders (and so what ships), changes nothing */
const viewer: Partial<AuthContext> = {
  kind: 'user',
  subject: randomUUID(),
  tenantId: tenant,
  scopes: ['catalog:read', 'inventory:read', 'orders:read', 'finance:read'],
};
const warehouses = [encodeGlobalId('Warehouse', randomUUID()), encodeGlobalId('Warehouse', randomUUID())] as const;

/** what the tenant's queue holds, in creation order */
const made = {
  orderA: { orderId: '', variantId: '' },
  orderB: { orderId: '', variantId: '' },
  /** orderA's twelve: 0–1 shipped, 2–3 packed, 4–11 pending; even ones leave from warehouses[0] */
  shipmentsA: [] as string[],
  /** orderB's two, both shipped */
  shipmentsB: [] as string[],
  /** 0: orderB approved, 1: orderB requested, 2: orderA requested */
  returns: [] as string[],
};

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'fulfillment', directory: MIGRATIONS }]));
  bus = own(newBus());
  fulfillment = own(await startFulfillment(db, bus));
  fixtures = own(await queueFixtures(fulfillment, bus, db.adminUrl));
  made.orderA = await fixtures.confirmedOrder(tenant, 30);
  made.orderB = await fixtures.confirmedOrder(tenant, 5);
  for (let index = 0; index < 12; index++) {
    made.shipmentsA.push(await fixtures.shipment(staff, made.orderA, warehouses[index % 2]));
  }
  for (const id of made.shipmentsA.slice(0, 4)) await fixtures.move(staff, 'shipmentPack', id);
  for (const id of made.shipmentsA.slice(0, 2)) await fixtures.move(staff, 'shipmentShip', id);
  for (let index = 0; index < 2; index++) {
    const id = await fixtures.shipment(staff, made.orderB);
    await fixtures.move(staff, 'shipmentPack', id);
    await fixtures.move(staff, 'shipmentShip', id);
    made.shipmentsB.push(id);
  }
  made.returns.push(await fixtures.returnOf(staff, made.orderB));
  made.returns.push(await fixtures.returnOf(staff, made.orderB));
  made.returns.push(await fixtures.returnOf(staff, made.orderA));
  await fixtures.move(staff, 'returnApprove', made.returns[0]!);
});

const SHIPMENTS = /* GraphQL */ `
  query ($filter: ShipmentFilter, $sort: FulfillmentQueueSort, $first: Int, $after: String) {
    shipments(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id status order { id } warehouse { id } lines { quantity variant { id } } } }
    }
  }`;
const RETURNS = /* GraphQL */ `
  query ($filter: ReturnFilter, $sort: FulfillmentQueueSort, $first: Int, $after: String) {
    returns(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status order { id } lines { quantity } } }
    }
  }`;
const COUNTS = `{ fulfillmentQueueCounts { pendingShipments packedShipments requestedReturns approvedReturns } }`;

async function shipments(variables: Record<string, unknown>, auth: Partial<AuthContext> = staff) {
  const answer = await fulfillment.call(SHIPMENTS, variables, auth);
  expect(answer.errors).toBeUndefined();
  return answer.data!.shipments as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        status: string;
        order: { id: string };
        warehouse: { id: string } | null;
        lines: { quantity: number; variant: { id: string } }[];
      };
    }[];
  };
}
const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

describe('the shipment queue', () => {
  it('lists shipments to pack oldest first (newest first on request), each with its order, warehouse and lines', async () => {
    const pending = await shipments({ filter: { statuses: ['PENDING'] }, first: 100 });
    expect(pending.totalCount).toBe(8);
    expect(idsOf(pending)).toEqual(made.shipmentsA.slice(4));
    expect(pending.edges[0]?.node).toEqual({
      id: made.shipmentsA[4],
      status: 'PENDING',
      order: { id: made.orderA.orderId },
      warehouse: { id: warehouses[0] },
      lines: [{ quantity: 1, variant: { id: made.orderA.variantId } }],
    });
    const newest = await shipments({ filter: { statuses: ['PENDING'] }, sort: 'NEWEST_FIRST', first: 100 });
    expect(idsOf(newest)).toEqual(made.shipmentsA.slice(4).reverse());
    const fromOrderB = await shipments({ filter: { orderId: made.orderB.orderId } });
    expect(fromOrderB.edges.map((edge) => edge.node.warehouse)).toEqual([null, null]);
  });

  it('filters by statuses, warehouse and order; totalCount follows the filter', async () => {
    const cases: [filter: Record<string, unknown> | null, expected: string[]][] = [
      [null, [...made.shipmentsA, ...made.shipmentsB]],
      [{ statuses: ['PACKED'] }, made.shipmentsA.slice(2, 4)],
      [{ statuses: ['SHIPPED', 'PACKED', 'SHIPPED'] }, [...made.shipmentsA.slice(0, 4), ...made.shipmentsB]],
      [{ statuses: ['DELIVERED', 'CANCELLED'] }, []],
      [{ warehouseId: warehouses[0] }, made.shipmentsA.filter((_, index) => index % 2 === 0)],
      [{ statuses: ['PENDING'], warehouseId: warehouses[1] }, made.shipmentsA.filter((_, i) => i >= 4 && i % 2 === 1)],
      [{ orderId: made.orderB.orderId }, made.shipmentsB],
      [{ orderId: made.orderB.orderId, statuses: ['PENDING'] }, []],
      [{ warehouseId: encodeGlobalId('Warehouse', randomUUID()) }, []],
    ];
    for (const [filter, expected] of cases) {
      const answer = await shipments({ filter, first: 100 });
      expect({ filter, ids: idsOf(answer), total: answer.totalCount }).toEqual({
        filter,
        ids: expected,
        total: expected.length,
      });
    }
  });

  it('pages with keyset cursors: every shipment once and in order, both ways', async () => {
    for (const sort of ['OLDEST_FIRST', 'NEWEST_FIRST']) {
      const all = idsOf(await shipments({ sort, first: 100 }));
      expect(all).toHaveLength(14);
      const seen: string[] = [];
      const flags: [boolean, boolean][] = [];
      let after: string | null = null;
      do {
        const page = await shipments({ sort, first: 5, after });
        expect(page.totalCount).toBe(14);
        seen.push(...idsOf(page));
        flags.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && flags.length < 10);
      expect(seen).toEqual(all);
      expect(flags).toEqual([
        [false, true],
        [true, true],
        [true, false],
      ]);
    }
    const none = await shipments({ first: 0 });
    expect({ edges: none.edges, total: none.totalCount, next: none.pageInfo.hasNextPage }).toEqual({
      edges: [],
      total: 14,
      next: true,
    });
  });

  it('keeps rows created in the same millisecond (or the same microsecond) apart across pages', async () => {
    const other = randomUUID();
    const otherStaff = fulfillmentStaff(other);
    const order = await fixtures.confirmedOrder(other, 5);
    const ids = [
      await fixtures.shipment(otherStaff, order),
      await fixtures.shipment(otherStaff, order),
      await fixtures.shipment(otherStaff, order),
    ];
    // two share an instant to the microsecond (the id breaks the tie), a third is 0.8 ms later
    await fixtures.admin(
      `update fulfillment.shipments set created_at = case when order_id = $1 and id = $2 then '2026-01-01T00:00:00.000900Z'::timestamptz
         else '2026-01-01T00:00:00.000100Z'::timestamptz end where tenant_id = $3`,
      [uuidOf(order.orderId), uuidOf(ids[0]!), other],
    );
    for (const sort of ['OLDEST_FIRST', 'NEWEST_FIRST']) {
      const all = idsOf(await shipments({ sort, first: 100 }, otherStaff));
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await shipments({ sort, first: 1, after }, otherStaff);
        seen.push(...idsOf(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        // a cursor that repeats rows would page forever
      } while (after && seen.length <= ids.length);
      expect(seen).toEqual(all);
      expect(new Set(seen)).toEqual(new Set(ids));
      expect(sort === 'OLDEST_FIRST' ? seen.at(-1) : seen[0]).toBe(ids[0]);
    }
  });
});

describe('the return queue and the counts', () => {
  it('lists returns by status, oldest first, each with its order', async () => {
    const returns = async (filter: Record<string, unknown> | null) =>
      (await fulfillment.call(RETURNS, { filter, first: 100 }, staff)).data?.returns;
    const requested = await returns({ statuses: ['REQUESTED'] });
    expect(requested.totalCount).toBe(2);
    expect(requested.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { id: made.returns[1], status: 'REQUESTED', order: { id: made.orderB.orderId }, lines: [{ quantity: 1 }] },
      { id: made.returns[2], status: 'REQUESTED', order: { id: made.orderA.orderId }, lines: [{ quantity: 1 }] },
    ]);
    expect(idsOf(await returns({ statuses: ['APPROVED'] }))).toEqual([made.returns[0]]);
    expect(idsOf(await returns({ statuses: ['REQUESTED', 'APPROVED'] }))).toEqual(made.returns);
    expect(idsOf(await returns({ orderId: made.orderA.orderId }))).toEqual([made.returns[2]]);
    expect((await returns(null)).totalCount).toBe(3);
    const newest = await fulfillment.call(RETURNS, { sort: 'NEWEST_FIRST', first: 2 }, staff);
    expect(idsOf(newest.data?.returns)).toEqual([made.returns[2], made.returns[1]]);
    expect(newest.data?.returns.pageInfo.hasNextPage).toBe(true);
  });

  it('counts what waits per step', async () => {
    expect((await fulfillment.call(COUNTS, {}, staff)).data?.fulfillmentQueueCounts).toEqual({
      pendingShipments: 8,
      packedShipments: 2,
      requestedReturns: 2,
      approvedReturns: 1,
    });
  });
});

describe('bad input', () => {
  const cursor = (value: string) => Buffer.from(`cursor:${value}`, 'utf8').toString('base64url');
  const cases: [name: string, query: string, variables: Record<string, unknown>, field: string[]][] = [
    ['an order id that is no id', SHIPMENTS, { filter: { orderId: 'nope' } }, ['filter', 'orderId']],
    ['an order id of another type', SHIPMENTS, { filter: { orderId: warehouses[0] } }, ['filter', 'orderId']],
    ['a warehouse id of another type', SHIPMENTS, { filter: { warehouseId: 'T3JkZXI6MQ' } }, ['filter', 'warehouseId']],
    ['an empty status list', SHIPMENTS, { filter: { statuses: [] } }, ['filter', 'statuses']],
    ['a return filter with a bad order id', RETURNS, { filter: { orderId: warehouses[1] } }, ['filter', 'orderId']],
    ['an empty return status list', RETURNS, { filter: { statuses: [] } }, ['filter', 'statuses']],
    ['a cursor that is no cursor', SHIPMENTS, { after: 'garbage' }, ['after']],
    ['a cursor with no instant', SHIPMENTS, { after: cursor(`yesterday|${randomUUID()}`) }, ['after']],
    ['a cursor on 30 February', SHIPMENTS, { after: cursor(`2026-02-30T00:00:00.000000Z|${randomUUID()}`) }, ['after']],
    ['a cursor with no uuid', RETURNS, { after: cursor('2026-01-01T00:00:00.000000Z|1') }, ['after']],
    ['a page over 100', RETURNS, { first: 101 }, ['first']],
  ];
  it.each(cases)('%s is BAD_USER_INPUT naming the field', async (_name, query, variables, field) => {
    const answer = await fulfillment.call(query, variables, staff);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('who sees the queue', () => {
  it('another tenant sees none of it, and its own only', async () => {
    const other = randomUUID();
    const otherStaff = fulfillmentStaff(other);
    const order = await fixtures.confirmedOrder(other, 2);
    const theirs = await fixtures.shipment(otherStaff, order);
    expect(idsOf(await shipments({ first: 100 }, otherStaff))).toEqual([theirs]);
    expect((await shipments({ filter: { orderId: made.orderA.orderId } }, otherStaff)).totalCount).toBe(0);
    expect(idsOf(await shipments({ first: 100 }))).not.toContain(theirs);
    expect((await fulfillment.call(RETURNS, {}, otherStaff)).data?.returns.totalCount).toBe(0);
    expect((await fulfillment.call(COUNTS, {}, otherStaff)).data?.fulfillmentQueueCounts).toEqual({
      pendingShipments: 1,
      packedShipments: 0,
      requestedReturns: 0,
      approvedReturns: 0,
    });
    expect((await shipments({}, fulfillmentStaff(randomUUID()))).totalCount).toBe(0);
  });

  it('fulfillment staff and order readers (a viewer) read it; shoppers, storefront keys and others are refused', async () => {
    expect((await shipments({ filter: { statuses: ['PACKED'] } }, viewer)).totalCount).toBe(2);
    expect((await fulfillment.call(COUNTS, {}, viewer)).data?.fulfillmentQueueCounts.pendingShipments).toBe(8);
    const refused: [Partial<AuthContext>, string][] = [
      [
        { kind: 'customer', subject: randomUUID(), tenantId: tenant, scopes: ['cart:own', 'checkout', 'orders:own'] },
        'FORBIDDEN',
      ],
      [
        {
          kind: 'publishable_key',
          subject: randomUUID(),
          tenantId: tenant,
          scopes: ['catalog:browse', 'cart:own', 'checkout'],
        },
        'FORBIDDEN',
      ],
      [{ kind: 'user', subject: randomUUID(), tenantId: tenant, scopes: ['catalog:read'] }, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ];
    for (const [auth, code] of refused) {
      for (const query of [SHIPMENTS, RETURNS, COUNTS]) {
        const answer = await fulfillment.call(query, {}, auth);
        expect({ kind: auth.kind, code: answer.errors?.[0]?.extensions?.code }).toEqual({ kind: auth.kind, code });
      }
    }
  });
});

describe('cost', () => {
  it('a page of 10 costs the same number of SQL statements as a page of 2 (lines, history, references batched)', async () => {
    const QUEUE = /* GraphQL */ `
      query ($first: Int) {
        shipments(first: $first) {
          totalCount
          edges { node { id status order { id } warehouse { id } lines { quantity variant { id } } history { to } } }
        }
        returns(first: $first) { totalCount edges { node { id order { id } lines { quantity } history { to } } } }
      }`;
    // the outbox relay polls through the same pool: paused, so only the queries are counted
    await fulfillment.server.relay.stop();
    try {
      const counts: number[] = [];
      for (const first of [2, 10]) {
        fulfillment.statements.reset();
        const answer = await fulfillment.call(QUEUE, { first }, staff);
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.shipments.edges).toHaveLength(first);
        expect(answer.data?.returns.edges).toHaveLength(Math.min(first, 3));
        counts.push(fulfillment.statements.count);
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[1]).toBe(counts[0]);
    } finally {
      fulfillment.server.relay.start();
    }
  });
});

function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';
}
