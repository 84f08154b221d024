import { randomUUID } from 'node:crypto';
import { countStatements, createLogger, type EventEnvelope, InProcessEventBus, withTenantClient } from '@ucos/kit';
import { waitFor } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { tenantDb } from '../src/db.ts';
import { type BatchedWork, laneHash, type PostingBatcherOptions, postingBatcher } from '../src/events/in/batch.ts';
import {
  CONSUMED_EVENT_TYPES,
  FINANCE_CONSUMER,
  financeBatchHandler,
  financeWork,
  laneKey,
  periodsOpener,
  postingPhase,
  postingPhaseLocks,
} from '../src/events/in/consumer.ts';
import { consumerSuite, events, type FinancePool } from './harness.ts';

/**
 * The worker's group commit (`postingBatcher`): a tenant's events delivered while its transaction
 * runs go together in the next one, each in its own savepoint. One failing event must not undo the
 * others, must not be acknowledged, and must post exactly once when it comes back.
 */

let pool: FinancePool;

consumerSuite(8, (suite) => {
  pool = suite.pool;
});

const meta = { deliveryCount: 1, consumer: FINANCE_CONSUMER, subject: 'ucos.test' };

/** The worker's group commit as finance's consumer, on the file's pool. */
const batcherOnPool = (options: Omit<PostingBatcherOptions, 'unitOfWork' | 'consumer'>) =>
  postingBatcher({ unitOfWork: tenantDb(pool, null, null), consumer: FINANCE_CONSUMER, ...options });

/** Orders placed in one tenant, one event each. */
const placements = (tenantId: string, count: number, first = 1): EventEnvelope[] =>
  Array.from({ length: count }, (_, index) =>
    events.orderCreated(tenantId, {
      orderId: randomUUID(),
      number: first + index,
      subtotal: 9_500,
      shipping: 500,
      tax: 1_900,
    }),
  );

/** Per event id: its journal entries and its `processed_messages` marks. */
async function postedOf(tenantId: string, ids: string[]) {
  return withTenantClient(pool, tenantId, async (sql) => {
    const { rows } = await sql.query<{ id: string; entries: number; marks: number }>(
      `select e.id::text,
              (select count(*)::int from finance.journal_entries j where j.event_id = e.id) as entries,
              (select count(*)::int from finance.processed_messages m
                where m.consumer = $2 and m.message_id = e.id::text) as marks
         from unnest($1::uuid[]) as e(id)`,
      [ids, FINANCE_CONSUMER],
    );
    return new Map(rows.map((row) => [row.id, { entries: row.entries, marks: row.marks }]));
  });
}

/** The real work, with the transaction each event ran in recorded, and `failing` run on the way out. */
function observedWork(failing: (envelope: EventEnvelope<unknown>, sql: import('pg').PoolClient) => Promise<void>) {
  const real = financeWork();
  const transactions = new Map<string, string>();
  const work: BatchedWork = async (envelope, sql, tx, deliveryMeta) => {
    const { rows } = await sql.query<{ xid: string }>(`select txid_current()::text as xid`);
    transactions.set(envelope.id, rows[0]?.xid ?? '');
    await real(envelope, sql, tx, deliveryMeta);
    await failing(envelope, sql);
  };
  return { work, transactions };
}

