// Event → webhook delivery latency at a sustained rate: the webhooks service and worker in this
// process (the worker host runs them the same way), events published on the bus (NATS JetStream
// when NATS_URL is set, the in-process bus otherwise) at WEBHOOK_BENCH_RATE per second for
// WEBHOOK_BENCH_SECONDS, each to one endpoint of a local receiver; latency = received − published.
//   node infra/src/bench/webhooks.ts            (DATABASE_URL: real PostgreSQL, else embedded)
//   WEBHOOK_BENCH_RATE=100 WEBHOOK_BENCH_SECONDS=20 WEBHOOK_BENCH_AGGREGATES=50
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEnvelope, createEventBus, createLogger, type EventEnvelope } from '@ucos/kit';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import { createWebhooksServer } from '@ucos/webhooks';
import { loadWebhooksEnv } from '@ucos/webhooks/env';
import { createWebhooksWorker } from '@ucos/webhooks/worker';

const rate = Number(process.env.WEBHOOK_BENCH_RATE ?? 100);
const seconds = Number(process.env.WEBHOOK_BENCH_SECONDS ?? 20);
const aggregates = Number(process.env.WEBHOOK_BENCH_AGGREGATES ?? 50);
const secret = 'webhooks-bench-internal-secret-0123456789';

const db = await createTestDatabase([
  { schema: 'webhooks', directory: new URL('../../../subgraphs/webhooks/migrations/', import.meta.url) },
]);
const logger = createLogger('bench', 'warn');
const bus = await createEventBus({ natsUrl: process.env.NATS_URL, logger });
const published = new Map<string, number>();
const latencies: number[] = [];
const receiver = createServer(async (request, response) => {
  for await (const _ of request) {
    // drain
  }
  const sent = published.get(String(request.headers['ucos-event-id']));
  if (sent !== undefined) latencies.push(performance.now() - sent);
  response.writeHead(204).end();
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

const env = loadWebhooksEnv({
  NODE_ENV: 'test',
  DATABASE_URL: db.serviceUrl('webhooks'),
  INTERNAL_TOKEN_SECRET: secret,
  WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS: 'true',
  LOG_LEVEL: 'warn',
});
const server = await createWebhooksServer(env, logger, bus);
await server.start();
const worker = await createWebhooksWorker(env, logger, bus);
await worker.start();
const tenantId = randomUUID();
const call = inProcessCaller(server.yoga, secret);
const created = await call(
  `mutation ($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { errors { code } } }`,
  { input: { url, eventTypes: ['orders.order.*'] } },
  { kind: 'user', subject: randomUUID(), tenantId, scopes: ['workflows:manage'] },
);
if (created.data?.webhookEndpointCreate.errors.length) throw new Error(JSON.stringify(created.data));

const orders = Array.from({ length: aggregates }, () => randomUUID());
const total = rate * seconds;
const started = performance.now();
for (let n = 0; n < total; n++) {
  const due = started + (n * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const envelope: EventEnvelope = createEnvelope({
    type: 'orders.order.edited',
    tenantId,
    aggregateType: 'Order',
    aggregateId: orders[n % aggregates] as string,
    payload: { n },
  });
  published.set(envelope.id, performance.now());
  void bus.publish(envelope);
}
const deadline = performance.now() + 30_000;
while (latencies.length < total && performance.now() < deadline)
  await new Promise((resolve) => setTimeout(resolve, 100));

const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1) ?? '—';
console.log(
  `| event → webhook | ${rate}/s for ${seconds} s | delivered ${latencies.length}/${total} | p50 ${at(0.5)} ms | p95 ${at(0.95)} ms | p99 ${at(0.99)} ms | max ${sorted.at(-1)?.toFixed(1) ?? '—'} ms |`,
);

await worker.close();
await server.close();
await bus.close();
receiver.closeAllConnections();
receiver.close();
await db.drop();
process.exit(latencies.length === total ? 0 : 1);
