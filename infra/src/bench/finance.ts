// Posting throughput and consumer lag: the finance worker in this process (the worker host runs it
// the same way), orders' events (placed, captured, shipped) published on the bus (NATS JetStream
// when NATS_URL is set, the in-process bus otherwise) at FINANCE_BENCH_RATE per second for
// FINANCE_BENCH_SECONDS across FINANCE_BENCH_TENANTS tenants. Lag = the posting transaction's start
// (journal_entries.posted_at) − the event's publication; also printed: publication to the commit (the
// worker's handler resolved, so the bus acknowledges: later than posted_at for a batch). Then the
// trial balance over the posted year, timed through the subgraph (FINANCE_BENCH_REPORTS runs).
//   node infra/src/bench/finance.ts            (DATABASE_URL: real PostgreSQL, else embedded)
//   FINANCE_BENCH_RATE=500 FINANCE_BENCH_SECONDS=20 FINANCE_BENCH_TENANTS=4 FINANCE_POSTING_CONCURRENCY=8
// FINANCE_BENCH_NATS=private starts a JetStream server of its own (`nats-server` on the PATH, a free port,
// a temporary store) instead of NATS_URL's: on a shared server other processes pulling from the same
// durable `finance-posting` take this run's events, and every other event on the stream passes through it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createFinanceServer } from '@ucos/finance';
import { loadFinanceEnv } from '@ucos/finance/env';
import { createFinanceWorker } from '@ucos/finance/worker';
import {
  createEnvelope,
  createEventBus,
  createLogger,
  type EventBus,
  type EventEnvelope,
  type SubscribeOptions,
} from '@ucos/kit';
import { pipelineMetrics } from '@ucos/kit/pipeline-metrics';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import pg from 'pg';

const rate = Number(process.env.FINANCE_BENCH_RATE ?? 500);
const seconds = Number(process.env.FINANCE_BENCH_SECONDS ?? 20);
const tenants = Array.from({ length: Number(process.env.FINANCE_BENCH_TENANTS ?? 4) }, () => randomUUID());
const reports = Number(process.env.FINANCE_BENCH_REPORTS ?? 50);
const secret = 'finance-bench-internal-secret-0123456789';

const db = await createTestDatabase([
  { schema: 'finance', directory: new URL('../../../subgraphs/finance/migrations/', import.meta.url) },
]);
const logger = createLogger('bench', 'warn');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A throw-away JetStream server: the durable consumers and the stream hold this run's events only. */
async function startPrivateNats(): Promise<{ url: string; stop(): Promise<void> }> {
  const store = await mkdtemp(join(tmpdir(), 'ucos-finance-bench-nats-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'nats-server',
    ['--addr', '127.0.0.1', '--port', String(port), '--jetstream', '--store_dir', store],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `nats://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await (await connect({ servers: url })).close();
      break;
    } catch (error) {
      if (attempt >= 50) throw new Error(`the private nats-server did not start: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(store, { recursive: true, force: true });
    },
  };
}

const privateNats = process.env.FINANCE_BENCH_NATS === 'private' ? await startPrivateNats() : null;
const natsUrl = privateNats?.url ?? process.env.NATS_URL;
const bus = await createEventBus({ natsUrl, logger });
const env = loadFinanceEnv({
  NODE_ENV: 'test',
  DATABASE_URL: db.serviceUrl('finance'),
  INTERNAL_TOKEN_SECRET: secret,
  LOG_LEVEL: 'warn',
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
  FINANCE_POSTING_CONCURRENCY: process.env.FINANCE_POSTING_CONCURRENCY ?? '8',
  FINANCE_POSTING_BATCH: process.env.FINANCE_POSTING_BATCH,
  FINANCE_POSTING_TENANT_LANES: process.env.FINANCE_POSTING_TENANT_LANES,
});
const server = await createFinanceServer(env, logger, bus);
await server.start();
// when each event's handling resolved (after the commit that posted it; the bus acknowledges it then):
// with events posted in batches the entry's posted_at is its transaction's start, so this is the later mark
const committed = new Map<string, number>();
const observedBus: EventBus = {
  publish: (envelope) => bus.publish(envelope),
  close: () => bus.close(),
  subscribe: <Payload>(options: SubscribeOptions<Payload>) =>
    bus.subscribe<Payload>({
      ...options,
      handler: async (envelope, meta) => {
        await options.handler(envelope, meta);
        if (!committed.has(envelope.id)) committed.set(envelope.id, Date.now());
      },
    }),
};
const worker = await createFinanceWorker(env, logger, observedBus);
await worker.start();