describe('posting events in batches', () => {
  it('commits the others when one event of a batch fails, and posts the failed one once when redelivered', async () => {
    const tenantId = randomUUID();
    const [first, ...rest] = placements(tenantId, 7);
    const bad = rest[2] as EventEnvelope;
    let failures = 0;
    const { work, transactions } = observedWork(async (envelope) => {
      // fails after its entry was written: the savepoint must take the entry and the mark back
      if (envelope.id === bad.id && failures++ === 0) throw new Error('posting failed');
    });
    const handle = batcherOnPool({ work, lanes: 4, maxBatch: 16 });
    // the first opens the tenant's transaction; the others arrive while it runs and go together after it
    const outcomes = await Promise.allSettled(
      [first as EventEnvelope, ...rest].map((envelope) => handle(envelope, meta)),
    );

    const badIndex = rest.indexOf(bad) + 1;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      outcomes.map((_, index) => (index === badIndex ? 'rejected' : 'fulfilled')),
    );
    // the failed event shared its transaction with events that committed
    const batchXid = transactions.get(bad.id);
    expect(rest.filter((envelope) => envelope !== bad && transactions.get(envelope.id) === batchXid)).toHaveLength(5);

    const ids = [first as EventEnvelope, ...rest].map((envelope) => envelope.id);
    let posted = await postedOf(tenantId, ids);
    for (const id of ids) {
      expect(posted.get(id)).toEqual(id === bad.id ? { entries: 0, marks: 0 } : { entries: 1, marks: 1 });
    }

    // the bus redelivers the failed event (and, say, a good one twice): each is posted once
    await handle(bad, { ...meta, deliveryCount: 2 });
    await Promise.all([handle(bad, { ...meta, deliveryCount: 3 }), handle(rest[0] as EventEnvelope, meta)]);
    posted = await postedOf(tenantId, ids);
    for (const id of ids) expect(posted.get(id)).toEqual({ entries: 1, marks: 1 });
  });

  it('fails only the event whose entry is unbalanced, not the commit of the batch', async () => {
    const tenantId = randomUUID();
    const [first, ...rest] = placements(tenantId, 5);
    const bad = rest[1] as EventEnvelope;
    const { work, transactions } = observedWork(async (envelope, sql) => {
      if (envelope.id !== bad.id) return;
      // one more line on its entry: the deferred balance check would refuse it at the commit
      await sql.query(
        `insert into finance.journal_lines (tenant_id, entry_id, line_no, account_id, debit, credit, currency, amount, rate, memo)
         select l.tenant_id, l.entry_id, 99, l.account_id, 1, 0, l.currency, 1, l.rate, 'off by one'
           from finance.journal_lines l join finance.journal_entries e on e.id = l.entry_id
          where e.event_id = $1::uuid limit 1`,
        [envelope.id],
      );
    });
    const handle = batcherOnPool({ work, lanes: 4, maxBatch: 16 });
    const all = [first as EventEnvelope, ...rest];
    const outcomes = await Promise.allSettled(all.map((envelope) => handle(envelope, meta)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      all.map((envelope) => (envelope === bad ? 'rejected' : 'fulfilled')),
    );
    expect(String((outcomes[all.indexOf(bad)] as PromiseRejectedResult).reason)).toContain('not balanced');
    expect(new Set(rest.map((envelope) => transactions.get(envelope.id))).size).toBe(1);
    const posted = await postedOf(
      tenantId,
      all.map((envelope) => envelope.id),
    );
    for (const envelope of all) {
      expect(posted.get(envelope.id)).toEqual(envelope === bad ? { entries: 0, marks: 0 } : { entries: 1, marks: 1 });
    }
  });

  it('on a bus: the failed delivery is retried and posts once, the rest are acknowledged once', async () => {
    const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
    const tenants = [randomUUID(), randomUUID()];
    const sent = tenants.flatMap((tenantId, index) => placements(tenantId, 10, index * 100));
    const bad = sent[7] as EventEnvelope;
    let failures = 0;
    const attempts = new Map<string, number>();
    const real = financeWork();
    const subscription = await bus.subscribe<unknown>({
      consumer: FINANCE_CONSUMER,
      subjects: CONSUMED_EVENT_TYPES.map((type) => `ucos.${type}`),
      maxDeliver: 10,
      backoffMs: [20],
      concurrency: 32,
      handler: batcherOnPool({
        lanes: 2,
        maxBatch: 4,
        work: async (envelope, sql, tx, deliveryMeta) => {
          attempts.set(envelope.id, (attempts.get(envelope.id) ?? 0) + 1);
          await real(envelope, sql, tx, deliveryMeta);
          if (envelope.id === bad.id && failures++ < 2) throw new Error('posting failed');
        },
      }),
    });
    try {
      await Promise.all(sent.map((envelope) => bus.publish(envelope)));
      for (const tenantId of tenants) {
        const ids = sent.filter((envelope) => envelope.tenantId === tenantId).map((envelope) => envelope.id);
        await waitFor(async () => {
          const posted = await postedOf(tenantId, ids);
          return ids.every((id) => posted.get(id)?.entries === 1 && posted.get(id)?.marks === 1);
        });
      }
    } finally {
      await subscription.stop();
      await bus.close();
    }
    // the failed event ran three times (two failures, then the commit); every other once
    expect(attempts.get(bad.id)).toBe(3);
    expect(sent.filter((envelope) => envelope !== bad).every((envelope) => attempts.get(envelope.id) === 1)).toBe(true);
  });

  it('posts a tenant on several lanes, an order on one: every event once, invoices numbered without a gap', async () => {
    const tenantId = randomUUID();
    const variants = [randomUUID(), randomUUID(), randomUUID()];
    const sent = Array.from({ length: 30 }, (_, index) => {
      const orderId = randomUUID();
      const number = index + 1;
      return [
        events.orderCreated(tenantId, { orderId, number, subtotal: 9_500, shipping: 500, tax: 1_900 }),
        events.paymentStatus(tenantId, { orderId, number, total: 11_900, to: 'captured', from: 'authorized' }),
        events.shipped(tenantId, {
          shipmentId: randomUUID(),
          orderId,
          // variants in varying orders: the phase's locks take them sorted, whatever a batch holds
          lines: [
            { variantId: variants[index % 3] as string, quantity: 1 },
            { variantId: variants[(index + 2) % 3] as string, quantity: 1 },
          ],
        }),
      ];
    }).flat();
    // an order's events all go to one lane (its source row, open item and advisory lock)
    for (const envelope of sent) {
      expect(laneKey(envelope)).toBe((envelope.payload as { orderId: string }).orderId);
    }
    const handle = financeBatchHandler(tenantDb(pool, null, null), { concurrency: 4, batch: 8, tenantLanes: 3 });
    const lanesUsed = new Set(sent.map((envelope) => laneHash(laneKey(envelope)) % 3));
    expect(lanesUsed.size).toBe(3);
    // delivered at once, then all of them again (a replay): nothing fails, nothing posts twice
    const outcomes = await Promise.allSettled(sent.map((envelope) => handle(envelope, meta)));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    await Promise.all(sent.map((envelope) => handle(envelope, { ...meta, deliveryCount: 2 })));
    const posted = await postedOf(
      tenantId,
      sent.map((envelope) => envelope.id),
    );
    for (const envelope of sent) expect(posted.get(envelope.id)).toEqual({ entries: 1, marks: 1 });
    const numbers = await withTenantClient(pool, tenantId, async (sql) => {
      const { rows } = await sql.query<{ sequence: number }>(
        `select sequence from finance.invoices where kind = 'invoice' order by sequence`,
      );
      return rows.map((row) => row.sequence);
    });
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  });

  it('runs a batch by phase, and takes its movements variants at once, sorted', async () => {
    const tenantId = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()].sort();
    const shipment = (variantIds: string[]) =>
      events.shipped(tenantId, {
        shipmentId: randomUUID(),
        orderId: randomUUID(),
        lines: variantIds.map((variantId) => ({ variantId, quantity: 1 })),
      });
    expect(postingPhase('orders.order.created')).toBeLessThan(postingPhase('fulfillment.shipment.shipped'));
    expect(postingPhase('fulfillment.shipment.shipped')).toBeLessThan(
      postingPhase('orders.order.payment_status_changed'),
    );
    const text = postingPhaseLocks(
      1,
      tenantId,
      [shipment([b as string]), shipment([a as string, b as string])],
      (v) => `'${v}'`,
    );
    expect(text).toContain(`('${a}'::uuid), ('${b}'::uuid)`);
    expect(postingPhaseLocks(0, tenantId, [shipment([a as string])], (v) => `'${v}'`)).toBeNull();
    expect(postingPhaseLocks(2, tenantId, [shipment([a as string])], (v) => `'${v}'`)).toBeNull();
  });

  it('when two lanes of a tenant deadlock, the victim rolls back to its savepoint and its redelivery posts it once', async () => {
    const tenantId = randomUUID();
    const [warmUp, before, first, second] = placements(tenantId, 4);
    // the tenant's chart exists first (its creation would otherwise make one lane wait for the other's)
    await batcherOnPool({
      work: financeWork(),
      lanes: 1,
      maxBatch: 1,
    })(warmUp as EventEnvelope, meta);
    // two keys on different lanes of two
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const keyA = keys.find((key) => laneHash(key) % 2 === 0) as string;
    const keyB = keys.find((key) => laneHash(key) % 2 === 1) as string;
    const lane = new Map([
      [(before as EventEnvelope).id, keyA],
      [(first as EventEnvelope).id, keyA],
      [(second as EventEnvelope).id, keyB],
    ]);
    const signal = () => {
      let resolve = () => {};
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      return { promise, resolve };
    };
    const locked = { first: signal(), second: signal() };
    let dances = 0;
    const real = financeWork();
    const lock = (sql: import('pg').PoolClient, key: number) =>
      sql.query('select pg_advisory_xact_lock($1::bigint)', [key]);
    const work: BatchedWork = async (envelope, sql, tx, deliveryMeta, ledger) => {
      await real(envelope, sql, tx, deliveryMeta, ledger);
      if (envelope.id !== (first as EventEnvelope).id && envelope.id !== (second as EventEnvelope).id) return;
      if (dances++ >= 2) return;
      // the two take two locks in opposite orders: PostgreSQL ends one of them (deadlock_timeout)
      const mine = envelope.id === (first as EventEnvelope).id ? 1 : 2;
      await lock(sql, 913_000 + mine);
      (mine === 1 ? locked.first : locked.second).resolve();
      await (mine === 1 ? locked.second : locked.first).promise;
      await lock(sql, 913_000 + (3 - mine));
    };
    const handle = batcherOnPool({
      work,
      lanes: 4,
      maxBatch: 16,
      tenantLanes: 2,
      laneKey: (envelope) => lane.get(envelope.id) ?? keyA,
    });
    const all = [before, first, second] as EventEnvelope[];
    const outcomes = await Promise.allSettled(all.map((envelope) => handle(envelope, meta)));
    const rejected = outcomes.flatMap((outcome, index) => (outcome.status === 'rejected' ? [index] : []));
    // one of the two is the victim; the event before it in its batch committed
    expect(rejected).toHaveLength(1);
    expect([1, 2]).toContain(rejected[0]);
    expect(String((outcomes[rejected[0] as number] as PromiseRejectedResult).reason)).toContain('deadlock');
    const victim = all[rejected[0] as number] as EventEnvelope;
    let posted = await postedOf(
      tenantId,
      all.map((envelope) => envelope.id),
    );
    for (const envelope of all) {
      expect(posted.get(envelope.id)).toEqual(
        envelope === victim ? { entries: 0, marks: 0 } : { entries: 1, marks: 1 },
      );
    }
    // redelivered (and the survivor again): each posted once
    await Promise.all([
      handle(victim, { ...meta, deliveryCount: 2 }),
      handle(all[3 - (rejected[0] as number)] as EventEnvelope, meta),
    ]);
    posted = await postedOf(
      tenantId,
      all.map((envelope) => envelope.id),
    );
    for (const envelope of all) expect(posted.get(envelope.id)).toEqual({ entries: 1, marks: 1 });
  });

  it('opens the months of a batch before it, committed in a transaction of its own, once per process', async () => {
    const tenantId = randomUUID();
    const [march, april] = placements(tenantId, 2).map((envelope, index) => ({
      ...envelope,
      occurredAt: index === 0 ? '2031-03-31T23:30:00.000Z' : '2031-04-01T00:10:00.000Z',
    }));
    const open = periodsOpener(tenantDb(pool, null, null));
    await open(tenantId, [march as EventEnvelope, april as EventEnvelope, march as EventEnvelope]);
    const periods = () =>
      withTenantClient(pool, tenantId, async (sql) => {
        const { rows } = await sql.query<{ startsOn: string; endsOn: string; status: string }>(
          `select starts_on::text as "startsOn", ends_on::text as "endsOn", status from finance.fiscal_periods order by starts_on`,
        );
        return rows;
      });
    expect(await periods()).toEqual([
      { startsOn: '2031-03-01', endsOn: '2031-03-31', status: 'open' },
      { startsOn: '2031-04-01', endsOn: '2031-04-30', status: 'open' },
    ]);
    // known now: no statement at all for them again
    const statements = countStatements(pool);
    statements.reset();
    await open(tenantId, [april as EventEnvelope]);
    expect(statements.count).toBe(0);
    // and the batch posts into them as into any open month
    const handle = financeBatchHandler(tenantDb(pool, null, null), { concurrency: 2, batch: 4, tenantLanes: 2 });
    await Promise.all([march, april].map((envelope) => handle(envelope as EventEnvelope, meta)));
    const posted = await postedOf(tenantId, [(march as EventEnvelope).id, (april as EventEnvelope).id]);
    expect([...posted.values()]).toEqual([
      { entries: 1, marks: 1 },
      { entries: 1, marks: 1 },
    ]);
    expect(await periods()).toHaveLength(2);
  });
});
