import { randomUUID } from 'node:crypto';
import { countStatements, type EventEnvelope, type EventHandler } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { tenantDb } from '../src/db.ts';
import { FINANCE_CONSUMER, financeBatchHandler, financeHandler } from '../src/events/in/consumer.ts';
import { consumerSuite, events, type FinancePool } from './harness.ts';

let pool: FinancePool;

consumerSuite(4, (suite) => {
  pool = suite.pool;
});

/** The events of one order as the bench sends them: placed, captured, shipped. */
function orderEvents(tenantId: string, number: number, variantId: string) {
  const orderId = randomUUID();
  return {
    placed: events.orderCreated(tenantId, { orderId, number, subtotal: 9_500, shipping: 500, tax: 1_900 }),
    captured: events.paymentStatus(tenantId, {
      orderId,
      number,
      total: 11_900,
      to: 'captured',
      from: 'authorized',
    }),
    shipped: events.shipped(tenantId, { shipmentId: randomUUID(), orderId, lines: [{ variantId, quantity: 2 }] }),
  };
}

/**
 * `handle` as the bus delivers to it, after the tenant's first order: that one creates its chart,
 * period and invoice counter, not what every event costs.
 */
async function warmedUp(handle: EventHandler<unknown>, tenant: string, variant: string) {
  const deliver = (envelope: EventEnvelope) =>
    handle(envelope, { deliveryCount: 1, consumer: FINANCE_CONSUMER, subject: `ucos.${envelope.type}` });
  const warmUp = orderEvents(tenant, 1, variant);
  for (const envelope of [warmUp.placed, warmUp.captured, warmUp.shipped]) await deliver(envelope);
  return deliver;
}

describe('statements per event on the posting path', () => {
  // the worker's throughput is CPU per event, most of it the statements each one sends: a change that
  // adds one to the hot path should be a decision, so the counts are pinned
  it('posts and invoices an order in a pinned number of statements, and a redelivery in fewer', async () => {
    const tenant = randomUUID();
    const variant = randomUUID();
    const deliver = await warmedUp(financeHandler(tenantDb(pool, null, null)), tenant, variant);

    const statements = countStatements(pool);
    const cost = async (envelope: EventEnvelope) => {
      statements.reset();
      await deliver(envelope);
      return statements.count;
    };
    const order = orderEvents(tenant, 2, variant);
    const counts = {
      placed: await cost(order.placed),
      captured: await cost(order.captured),
      shipped: await cost(order.shipped),
      redelivered: await cost(order.placed),
    };
    // captured was 14: issuing its invoice took the number, wrote the document, read it and its lines back
    // and checked for an invoice first in five statements; one does it all now (`insertDocument`)
    expect(counts).toEqual({ placed: 8, captured: 10, shipped: 10, redelivered: 3 });
  });

  // the worker's path (`postingBatcher`): one lane of a tenant sends one statement after another, so
  // a round trip less per event is its rate. Each event's mark reads the ledger (posting needs it) and
  // carries the check and savepoint of the event before it, in one text: about 9 round trips per event
  // before (the mark, the ledger, the check, its work), 1 + its work now
  it('posts a batch of orders in a pinned number of statements', async () => {
    const tenant = randomUUID();
    const variant = randomUUID();
    const handle = financeBatchHandler(tenantDb(pool, null, null), { concurrency: 1, batch: 16 });
    const deliver = await warmedUp(handle, tenant, variant);

    const statements = countStatements(pool);
    const orders = [2, 3, 4].map((number) => orderEvents(tenant, number, variant));
    const all = orders.flatMap((order) => [order.placed, order.captured, order.shipped]);
    // the lane idle: the first event opens its transaction alone, the other eight wait and go together
    const idle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await idle();
    statements.reset();
    await Promise.all(all.map(deliver));
    // per batch begin, the last event's check, commit (2 × 3); per event 1 (its mark, its ledger, the
    // check of the event before) + its work, run by phase: placed 1 + 4, shipped 1 + 5 (not invoiced on
    // shipment), captured 1 + 6 (its invoice: number, document, lines and read back in one statement)
    expect(statements.count).toBe(2 * 3 + 3 * (5 + 6 + 7));
    await idle();
    statements.reset();
    await Promise.all(all.map(deliver));
    // a replay: every event's mark finds its key taken, nothing else runs (no check: 2 × 2 + 9)
    expect(statements.count).toBe(2 * 2 + 9);
  });
});
