import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DeliveryMeta, PermanentEventError } from '../src/events/bus.ts';
import { type DeadLetter, deadLetterEnvelope } from '../src/events/dead-letter.ts';
import { createEnvelope, deadLetterSubject, type EventEnvelope, subjectFor } from '../src/events/event.ts';
import { InProcessEventBus } from '../src/events/in-process-bus.ts';
import { createEventBus } from '../src/events/index.ts';
import { coveringFilter, filterCovers, subjectMatches } from '../src/events/subjects.ts';
import { createTestBus, type TestBus, testBusKinds } from '../src/events/testing.ts';

const tenant = randomUUID();
const wait = { timeout: 5_000, interval: 10 };

function event(type: string, payload: EventEnvelope['payload'] = { n: 1 }): EventEnvelope {
  return createEnvelope({ type, tenantId: tenant, aggregateType: 'thing', aggregateId: randomUUID(), payload });
}

describe('subjects and envelopes', () => {
  it('names subjects ucos.<domain>.<event>', () => {
    expect(subjectFor('identity.tenant.created')).toBe('ucos.identity.tenant.created');
    expect(deadLetterSubject('billing_projector')).toBe('ucos.dlq.billing_projector');
    expect(() => subjectFor('nodomain')).toThrow(/<domain>\.<event>/);
    expect(() => subjectFor('identity.tenant created')).toThrow();
    expect(() => deadLetterSubject('a.b')).toThrow(/consumer name/);
  });

  it('matches wildcards like NATS: * is one token, > is one or more', () => {
    expect(subjectMatches('ucos.identity.>', 'ucos.identity.tenant.created')).toBe(true);
    expect(subjectMatches('ucos.identity.>', 'ucos.identity')).toBe(false);
    expect(subjectMatches('ucos.*.tenant.created', 'ucos.identity.tenant.created')).toBe(true);
    expect(subjectMatches('ucos.*.created', 'ucos.identity.tenant.created')).toBe(false);
    expect(subjectMatches('ucos.identity.tenant.created', 'ucos.identity.tenant.created')).toBe(true);
    expect(subjectMatches('ucos.identity.tenant', 'ucos.identity.tenant.created')).toBe(false);
  });

  it('narrows several filters to the one a server without multi-filter consumers filters by', () => {
    expect(coveringFilter(['ucos.orders.order.created', 'ucos.orders.order.cancelled'])).toBe('ucos.orders.order.>');
    expect(coveringFilter(['ucos.orders.order.>', 'ucos.orders.subscription.>'])).toBe('ucos.orders.>');
    expect(coveringFilter(['ucos.orders.order.>', 'ucos.catalog.product.>'])).toBe('ucos.>');
    expect(coveringFilter(['ucos.*.order.created', 'ucos.orders.order.created'])).toBe('ucos.>');
    expect(coveringFilter(['ucos.orders.order', 'ucos.orders.order.created'])).toBe('ucos.orders.>');
    for (const [filters, subject] of [
      [['ucos.orders.order.created', 'ucos.orders.order.cancelled'], 'ucos.orders.order.cancelled'],
      [['ucos.orders.order', 'ucos.orders.order.created'], 'ucos.orders.order'],
    ] as const) {
      expect(subjectMatches(coveringFilter(filters), subject)).toBe(true);
    }
    // a durable made with the wider filter keeps it; a narrower one is widened
    expect(filterCovers('ucos.>', 'ucos.orders.>')).toBe(true);
    expect(filterCovers('ucos.orders.>', 'ucos.orders.>')).toBe(true);
    expect(filterCovers('ucos.orders.>', 'ucos.>')).toBe(false);
    expect(filterCovers('ucos.orders.>', 'ucos.ordersx.>')).toBe(false);
  });

  it('derives a stable dead-letter id, so dead-lettering twice is de-duplicated', () => {
    const original = event('identity.tenant.created');
    const letter = (reason: string) =>
      deadLetterEnvelope({
        consumer: 'c1',
        subject: 'ucos.identity.tenant.created',
        reason,
        deliveryCount: 3,
        tenantId: tenant,
        eventId: original.id,
        event: original,
      });
    expect(letter('a').id).toBe(letter('b').id);
    expect(letter('a').id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(subjectFor(letter('a').type)).toBe('ucos.dlq.c1');
  });

  it('chooses the in-process bus when no NATS URL is given', async () => {
    const bus = await createEventBus({ natsUrl: undefined });
    expect(bus).toBeInstanceOf(InProcessEventBus);
    await bus.close();
  });
});

describe.each(testBusKinds())('%s event bus', (kind) => {
  let t: TestBus;
  beforeAll(async () => {
    t = await createTestBus(kind);
  });
  afterAll(() => t?.dispose());

  /** Records every delivery; `failWhile` decides per delivery whether the handler throws. */
  async function record(label: string, options: { failWhile?: (meta: DeliveryMeta) => boolean } = {}) {
    const deliveries: { envelope: EventEnvelope; meta: DeliveryMeta }[] = [];
    const subscription = await t.bus.subscribe({
      consumer: t.consumer(label),
      subjects: [t.subject(label)],
      maxDeliver: 3,
      backoffMs: [20],
      handler: (envelope, meta) => {
        deliveries.push({ envelope, meta });
        if (options.failWhile?.(meta)) throw new Error(`boom on delivery ${meta.deliveryCount}`);
      },
    });
    const ids = () => deliveries.map((delivery) => delivery.envelope.id);
    /** publishes a marker and waits for it: everything published before it has been handled by then */
    const settle = async () => {
      const marker = event(t.type(label), { marker: true });
      await t.bus.publish(marker);
      await vi.waitFor(() => expect(ids()).toContain(marker.id), wait);
      return marker.id;
    };
    return { deliveries, ids, settle, subscription };
  }

  it('delivers to every matching consumer once, and only matching events', async () => {
    const wanted = await record('fanout');
    const seenByWildcard: string[] = [];
    const wildcard = await t.bus.subscribe({
      consumer: t.consumer('fanout_wild'),
      subjects: [t.subject('fanout').replace('.fanout.>', '.*.happened')],
      handler: (envelope) => {
        seenByWildcard.push(envelope.id);
      },
    });
    const first = event(t.type('fanout'));
    const unrelated = event(t.type('unrelated'));
    await t.bus.publish(first);
    await t.bus.publish(unrelated);
    const marker = await wanted.settle();
    expect(wanted.ids()).toEqual([first.id, marker]);
    expect(wanted.deliveries[0]?.envelope).toEqual(first);
    expect(wanted.deliveries[0]?.meta).toMatchObject({ deliveryCount: 1, subject: subjectFor(first.type) });
    await vi.waitFor(() => expect(seenByWildcard).toEqual([first.id, unrelated.id, marker]), wait);
    await wildcard.stop();
    await wanted.subscription.stop();
  });

  it('drops a second publish of the same event id', async () => {
    const consumer = await record('dedup');
    const once = event(t.type('dedup'));
    await t.bus.publish(once);
    await t.bus.publish({ ...once });
    const marker = await consumer.settle();
    expect(consumer.ids()).toEqual([once.id, marker]);
    await consumer.subscription.stop();
  });

  it('redelivers after a handler throws, with a growing delivery count', async () => {
    const consumer = await record('retry', { failWhile: (meta) => meta.deliveryCount === 1 });
    const flaky = event(t.type('retry'));
    await t.bus.publish(flaky);
    await vi.waitFor(() => expect(consumer.deliveries.map((d) => d.meta.deliveryCount)).toEqual([1, 2]), wait);
    const marker = await consumer.settle();
    expect(consumer.ids()).toEqual([flaky.id, flaky.id, marker]);
    await consumer.subscription.stop();
  });

  it('dead-letters an event after maxDeliver failed attempts, with the reason', async () => {
    const consumer = await record('poison', { failWhile: () => true });
    const letters: EventEnvelope<DeadLetter>[] = [];
    const dlq = await t.bus.subscribe<DeadLetter>({
      consumer: t.consumer('poison_dlq'),
      subjects: [deadLetterSubject(t.consumer('poison'))],
      handler: (envelope) => {
        letters.push(envelope);
      },
    });
    const poison = event(t.type('poison'));
    await t.bus.publish(poison);
    await vi.waitFor(() => expect(letters).toHaveLength(1), wait);
    expect(consumer.deliveries.map((d) => d.meta.deliveryCount)).toEqual([1, 2, 3]);
    expect(letters[0]?.tenantId).toBe(tenant);
    expect(letters[0]?.payload).toMatchObject({
      consumer: t.consumer('poison'),
      subject: subjectFor(poison.type),
      reason: 'Error: boom on delivery 3',
      deliveryCount: 3,
      event: poison,
    });
    await dlq.stop();
    await consumer.subscription.stop();
  });

  it('dead-letters a permanent failure at once, without retries', async () => {
    const deliveries: number[] = [];
    const letters: EventEnvelope<DeadLetter>[] = [];
    const subscription = await t.bus.subscribe({
      consumer: t.consumer('malformed'),
      subjects: [t.subject('malformed')],
      maxDeliver: 5,
      handler: (_envelope, meta) => {
        deliveries.push(meta.deliveryCount);
        throw new PermanentEventError('payload has no lines');
      },
    });
    const dlq = await t.bus.subscribe<DeadLetter>({
      consumer: t.consumer('malformed_dlq'),
      subjects: [deadLetterSubject(t.consumer('malformed'))],
      handler: (envelope) => {
        letters.push(envelope);
      },
    });
    await t.bus.publish(event(t.type('malformed')));
    await vi.waitFor(() => expect(letters).toHaveLength(1), wait);
    expect(deliveries).toEqual([1]);
    expect(letters[0]?.payload).toMatchObject({
      reason: 'PermanentEventError: payload has no lines',
      deliveryCount: 1,
    });
    await dlq.stop();
    await subscription.stop();
  });

  it('delivers events matching any of several filters', async () => {
    const seen: string[] = [];
    const subscription = await t.bus.subscribe({
      consumer: t.consumer('multi'),
      subjects: [t.subject('multi_a'), t.subject('multi_b')],
      handler: (envelope) => {
        seen.push(envelope.type);
      },
    });
    for (const label of ['multi_a', 'multi_c', 'multi_b']) await t.bus.publish(event(t.type(label)));
    await vi.waitFor(() => expect(seen).toEqual([t.type('multi_a'), t.type('multi_b')]), wait);
    const marker = await record('multi_marker');
    await marker.settle();
    expect(seen).toHaveLength(2);
    await marker.subscription.stop();
    await subscription.stop();
  });

  it('stops delivering to a stopped subscription', async () => {
    const consumer = await record('stopped');
    await consumer.settle();
    await consumer.subscription.stop();
    const missed = event(t.type('stopped'));
    await t.bus.publish(missed);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(consumer.deliveries).toHaveLength(1);
    if (kind === 'nats') {
      // a durable consumer keeps its position: subscribing again picks up what was published meanwhile
      const again = await record('stopped');
      await vi.waitFor(() => expect(again.ids()).toEqual([missed.id]), wait);
      await again.subscription.stop();
    }
  });

  it.runIf(kind === 'nats')(
    'hands back what its pull brought when stopped under traffic: a new subscriber gets it at once',
    async () => {
      const label = 'handback';
      const handled = new Set<string>();
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const consume = () =>
        t.bus.subscribe({
          consumer: t.consumer(label),
          subjects: [t.subject(label)],
          concurrency: 4,
          // a message handed back at a stop counts as a delivery: five restarts may hand one back often
          maxDeliver: 20,
          handler: async (envelope) => {
            await sleep(2);
            handled.add(envelope.id);
          },
        });
      const sent: string[] = [];
      let publishing = true;
      const traffic = (async () => {
        while (publishing) {
          const burst = Array.from({ length: 5 }, () => event(t.type(label)));
          for (const next of burst) sent.push(next.id);
          await Promise.all(burst.map((next) => t.bus.publish(next)));
          await sleep(5);
        }
      })();
      // rolling restarts: each stop lands while the server is sending the answer to a pull
      for (let restart = 0; restart < 5; restart++) {
        const running = await consume();
        await sleep(60);
        await running.stop();
        await sleep(100);
      }
      publishing = false;
      await traffic;
      // the ack wait is 30 s: a message a stop left unacknowledged would only come back after it
      const last = await consume();
      await vi.waitFor(() => expect(sent.filter((id) => !handled.has(id))).toEqual([]), {
        timeout: 10_000,
        interval: 20,
      });
      await last.stop();
    },
    30_000,
  );

  it('lets the handler in progress finish when the bus closes', async () => {
    const own = await createTestBus(kind);
    let finished = false;
    let started = false;
    await own.bus.subscribe({
      consumer: own.consumer('closing'),
      subjects: [own.subject('closing')],
      handler: async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 100));
        finished = true;
      },
    });
    await own.bus.publish(event(own.type('closing')));
    await vi.waitFor(() => expect(started).toBe(true), wait);
    await own.dispose();
    expect(finished).toBe(true);
    await expect(own.bus.publish(event(own.type('closing')))).rejects.toThrow(/closed/);
  });

  it('refuses events that are not valid envelopes, and bad subscriptions', async () => {
    await expect(t.bus.publish({ ...event(t.type('bad')), type: 'nodomain' })).rejects.toThrow();
    await expect(t.bus.publish({ ...event(t.type('bad')), tenantId: 'acme' })).rejects.toThrow();
    await expect(t.bus.publish({ ...event(t.type('bad')), payload: undefined })).rejects.toThrow();
    await expect(
      t.bus.subscribe({ consumer: 'has.dot', subjects: [t.subject('bad')], handler: () => undefined }),
    ).rejects.toThrow(/consumer name/);
    await expect(
      t.bus.subscribe({ consumer: t.consumer('bad'), subjects: ['other.>'], handler: () => undefined }),
    ).rejects.toThrow(/subject filter/);
  });

  it('handles one event at a time by default, and up to `concurrency` at once when asked', async () => {
    for (const concurrency of [1, 4]) {
      const label = `concurrent${concurrency}`;
      let running = 0;
      let most = 0;
      const handled: string[] = [];
      const subscription = await t.bus.subscribe({
        consumer: t.consumer(label),
        subjects: [t.subject(label)],
        concurrency,
        handler: async (envelope) => {
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 30));
          running--;
          handled.push(envelope.id);
        },
      });
      const sent = Array.from({ length: 8 }, () => event(t.type(label)));
      for (const envelope of sent) await t.bus.publish(envelope);
      await vi.waitFor(() => expect(handled).toHaveLength(8), wait);
      await subscription.stop();
      expect(most).toBe(concurrency);
      // one at a time keeps the order of publication
      if (concurrency === 1) expect(handled).toEqual(sent.map((envelope) => envelope.id));
      else expect([...handled].sort()).toEqual(sent.map((envelope) => envelope.id).sort());
    }
    await expect(
      t.bus.subscribe({ consumer: t.consumer('bad'), subjects: [t.subject('bad')], concurrency: 0, handler: () => {} }),
    ).rejects.toThrow('concurrency must be a positive integer');
  });
});
