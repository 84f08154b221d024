import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withTenantClient } from '../src/db/pg-tenant.ts';
import { withCause } from '../src/events/causation.ts';
import { idempotentHandler } from '../src/events/consumer.ts';
import { createEnvelope, type EventEnvelope } from '../src/events/event.ts';
import { enqueueEvent } from '../src/events/outbox.ts';
import { OutboxRelay } from '../src/events/relay.ts';
import { createTestBus, RecordingEventBus, type TestBus, testBusKinds } from '../src/events/testing.ts';
import { createLogger } from '../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const SCHEMA = 'events_fixture';
const tenantA = randomUUID();
const tenantB = randomUUID();
const wait = { timeout: 5_000, interval: 10 };
const logger = createLogger('events-test', 'silent');

describe.each(testBusKinds())('outbox, relay and idempotent consumer on the %s bus', (kind) => {
  let db: TestDatabase;
  let t: TestBus;
  let admin: pg.Client;

  beforeAll(async () => {
    [db, t] = await Promise.all([
      createTestDatabase([{ schema: SCHEMA, directory: new URL('./fixtures/migrations/', import.meta.url) }]),
      createTestBus(kind),
    ]);
    admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await t?.dispose();
    await db?.drop();
  });

  function event(label: string, tenantId = tenantA, aggregateId: string = randomUUID()): EventEnvelope {
    return createEnvelope({ type: t.type(label), tenantId, aggregateType: 'note', aggregateId, payload: { label } });
  }

  function enqueue(envelopes: EventEnvelope[]): Promise<void> {
    return withTenantClient(db.appPool, envelopes[0]?.tenantId ?? tenantA, async (client) => {
      for (const envelope of envelopes) await enqueueEvent(client, SCHEMA, envelope);
    });
  }

  /** Runs the relay until a poll finds nothing to do. */
  async function drain(relay: OutboxRelay): Promise<number> {
    let total = 0;
    for (let run = await relay.runOnce(); run.published + run.failed > 0; run = await relay.runOnce()) {
      total += run.published;
    }
    return total;
  }

  async function collect(label: string) {
    const received: EventEnvelope[] = [];
    const subscription = await t.bus.subscribe({
      consumer: t.consumer(label),
      subjects: [t.subject(label)],
      handler: (envelope) => {
        received.push(envelope);
      },
    });
    return { received, subscription, ids: () => received.map((envelope) => envelope.id) };
  }

  async function unpublished(): Promise<{ event_id: string; attempts: number; last_error: string | null }[]> {
    const { rows } = await admin.query(
      `select event_id, attempts, last_error from ${SCHEMA}.outbox where published_at is null order by id`,
    );
    return rows;
  }

  it('never publishes an event whose transaction rolled back, and publishes the committed one intact', async () => {
    const consumer = await collect('rollback');
    const rolledBack = event('rollback');
    const committed = event('rollback');
    await expect(
      withTenantClient(db.appPool, tenantA, async (client) => {
        await enqueueEvent(client, SCHEMA, rolledBack);
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    await enqueue([committed]);
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, logger });
    expect(await drain(relay)).toBe(1);
    await vi.waitFor(() => expect(consumer.received).toEqual([committed]), wait);
    const { rows } = await admin.query(`select event_id from ${SCHEMA}.outbox where event_id = $1`, [rolledBack.id]);
    expect(rows).toEqual([]);
    await consumer.subscription.stop();
  });

  it('carries the chain that caused an event through outbox, relay and bus; what a handler emits continues it', async () => {
    const received: EventEnvelope[] = [];
    const emitted: EventEnvelope[] = [];
    const subscription = await t.bus.subscribe({
      consumer: t.consumer('chain'),
      subjects: [t.subject('chain')],
      handler: (envelope) => {
        received.push(envelope);
        emitted.push(event('chain-effect'));
      },
    });
    const fromRequest = withCause({ correlationId: 'request-1', causationId: 'request-1' }, () => event('chain'));
    expect(fromRequest).toMatchObject({ correlationId: 'request-1', causationId: 'request-1' });
    const fromTimer = event('chain');
    expect(fromTimer.correlationId).toBeUndefined();
    await enqueue([fromRequest, fromTimer]);
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, logger });
    expect(await drain(relay)).toBe(2);
    await vi.waitFor(() => expect(received).toHaveLength(2), wait);
    expect(received.find((envelope) => envelope.id === fromRequest.id)).toEqual(fromRequest);
    const effects = new Map(received.map((envelope, index) => [envelope.id, emitted[index]]));
    // caused by the request's event, in the request's chain
    expect(effects.get(fromRequest.id)).toMatchObject({ correlationId: 'request-1', causationId: fromRequest.id });
    // an event nothing caused starts its own chain
    expect(effects.get(fromTimer.id)).toMatchObject({ correlationId: fromTimer.id, causationId: fromTimer.id });
    const { rows } = await admin.query(
      `select correlation_id, causation_id from ${SCHEMA}.outbox where event_id = $1`,
      [fromRequest.id],
    );
    expect(rows).toEqual([{ correlation_id: 'request-1', causation_id: 'request-1' }]);
    await subscription.stop();
  });

  it('accepts a Prisma transaction ($executeRawUnsafe) as the executor', async () => {
    const envelope = event('prisma');
    await withTenantClient(db.appPool, tenantA, async (client) => {
      const tx = {
        $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
          (await client.query(query, values)).rowCount ?? 0,
      };
      await enqueueEvent(tx, SCHEMA, envelope);
    });
    const { rows } = await admin.query(`select subject, payload from ${SCHEMA}.outbox where event_id = $1`, [
      envelope.id,
    ]);
    expect(rows).toEqual([{ subject: `ucos.${envelope.type}`, payload: { label: 'prisma' } }]);
    await drain(new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, logger }));
  });

  it('publishes each committed event exactly once while two relays run concurrently', async () => {
    const consumer = await collect('concurrent');
    const events = Array.from({ length: 60 }, (_, index) => event('concurrent', index % 2 ? tenantA : tenantB));
    await enqueue(events.filter((e) => e.tenantId === tenantA));
    await enqueue(events.filter((e) => e.tenantId === tenantB));
    const bus = new RecordingEventBus(t.bus);
    bus.latencyMs = 2;
    const relays = [1, 2].map(() => new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, batchSize: 7, logger }));
    const counts = await Promise.all(relays.map(drain));
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[0]! + counts[1]!).toBe(60);
    expect([...bus.published.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(bus.published.keys())).toEqual(new Set(events.map((e) => e.id)));
    await vi.waitFor(() => expect(consumer.received).toHaveLength(60), wait);
    expect(new Set(consumer.ids())).toEqual(new Set(events.map((e) => e.id)));
    expect(await unpublished()).toEqual([]);
    await consumer.subscription.stop();
  });

  it('loses nothing while the bus is down, and publishes everything once it is back', async () => {
    const consumer = await collect('outage');
    const events = Array.from({ length: 5 }, () => event('outage'));
    await enqueue(events);
    const bus = new RecordingEventBus(t.bus);
    bus.failing = true;
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, intervalMs: 10, logger });
    const down = await relay.runOnce();
    expect(down).toEqual({ published: 0, failed: 3 });
    const waiting = await unpublished();
    expect(waiting.map((row) => row.event_id)).toEqual(events.map((e) => e.id));
    expect(waiting.map((row) => row.attempts)).toEqual([1, 1, 1, 0, 0]);
    expect(waiting[0]?.last_error).toMatch(/unavailable/);
    relay.start();
    await vi.waitFor(async () => expect((await unpublished())[0]?.attempts).toBeGreaterThanOrEqual(3), wait);
    bus.failing = false;
    await vi.waitFor(() => expect(consumer.ids()).toEqual(events.map((e) => e.id)), wait);
    await relay.stop();
    expect(await unpublished()).toEqual([]);
    expect([...bus.published.values()]).toEqual([1, 1, 1, 1, 1]);
    await consumer.subscription.stop();
  });

  it("pipelines a batch's publishes in outbox order; an aggregate's next event waits for the one before", async () => {
    const consumer = await collect('pipelined');
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const events = [a, b, a, c, b, a, c, c].map((aggregate) => event('pipelined', tenantA, aggregate));
    await enqueue(events);
    const bus = new RecordingEventBus(t.bus);
    bus.latencyMs = 5;
    const started: string[] = [];
    const settled = new Set<string>();
    let inFlight = 0;
    let mostInFlight = 0;
    const aggregateOf = new Map(events.map((e) => [e.id, e.aggregateId]));
    const publish = bus.publish.bind(bus);
    bus.publish = async (envelope) => {
      // the aggregate's earlier events were all accepted before this one was sent
      const earlier = started.filter((id) => aggregateOf.get(id) === envelope.aggregateId);
      expect(earlier.every((id) => settled.has(id))).toBe(true);
      started.push(envelope.id);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        await publish(envelope);
        settled.add(envelope.id);
      } finally {
        inFlight--;
      }
    };
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, logger });
    expect(await relay.runOnce()).toEqual({ published: 8, failed: 0 });
    expect(started).toEqual(events.map((e) => e.id));
    expect(mostInFlight).toBeGreaterThan(1);
    // the bus keeps the order it was given: consumers see the outbox's order
    await vi.waitFor(() => expect(consumer.ids()).toEqual(events.map((e) => e.id)), wait);
    await consumer.subscription.stop();
  });

  it("holds the rest of an aggregate's events after one fails to publish, and sends the others", async () => {
    const consumer = await collect('held');
    const [a, b] = [randomUUID(), randomUUID()];
    const events = [a, b, a, b, a].map((aggregate) => event('held', tenantA, aggregate));
    await enqueue(events);
    const bus = new RecordingEventBus(t.bus);
    const refused = events[1]?.id;
    const publish = bus.publish.bind(bus);
    let refusing = true;
    bus.publish = async (envelope) => {
      if (refusing && envelope.id === refused) throw new Error('refused (simulated)');
      await publish(envelope);
    };
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, logger });
    expect(await relay.runOnce()).toEqual({ published: 3, failed: 1 });
    const waiting = await unpublished();
    expect(waiting.map((row) => row.event_id)).toEqual([events[1]?.id, events[3]?.id]);
    expect(waiting.map((row) => row.attempts)).toEqual([1, 0]);
    refusing = false;
    expect(await relay.runOnce()).toEqual({ published: 2, failed: 0 });
    await vi.waitFor(() => expect(consumer.received).toHaveLength(5), wait);
    const ofB = consumer.received.filter((e) => e.aggregateId === b).map((e) => e.id);
    expect(ofB).toEqual([events[1]?.id, events[3]?.id]);
    expect([...bus.published.values()].every((count) => count === 1)).toBe(true);
    await consumer.subscription.stop();
  });

  it('publishes as soon as it is kicked while started, and stops cleanly', async () => {
    const consumer = await collect('kick');
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, intervalMs: 60_000, logger });
    relay.start();
    const envelope = event('kick');
    await enqueue([envelope]);
    relay.kick();
    await vi.waitFor(() => expect(consumer.ids()).toEqual([envelope.id]), wait);
    await relay.stop();
    await consumer.subscription.stop();
  });

  it('applies a redelivered event once: after a failed attempt and after a lost acknowledgement', async () => {
    const label = 'idempotent';
    const consumer = t.consumer(label);
    const attempts: number[] = [];
    let handled = 0;
    const apply = idempotentHandler({
      pool: db.appPool,
      schema: SCHEMA,
      consumer,
      handle: async (envelope, client, meta) => {
        handled++;
        await client.query(`insert into ${SCHEMA}.notes (tenant_id, body) values ($1, $2)`, [
          envelope.tenantId,
          envelope.id,
        ]);
        if (meta.deliveryCount === 1) throw new Error('the projection failed after writing');
      },
    });
    const subscription = await t.bus.subscribe({
      consumer,
      subjects: [t.subject(label)],
      maxDeliver: 5,
      backoffMs: [20],
      handler: async (envelope, meta) => {
        attempts.push(meta.deliveryCount);
        await apply(envelope, meta);
        // committed, but the acknowledgement "never reached the broker": it must come again
        if (meta.deliveryCount === 2) throw new Error('ack lost');
      },
    });
    const envelope = event(label, tenantB);
    await enqueue([envelope]);
    await drain(new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, logger }));
    await vi.waitFor(() => expect(attempts).toEqual([1, 2, 3]), wait);
    await subscription.stop();
    expect(handled).toBe(2);
    const notes = await admin.query(`select tenant_id from ${SCHEMA}.notes where body = $1`, [envelope.id]);
    expect(notes.rows).toEqual([{ tenant_id: tenantB }]);
    const processed = await admin.query(
      `select tenant_id, consumer from ${SCHEMA}.processed_messages where message_id = $1`,
      [envelope.id],
    );
    expect(processed.rows).toEqual([{ tenant_id: tenantB, consumer }]);
  });

  it("keeps outbox rows tenant-private for the application role: tenant A never sees B's", async () => {
    const a = event('isolation', tenantA);
    const b = event('isolation', tenantB);
    await enqueue([a]);
    await enqueue([b]);
    const seenByA = await withTenantClient(db.appPool, tenantA, async (client) => {
      const { rows } = await client.query<{ event_id: string; tenant_id: string }>(
        `select event_id, tenant_id from ${SCHEMA}.outbox`,
      );
      return rows;
    });
    expect(seenByA.map((row) => row.event_id)).toContain(a.id);
    expect(seenByA.every((row) => row.tenant_id === tenantA)).toBe(true);
    const asked = await withTenantClient(db.appPool, tenantA, (client) =>
      client.query(`select 1 from ${SCHEMA}.outbox where event_id = $1 or tenant_id = $2`, [b.id, tenantB]),
    );
    expect(asked.rowCount).toBe(0);
    const anonymous = await withTenantClient(db.appPool, null, (client) =>
      client.query(`select 1 from ${SCHEMA}.outbox`),
    );
    expect(anonymous.rowCount).toBe(0);
    await expect(
      withTenantClient(db.appPool, tenantA, (client) => enqueueEvent(client, SCHEMA, event('isolation', tenantB))),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withTenantClient(db.appPool, tenantA, (client) => client.query(`update ${SCHEMA}.outbox set attempts = 0`)),
    ).rejects.toThrow(/permission denied/);
    await drain(new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus: t.bus, logger }));
    expect(await unpublished()).toEqual([]);
  });
});
