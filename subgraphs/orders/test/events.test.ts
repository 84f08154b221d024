import { randomUUID } from 'node:crypto';
import { createEnvelope, createLogger, type EventEnvelope, idempotentHandler, NatsEventBus } from '@ucos/kit';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrdersAndFulfillment, startOrdersAndFulfillment } from '../../fulfillment/test/harness.ts';
import { adminQuery, cartWith, type OrdersHarness, storefront, VARIANTS, vid } from './harness.ts';
import { natsServerAvailable, OwnNatsServer } from './nats-server.ts';

/**
 * Broker outage and consumer crashes on real JetStream: a private nats-server this test starts,
 * stops and restarts (never the machine's shared one). Skipped where the binary is missing.
 */
describe.skipIf(!natsServerAvailable())('events over a real JetStream that goes down', () => {
  let nats: OwnNatsServer;
  let bus: NatsEventBus;
  let stack: OrdersAndFulfillment;
  let orders: OrdersHarness;
  const tenant = randomUUID();
  const seen = new Map<string, number>();

  beforeAll(async () => {
    nats = await OwnNatsServer.start();
    bus = await NatsEventBus.connect({
      servers: nats.url,
      logger: createLogger('nats', 'silent'),
      publishTimeoutMs: 1_000,
      name: 'orders-events-test',
    });
    stack = await startOrdersAndFulfillment(bus);
    orders = stack.orders;
    await bus.subscribe({
      consumer: 'count-created',
      subjects: ['ucos.orders.order.created'],
      handler: (envelope) => {
        seen.set(envelope.id, (seen.get(envelope.id) ?? 0) + 1);
      },
    });
  }, 60_000);

  afterAll(async () => {
    await (stack ? stack.close() : bus?.close());
    await nats?.dispose();
  });

  const admin = <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => adminQuery<T>(stack.db, sql, values);

  it('orders commit while NATS is down; after it returns every event reaches every consumer exactly once', async () => {
    orders.stock.available.set(VARIANTS.mug, 1000);
    const auth = storefront(tenant);
    const carts = await Promise.all(
      Array.from({ length: 8 }, () => cartWith(orders, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }])),
    );
    await nats.stop();
    const results = await Promise.all(carts.map((cart) => orders.checkout(cart.id, auth)));
    const orderIds = results.map((result) => result.data?.checkoutComplete.order?.id as string);
    expect(orderIds.every(Boolean)).toBe(true);
    const unpublished = await admin<{ count: number }>(
      `select count(*)::int as count from orders.outbox where type = 'orders.order.created' and published_at is null and tenant_id = $1`,
      [tenant],
    );
    expect(unpublished[0]?.count).toBe(8);
    await nats.resume();
    const end = Date.now() + 60_000;
    const ours = async () =>
      (
        await admin<{ event_id: string }>(
          `select event_id::text from orders.outbox where tenant_id = $1 and type = 'orders.order.created'`,
          [tenant],
        )
      ).map((row) => row.event_id);
    const ids = await ours();
    const fulfilled = async () =>
      (
        await admin<{ count: number }>(
          `select count(*)::int as count from fulfillment.order_views where tenant_id = $1`,
          [tenant],
        )
      )[0]?.count;
    while (Date.now() < end && (ids.some((id) => !seen.has(id)) || (await fulfilled()) !== 8)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // a late duplicate would show up now
    expect(ids).toHaveLength(8);
    expect(ids.map((id) => seen.get(id))).toEqual(Array(8).fill(1));
    expect(await fulfilled()).toBe(8);
    const processed = await admin<{ count: number }>(
      `select count(*)::int as count from fulfillment.processed_messages where tenant_id = $1 and consumer = 'fulfillment-orders'`,
      [tenant],
    );
    expect(processed[0]?.count).toBe(8);
    const left = await admin<{ count: number }>(
      `select count(*)::int as count from orders.outbox where tenant_id = $1 and published_at is null`,
      [tenant],
    );
    expect(left[0]?.count).toBe(0);
  }, 90_000);

  it('a consumer that crashes mid-batch gets redelivery and applies each event once', async () => {
    const type = `orders.crashtest${randomUUID().slice(0, 6)}.happened`;
    const events: EventEnvelope[] = Array.from({ length: 10 }, (_, index) =>
      createEnvelope({ type, tenantId: tenant, aggregateType: 'Test', aggregateId: String(index), payload: { index } }),
    );
    const effects: string[] = [];
    const deliveries = new Map<string, number>();
    const crashAfterCommit = events[2]?.id;
    const crashBeforeCommit = events[6]?.id;
    const apply = idempotentHandler({
      pool: stack.db.appPool,
      schema: 'orders',
      consumer: 'crash-test',
      handle: async (envelope) => {
        if (envelope.id === crashBeforeCommit && deliveries.get(envelope.id) === 1)
          throw new Error('crash before commit');
        effects.push(envelope.id);
      },
    });
    const subscription = await bus.subscribe({
      consumer: 'crash-test',
      subjects: [`ucos.${type}`],
      backoffMs: [50],
      handler: async (envelope) => {
        deliveries.set(envelope.id, (deliveries.get(envelope.id) ?? 0) + 1);
        await apply(envelope, { deliveryCount: 1, consumer: 'crash-test', subject: '' });
        // the process "dies" after committing, before acknowledging: the broker redelivers
        if (envelope.id === crashAfterCommit && deliveries.get(envelope.id) === 1)
          throw new Error('crash after commit');
      },
    });
    for (const event of events) await bus.publish(event);
    const end = Date.now() + 30_000;
    while (Date.now() < end && (new Set(effects).size < 10 || (deliveries.get(crashAfterCommit ?? '') ?? 0) < 2)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await subscription.stop();
    expect(effects.sort()).toEqual(events.map((event) => event.id).sort());
    expect(deliveries.get(crashAfterCommit ?? '')).toBe(2);
    expect(deliveries.get(crashBeforeCommit ?? '')).toBe(2);
    const processed = await admin<{ count: number }>(
      `select count(*)::int as count from orders.processed_messages where consumer = 'crash-test'`,
    );
    expect(processed[0]?.count).toBe(10);
  }, 60_000);
});