/** The n-th event: an order placed, then its capture and its shipment (spread over a year). */
// every shipment of a tenant locks its variants' cost (cost-history.ts): with one variant (the default) the
// shipments of a tenant post one at a time; FINANCE_BENCH_VARIANTS spreads orders over more variants
const variants = Array.from({ length: Number(process.env.FINANCE_BENCH_VARIANTS ?? 1) }, () => randomUUID());
function eventAt(n: number, occurredAt: string): EventEnvelope {
  const tenantId = tenants[n % tenants.length] as string;
  const order = Math.floor(n / 3);
  const orderId = `00000000-0000-4000-8000-${order.toString(16).padStart(12, '0')}`;
  const summary = { orderId, number: order + 1, customerId: null, currency: 'EUR', totalAmount: 11_900 };
  const kind = n % 3;
  const envelope = (type: string, payload: Record<string, unknown>) =>
    createEnvelope({
      type,
      tenantId,
      aggregateType: 'Order',
      aggregateId: orderId,
      occurredAt,
      payload: payload as EventEnvelope['payload'],
    });
  if (kind === 0) {
    return envelope('orders.order.created', {
      ...summary,
      actor: null,
      email: 'bench@example.com',
      subtotalAmount: 9_500,
      shippingAmount: 500,
      taxAmount: 1_900,
      shippingMethod: { code: 'std', name: 'Standard', amount: 500 },
      lines: [],
    });
  }
  if (kind === 1) {
    return envelope('orders.order.payment_status_changed', {
      ...summary,
      status: 'confirmed',
      paymentStatus: 'captured',
      from: 'authorized',
    });
  }
  return envelope('fulfillment.shipment.shipped', {
    shipmentId: randomUUID(),
    orderId,
    warehouseId: null,
    carrier: 'bench',
    trackingNumber: null,
    status: 'shipped',
    from: 'packed',
    lines: [{ variantId: variants[order % variants.length] as string, quantity: 2 }],
  });
}

/** The durable consumer's state on the server: another process pulling from it would take events from this run. */
async function postingConsumerState(): Promise<string> {
  if (!natsUrl) return 'in-process';
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.consumers.info('UCOS', 'finance-posting');
    return `pending ${info.num_pending}, ack pending ${info.num_ack_pending}, redelivered ${info.num_redelivered}, pulls waiting ${info.num_waiting}`;
  } finally {
    await nc.close();
  }
}
const consumerBefore = await postingConsumerState();

// FINANCE_BENCH_SOURCE=outbox: the events are written to finance's outbox (as a domain's transaction
// does) and reach the bus through the service's outbox relay, so the lag includes the relay's; the
// entries are then dated on the day of the run (an outbox event happens when it is written).
const viaOutbox = process.env.FINANCE_BENCH_SOURCE === 'outbox';
// the owner's view across tenants: the outbox writes and the count of handled events
const owner = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
let outboxRows: EventEnvelope[] = [];
const writeOutbox = async (rows: EventEnvelope[]) => {
  await owner.query(
    `insert into finance.outbox (tenant_id, event_id, subject, type, aggregate_type, aggregate_id, payload)
     select r.tenant_id, r.event_id, 'ucos.' || r.type, r.type, r.aggregate_type, r.aggregate_id, r.payload
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
         as r(tenant_id, event_id, type, aggregate_type, aggregate_id, payload)`,
    [
      rows.map((row) => row.tenantId),
      rows.map((row) => row.id),
      rows.map((row) => row.type),
      rows.map((row) => row.aggregateType),
      rows.map((row) => row.aggregateId),
      rows.map((row) => JSON.stringify(row.payload)),
    ],
  );
  server.relay.kick();
};

