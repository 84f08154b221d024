import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventEnvelope, migrate } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  domainEvent,
  events,
  type FinanceHarness,
  financeSuite,
  MIGRATIONS,
  staff,
} from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;

financeSuite((suite) => {
  ({ db, finance } = suite);
});

interface Entry {
  id: string;
  entryDate: string;
  description: string;
  sourceType: string;
  sourceId: string;
  lines: { accountCode: string; debit: number; credit: number; memo: string }[];
}

async function entries(tenantId: string, sourceType: string): Promise<Entry[]> {
  const result = await finance.call(
    `query ($filter: JournalEntryFilter) { financeJournalEntries(filter: $filter, first: 100) {
      edges { node { id entryDate description sourceType sourceId lines { accountCode debit credit memo } } } } }`,
    { filter: { sourceType } },
    staff(tenantId),
  );
  expect(result.errors).toBeUndefined();
  return result.data?.financeJournalEntries.edges.map((edge: { node: Entry }) => edge.node);
}

const net = (entry: Entry, code: string) =>
  entry.lines.filter((line) => line.accountCode === code).reduce((sum, line) => sum + line.debit - line.credit, 0);

async function balanceOf(tenantId: string, code: string): Promise<number> {
  const result = await finance.call('{ financeTrialBalance { rows { code closing } } }', {}, staff(tenantId));
  return result.data?.financeTrialBalance.rows.find((row: { code: string }) => row.code === code)?.closing ?? 0;
}

/** What finance keeps of each valued line: the cost it is valued at now, and the value. */
async function valuedMovements(tenantId: string) {
  const client = await db.servicePool('finance').connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ sourceType: string; unitCost: string | null; value: number }>(
      `select source_type as "sourceType", trim_scale(unit_cost)::text as "unitCost", value::float8 as value
         from finance.valued_movements order by occurred_at, line_no`,
    );
    await client.query('commit');
    return rows;
  } finally {
    client.release();
  }
}

const ship = (tenant: string, variantId: string, quantity: number, at: string) =>
  events.shipped(tenant, { shipmentId: randomUUID(), orderId: randomUUID(), lines: [{ variantId, quantity }] }, at);
const cost = (tenant: string, variantId: string, averageCost: string, at: string) =>
  events.variantCost(tenant, { variantId, averageCost }, at);

