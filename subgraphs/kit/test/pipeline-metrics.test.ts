import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withTenantClient } from '../src/db/pg-tenant.ts';
import { PermanentEventError } from '../src/events/bus.ts';
import { createEnvelope, type EventEnvelope } from '../src/events/event.ts';
import { enqueueEvent } from '../src/events/outbox.ts';
import { OutboxRelay } from '../src/events/relay.ts';
import { createTestBus, RecordingEventBus, type TestBus } from '../src/events/testing.ts';
import { createLogger } from '../src/logger.ts';
import { pipelineMetrics } from '../src/pipeline-metrics.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

const SCHEMA = 'events_fixture';
const tenant = randomUUID();
const logger = createLogger('pipeline-metrics-test', 'silent');

/** One sample's value from the registry's text format, or undefined when the series is absent. */
async function sample(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await pipelineMetrics().registry.metrics();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const [series, value] = line.split(' ');
    if (wanted.every((pair) => series?.includes(pair))) return Number(value);
  }
  return undefined;
}

describe('event pipeline metrics', () => {
  let db: TestDatabase;
  let t: TestBus;

  beforeAll(async () => {
    [db, t] = await Promise.all([
      createTestDatabase([{ schema: SCHEMA, directory: new URL('./fixtures/migrations/', import.meta.url) }]),
      createTestBus('in-process'),
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
    await db?.drop();
  });

  const event = (label: string): EventEnvelope =>
    createEnvelope({
      type: t.type(label),
      tenantId: tenant,
      aggregateType: 'note',
      aggregateId: randomUUID(),
      payload: { label },
    });

  it('reports the outbox backlog and its age while the bus is down, then the publishes and their lag', async () => {
    const bus = new RecordingEventBus(t.bus);
    bus.failing = true;
    const relay = new OutboxRelay({ pool: db.appPool, schema: SCHEMA, bus, logger, intervalMs: 50 });
    const before = {
      published: (await sample('ucos_events_published_total', { schema: SCHEMA, outcome: 'published' })) ?? 0,
      failed: (await sample('ucos_events_published_total', { schema: SCHEMA, outcome: 'failed' })) ?? 0,
    };
    await withTenantClient(db.appPool, tenant, async (client) => {
      for (const envelope of [event('backlog'), event('backlog'), event('backlog')]) {
        await enqueueEvent(client, SCHEMA, envelope);
      }
    });
    expect(await sample('ucos_outbox_pending', { schema: SCHEMA })).toBeUndefined();
    relay.start();
    try {
      await vi.waitFor(
        async () =>
          expect(await sample('ucos_events_published_total', { schema: SCHEMA, outcome: 'failed' })).toBeGreaterThan(
            before.failed,
          ),
        { timeout: 5_000 },
      );
      expect(await sample('ucos_outbox_pending', { schema: SCHEMA })).toBe(3);
      expect(await sample('ucos_outbox_oldest_age_seconds', { schema: SCHEMA })).toBeGreaterThan(0);
      bus.failing = false;
      relay.kick();
      await vi.waitFor(async () => expect(await sample('ucos_outbox_pending', { schema: SCHEMA })).toBe(0), {
        timeout: 40_000,
        interval: 100,
      });
      expect(await sample('ucos_outbox_oldest_age_seconds', { schema: SCHEMA })).toBe(0);
    } finally {
      await relay.stop();
    }
    expect(await sample('ucos_events_published_total', { schema: SCHEMA, outcome: 'published' })).toBe(
      before.published + 3,
    );
    expect(await sample('ucos_event_relay_lag_seconds_count', { schema: SCHEMA })).toBeGreaterThanOrEqual(3);
    // a stopped relay is no longer reported
    expect(await sample('ucos_outbox_pending', { schema: SCHEMA })).toBeUndefined();
  }, 60_000);

  it('counts each consumer delivery by outcome: handled, retried, dead-lettered, and the redeliveries', async () => {
    const consumer = t.consumer('outcomes');
    let attempts = 0;
    const handled = new Set<string>();
    const subscription = await t.bus.subscribe({
      consumer,
      subjects: [t.subject('outcomes')],
      maxDeliver: 2,
      backoffMs: [0],
      handler: (envelope) => {
        const label = (envelope.payload as { label: string }).label;
        if (label === 'flaky' && attempts++ === 0) throw new Error('first attempt fails');
        if (label === 'poison') throw new PermanentEventError('never valid');
        handled.add(envelope.id);
      },
    });
    try {
      const ok = createEnvelope({ ...event('outcomes'), payload: { label: 'ok' } });
      const flaky = createEnvelope({ ...event('outcomes'), payload: { label: 'flaky' } });
      const poison = createEnvelope({ ...event('outcomes'), payload: { label: 'poison' } });
      for (const envelope of [ok, flaky, poison]) await t.bus.publish(envelope);
      await vi.waitFor(() => expect(handled).toEqual(new Set([ok.id, flaky.id])), { timeout: 5_000 });
      await vi.waitFor(
        async () => expect(await sample('ucos_events_handled_total', { consumer, outcome: 'dead_letter' })).toBe(1),
        {
          timeout: 5_000,
        },
      );
      expect(await sample('ucos_events_handled_total', { consumer, outcome: 'ok' })).toBe(2);
      expect(await sample('ucos_events_handled_total', { consumer, outcome: 'retry' })).toBe(1);
      expect(await sample('ucos_events_redelivered_total', { consumer })).toBe(1);
      expect(await sample('ucos_event_handle_duration_seconds_count', { consumer })).toBe(4);
      expect(await sample('ucos_event_consumer_lag_seconds_count', { consumer })).toBe(4);
    } finally {
      await subscription.stop();
    }
  });

  it('reports every pool by name: its connections and the requests waiting for one', async () => {
    const name = db.appPool.options.application_name ?? 'unnamed';
    const client = await db.appPool.connect();
    try {
      expect(await sample('ucos_db_pool_connections', { pool: name, state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(await sample('ucos_db_pool_connections', { pool: name, state: 'waiting' })).toBe(0);
    } finally {
      client.release();
    }
  });
});