const published = new Map<string, number>();
const publishAckMs: number[] = [];
let publishFailures = 0;
let firstPublishFailure: unknown;
const publishing: Promise<void>[] = [];
const total = rate * seconds;
const yearStart = Date.UTC(new Date().getUTCFullYear() - 1, 0, 1);
const started = Date.now();
for (let n = 0; n < total; n++) {
  const due = started + (n * 1000) / rate;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  // business dates spread over last year, so the trial balance below covers a year of entries
  const occurredAt = new Date(yearStart + Math.floor((n / total) * 364) * 86_400_000 + 3_600_000).toISOString();
  const envelope = eventAt(n, occurredAt);
  published.set(envelope.id, Date.now());
  if (viaOutbox) {
    // one insert per 20 ms of events, as many small transactions would commit them
    outboxRows.push(envelope);
    if (outboxRows.length >= Math.max(1, rate / 50) || n === total - 1) {
      const rows = outboxRows;
      outboxRows = [];
      publishing.push(
        writeOutbox(rows).catch((error: unknown) => {
          publishFailures += rows.length;
          firstPublishFailure ??= error;
        }),
      );
    }
    continue;
  }
  const sending = performance.now();
  publishing.push(
    bus.publish(envelope).then(
      () => {
        publishAckMs.push(performance.now() - sending);
      },
      (error: unknown) => {
        publishFailures++;
        firstPublishFailure ??= error;
      },
    ),
  );
}
const publishedFor = (Date.now() - started) / 1000;
await Promise.all(publishing);

const admin = db.appPool;
const count = async () => {
  const { rows } = await owner.query<{ count: number }>(
    `select count(*)::int as count from finance.processed_messages where consumer = 'finance-posting'`,
  );
  return rows[0]?.count ?? 0;
};
const deadline = Date.now() + 120_000;
while ((await count()) < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
const handled = await count();
const consumerAfter = await postingConsumerState();
// where the consumer's time goes: deliveries by outcome, and the mean time one delivery holds a slot
const metrics = pipelineMetrics();
const outcomes = (await metrics.handled.get()).values
  .filter((value) => value.labels.consumer === 'finance-posting')
  .map((value) => `${value.labels.outcome} ${value.value}`)
  .join(', ');
const durations = (await metrics.handleDuration.get()).values.filter(
  (value) => value.labels.consumer === 'finance-posting',
);
const durationSum = durations.find((value) => value.metricName?.endsWith('_sum'))?.value ?? 0;
const durationCount = durations.find((value) => value.metricName?.endsWith('_count'))?.value ?? 0;
const relayLags = (await metrics.relayLag.get()).values.filter((value) => value.labels.schema === 'finance');
const relayLagSum = relayLags.find((value) => value.metricName?.endsWith('_sum'))?.value ?? 0;
const relayed = relayLags.find((value) => value.metricName?.endsWith('_count'))?.value ?? 0;
const meanHandleMs = durationCount > 0 ? (durationSum * 1000) / durationCount : Number.NaN;

// lag of every posted entry: its transaction's start minus the event's publication
const lags: number[] = [];
let lastPosted = 0;
for (const tenantId of tenants) {
  const client = await admin.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ eventId: string; postedAt: number }>(
      `select event_id as "eventId", extract(epoch from posted_at)::float8 * 1000 as "postedAt" from finance.journal_entries`,
    );
    await client.query('commit');
    for (const row of rows) {
      const sent = published.get(row.eventId);
      if (sent !== undefined) lags.push(row.postedAt - sent);
      lastPosted = Math.max(lastPosted, row.postedAt);
    }
  } finally {
    client.release();
  }
}
const quantile = (values: number[], q: number, digits = 0) => {
  const ordered = [...values].sort((a, b) => a - b);
  return (ordered[Math.min(ordered.length - 1, Math.floor(q * ordered.length))] ?? Number.NaN).toFixed(digits);
};
const at = (q: number) => quantile(lags, q);
const commitLags = [...committed].flatMap(([id, at]) => {
  const sent = published.get(id);
  return sent === undefined ? [] : [at - sent];
});
const postingSeconds = (lastPosted - started) / 1000;