describe('goods movements valued at the cost in force at their own time', () => {
  it('posts a shipment that arrives before its cost at 0, then revalues it once when the cost arrives', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    await finance.deliver(ship(tenant, variantId, 3, '2026-05-04T10:00:00Z'));
    const [shipment] = await entries(tenant, 'shipment.shipped');
    expect(net(shipment as Entry, '1300')).toBe(0);
    expect(shipment?.description).toContain(`no known cost for 1 variant(s), posted at 0: ${variantId}`);

    const changed = cost(tenant, variantId, '12.345', '2026-05-04T09:00:00Z');
    await finance.deliver(changed);
    await finance.deliver(changed);
    const revaluations = await entries(tenant, 'cost.revaluation');
    expect(revaluations).toHaveLength(1);
    const [revaluation] = revaluations as [Entry];
    // 3 × 12.345 = 37.035 → 37: a shipment worth more moves more out of inventory into cost of goods sold
    expect(revaluation).toMatchObject({ sourceId: changed.id, entryDate: '2026-05-04' });
    expect(net(revaluation, '5100')).toBe(37);
    expect(net(revaluation, '1300')).toBe(-37);
    expect(revaluation.lines[0]?.memo).toBe(`1 shipped line(s) of variant ${variantId}`);
    expect(await valuedMovements(tenant)).toEqual([{ sourceType: 'shipment.shipped', unitCost: '12.345', value: 37 }]);
    expect(await balanceOf(tenant, '1300')).toBe(-37);
  });

  it('revalues what an earlier cost arriving late should have valued, and leaves movements after the next cost alone', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    await finance.deliver(cost(tenant, variantId, '20', '2026-06-03T00:00:00Z'));
    // before every known cost (clock skew, or the cost in force not here yet): the earliest known one
    await finance.deliver(ship(tenant, variantId, 2, '2026-06-02T00:00:00Z'));
    await finance.deliver(ship(tenant, variantId, 1, '2026-06-04T00:00:00Z'));
    const returnId = randomUUID();
    await finance.deliver(
      events.returnMoved(
        tenant,
        'fulfillment.return.received',
        { returnId, orderId: randomUUID(), refundAmount: null, lines: [{ variantId, quantity: 1 }] },
        '2026-06-02T12:00:00Z',
      ),
    );
    expect(await valuedMovements(tenant)).toEqual([
      { sourceType: 'shipment.shipped', unitCost: '20', value: 40 },
      { sourceType: 'return.received', unitCost: '20', value: 20 },
      { sourceType: 'shipment.shipped', unitCost: '20', value: 20 },
    ]);
    expect(await entries(tenant, 'cost.revaluation')).toEqual([]);

    // the cost in force on 06-02 arrives: the shipment and the return of that day move to 7.5, the
    // shipment of 06-04 stays at the cost of 06-03
    const earlier = cost(tenant, variantId, '7.5', '2026-06-01T00:00:00Z');
    await finance.deliver(earlier);
    expect(await valuedMovements(tenant)).toEqual([
      { sourceType: 'shipment.shipped', unitCost: '7.5', value: 15 },
      { sourceType: 'return.received', unitCost: '7.5', value: 8 },
      { sourceType: 'shipment.shipped', unitCost: '20', value: 20 },
    ]);
    const [revaluation] = (await entries(tenant, 'cost.revaluation')) as [Entry];
    // the shipment gives 25 back to inventory, the return takes 12 out: net 13 into inventory
    expect(net(revaluation, '1300')).toBe(25 - 12);
    expect(net(revaluation, '5100')).toBe(-(25 - 12));
    expect(revaluation.entryDate).toBe('2026-06-01');
    // on hand −2 (shipped 3, returned 1) at the costs in force: −2 × 7.5 − 1 × 20 + round(1 × 7.5)
    expect(await balanceOf(tenant, '1300')).toBe(-15 + 8 - 20);
  });

  it('takes the cost time from effectiveAt when the event carries it, else from the envelope', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    await finance.deliver(cost(tenant, variantId, '1', '2026-07-01T00:00:00Z'));
    // published on 07-10 but in force since 07-02: the shipment of 07-05 takes it
    await finance.deliver(
      domainEvent(
        tenant,
        'inventory.variant_cost.changed',
        variantId,
        {
          variantId,
          averageCost: '3',
          currency: 'EUR',
          onHand: 10,
          receiptId: randomUUID(),
          receivedQuantity: 10,
          unitCost: '3',
          effectiveAt: '2026-07-02T00:00:00Z',
        },
        '2026-07-10T00:00:00Z',
      ),
    );
    await finance.deliver(ship(tenant, variantId, 4, '2026-07-05T00:00:00Z'));
    expect(await valuedMovements(tenant)).toEqual([{ sourceType: 'shipment.shipped', unitCost: '3', value: 12 }]);
    const malformed = domainEvent(
      tenant,
      'inventory.variant_cost.changed',
      variantId,
      { variantId, averageCost: '3', currency: 'EUR', effectiveAt: 'yesterday' },
      '2026-07-10T00:00:00Z',
    );
    await expect(finance.deliver(malformed)).rejects.toThrow(/malformed inventory.variant_cost.changed.*effectiveAt/);
  });

  it('converges when a cost and the movements it values are handled by concurrent consumers', async () => {
    const tenant = randomUUID();
    const hour = (h: number) => new Date(Date.UTC(2026, 7, 3, h)).toISOString();
    // per variant a cost at 1:00 and a shipment of 2 at 2:00, all delivered at once: without the
    // variant's lock a shipment could read the history before its cost commits while the cost reads
    // the movements before the shipment commits, and stay at 0 for good
    const variants = Array.from({ length: 12 }, () => randomUUID());
    const all = variants.flatMap((variantId, index) => [
      cost(tenant, variantId, `${10 + index}.25`, hour(1)),
      ship(tenant, variantId, 2, hour(2)),
    ]);
    await Promise.all(all.map((envelope) => finance.deliver(envelope)));
    const expected = variants.map((_, index) => Math.round(2 * (10 + index + 0.25)));
    expect((await valuedMovements(tenant)).map((row) => row.value).sort((a, b) => a - b)).toEqual(expected);
    expect(await balanceOf(tenant, '1300')).toBe(-expected.reduce((sum, value) => sum + value, 0));
  });

  it('converges when costs and movements of one variant are handled by two consumers at once, in any order', async () => {
    const tenant = randomUUID();
    const variantId = randomUUID();
    const day = (hour: number) => new Date(Date.UTC(2026, 7, 3, hour)).toISOString();
    // on the timeline: costs at 1, 4, 7; shipments of 2 at 2, 3, 5, 6, 8
    const costs = [
      cost(tenant, variantId, '10.5', day(1)),
      cost(tenant, variantId, '11.25', day(4)),
      cost(tenant, variantId, '9.125', day(7)),
    ];
    const shipments = [2, 3, 5, 6, 8].map((hour) => ship(tenant, variantId, 2, day(hour)));
    const all: EventEnvelope[] = [...shipments, ...costs].reverse();
    // two at a time, latest first: every pair races on the variant's lock
    for (let index = 0; index < all.length; index += 2) {
      await Promise.all(all.slice(index, index + 2).map((envelope) => finance.deliver(envelope)));
    }
    expect((await valuedMovements(tenant)).map((row) => [row.unitCost, row.value])).toEqual([
      ['10.5', 21],
      ['10.5', 21],
      ['11.25', 23],
      ['11.25', 23],
      ['9.125', 18],
    ]);
    expect(await balanceOf(tenant, '1300')).toBe(-(21 + 21 + 23 + 23 + 18));
    expect(await balanceOf(tenant, '5100')).toBe(21 + 21 + 23 + 23 + 18);
  });

  it('starts the history from the costs finance heard before 0004, of every tenant, and carries what a replica of the previous release still writes into it', async () => {
    // a database as the previous release left it: migrations up to 0003, costs in variant_costs
    const before = await mkdtemp(join(tmpdir(), 'finance-before-0004-'));
    for (const name of ['0001_finance.sql', '0002_invoices.sql', '0003_open_items.sql']) {
      await cp(new URL(name, MIGRATIONS), join(before, name));
    }
    const old = await createTestDatabase([{ schema: 'finance', directory: before }]);
    const asTenant = async (tenantId: string, query: string, params: unknown[] = []) => {
      const client = await old.servicePool('finance').connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await client.query(query, params);
        await client.query('commit');
        return rows;
      } finally {
        client.release();
      }
    };
    // what the previous release wrote for a cost event
    const upsertCost = `insert into finance.variant_costs (tenant_id, variant_id, average_cost, currency, as_of)
       values (current_setting('app.tenant_id')::uuid, $1, $2, 'EUR', $3)
       on conflict (tenant_id, variant_id) do update
         set average_cost = excluded.average_cost, currency = excluded.currency, as_of = excluded.as_of
         where finance.variant_costs.as_of <= excluded.as_of`;
    const history = `select variant_id as "variantId", trim_scale(average_cost)::text as cost, effective_at as "effectiveAt"
       from finance.variant_cost_history order by effective_at`;
    try {
      const [first, second] = [randomUUID(), randomUUID()];
      const variant = randomUUID();
      await asTenant(first, upsertCost, [variant, '4.5', '2026-03-01T00:00:00Z']);
      await asTenant(second, upsertCost, [variant, '7', '2026-03-02T00:00:00Z']);
      await migrate(old.adminUrl, [{ schema: 'finance', directory: MIGRATIONS }]);
      expect(await asTenant(first, history)).toEqual([
        { variantId: variant, cost: '4.5', effectiveAt: new Date('2026-03-01T00:00:00Z') },
      ]);
      expect(await asTenant(second, history)).toEqual([
        { variantId: variant, cost: '7', effectiveAt: new Date('2026-03-02T00:00:00Z') },
      ]);
      // a replica of the previous release still running during the rollout
      await asTenant(first, upsertCost, [variant, '5.25', '2026-03-05T00:00:00Z']);
      expect((await asTenant(first, history)).map((row) => row.cost)).toEqual(['4.5', '5.25']);
    } finally {
      await old.drop();
      await rm(before, { recursive: true, force: true });
    }
  });
});