const call = inProcessCaller(server.yoga, secret);
const timings: number[] = [];
let balanced = true;
for (let n = 0; n < reports; n++) {
  const tenantId = tenants[n % tenants.length] as string;
  const t0 = performance.now();
  const answer = await call<{ financeTrialBalance: { balanced: boolean } }>(
    'query($f: String, $t: String) { financeTrialBalance(from: $f, to: $t) { balanced totalDebit } }',
    {
      f: new Date(yearStart).toISOString().slice(0, 10),
      t: new Date(yearStart + 364 * 86_400_000).toISOString().slice(0, 10),
    },
    { kind: 'user', subject: randomUUID(), tenantId, scopes: ['finance:read'] },
  );
  timings.push(performance.now() - t0);
  balanced &&= answer.data?.financeTrialBalance.balanced === true;
}
const reportSorted = [...timings].sort((a, b) => a - b);
const reportAt = (q: number) =>
  (reportSorted[Math.min(reportSorted.length - 1, Math.floor(q * reportSorted.length))] ?? 0).toFixed(1);

console.log(
  [
    `finance posting (${privateNats ? 'NATS JetStream, private server' : natsUrl ? 'NATS JetStream' : 'in-process bus'}, concurrency ${env.FINANCE_POSTING_CONCURRENCY}, ${tenants.length} tenants)`,
    `  published ${total} events at ${rate}/s in ${publishedFor.toFixed(1)} s; handled ${handled}, posted ${lags.length} entries`,
    `  throughput ${(handled / Math.max(postingSeconds, publishedFor)).toFixed(0)} events/s (last entry ${postingSeconds.toFixed(1)} s after the first publication)`,
    `  consumer lag p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    `  publication to committed (handler resolved, acknowledged) p50 ${quantile(commitLags, 0.5)} ms, p99 ${quantile(commitLags, 0.99)} ms, max ${quantile(commitLags, 1)} ms (${commitLags.length} events)`,
    viaOutbox
      ? `  written to the outbox in ${Math.ceil(total / Math.max(1, rate / 50))} inserts; failed ${publishFailures}${firstPublishFailure ? ` (first: ${String(firstPublishFailure)})` : ''}`
      : `  publish acks p50 ${quantile(publishAckMs, 0.5, 1)} ms, p99 ${quantile(publishAckMs, 0.99, 1)} ms; failed ${publishFailures}${firstPublishFailure ? ` (first: ${String(firstPublishFailure)})` : ''}`,
    `  relay: ${relayed} events published from finance's outbox, mean ${relayed > 0 ? ((relayLagSum * 1000) / relayed).toFixed(0) : '-'} ms after their write`,
    `  posting deliveries: ${outcomes || 'none'}; mean ${meanHandleMs.toFixed(1)} ms each`,
    `  durable finance-posting before: ${consumerBefore}; after: ${consumerAfter}`,
    `  trial balance over a year (${Math.round(lags.length / tenants.length)} entries per tenant): p50 ${reportAt(0.5)} ms, p99 ${reportAt(0.99)} ms (${reports} runs), balanced: ${balanced}`,
  ].join('\n'),
);

await owner.end();
await worker.close();
// what a shutdown leaves behind: messages delivered but never handed back wait out the ack wait
if (natsUrl) console.log(`  durable finance-posting after the worker stopped: ${await postingConsumerState()}`);
await server.close();
await bus.close();
await privateNats?.stop();
await db.drop();
process.exit(0);
