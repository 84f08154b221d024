// Event → first workflow step latency at a sustained rate: the workflows service and worker in this
// process (the worker host runs them the same way), one enabled workflow on `catalog.product.updated`
// saved through the API, events published on the bus (NATS JetStream when NATS_URL is set, the
// in-process bus otherwise) at WORKFLOW_BENCH_RATE per second for WORKFLOW_BENCH_SECONDS; latency =
// the first step's start − the event's publication.
//   node infra/src/bench/workflows.ts            (DATABASE_URL: real PostgreSQL, else embedded)
//   WORKFLOW_BENCH_RATE=50 WORKFLOW_BENCH_SECONDS=20
import { randomUUID } from 'node:crypto';
import { createEnvelope, createEventBus, createLogger } from '@ucos/kit';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import { createWorkflowsServer } from '@ucos/workflows';
import { loadWorkflowsEnv } from '@ucos/workflows/env';
import { createWorkflowsWorker } from '@ucos/workflows/worker';

const rate = Number(process.env.WORKFLOW_BENCH_RATE ?? 50);
const seconds = Number(process.env.WORKFLOW_BENCH_SECONDS ?? 20);
const secret = 'workflows-bench-internal-secret-0123456789';

const db = await createTestDatabase([
  { schema: 'workflows', directory: new URL('../../../subgraphs/workflows/migrations/', import.meta.url) },
]);
const logger = createLogger('bench', 'warn');
const bus = await createEventBus({ natsUrl: process.env.NATS_URL, logger });
const env = loadWorkflowsEnv({
  NODE_ENV: 'test',
  DATABASE_URL: db.serviceUrl('workflows'),
  INTERNAL_TOKEN_SECRET: secret,
  LOG_LEVEL: 'warn',
  // the worker's tuning, when the bench is asked to try another
  ...Object.fromEntries(
    ['WORKFLOWS_CONSUMER_CONCURRENCY', 'DATABASE_POOL_SIZE'].flatMap((name) =>
      process.env[name] ? [[name, process.env[name] as string]] : [],
    ),
  ),
});
const server = await createWorkflowsServer(env, logger, bus);
await server.start();
const worker = await createWorkflowsWorker(env, logger, bus);
await worker.start();

const tenantId = randomUUID();
const call = inProcessCaller(server.yoga, secret);
const admin = { kind: 'user' as const, subject: randomUUID(), tenantId, scopes: ['workflows:manage'] };
const source = `name: bench-prompt
trigger:
  event: catalog.product.updated
  filter: event.payload.bench = true
steps:
  - id: first
    set:
      seen: "{{ event.payload.n }}"
`;
const created = await call<{ workflowCreate: { workflow: { id: string } | null; errors: unknown[] } }>(
  'mutation ($source: String!) { workflowCreate(input: { source: $source }) { workflow { id } errors { code message } } }',
  { source },
  admin,
);
const workflowId = created.data?.workflowCreate.workflow?.id;
if (!workflowId) throw new Error(`could not save the workflow: ${JSON.stringify(created)}`);
const enabled = await call(
  'mutation ($id: ID!) { workflowEnable(input: { id: $id }) { errors { code message } } }',
  { id: workflowId },
  admin,
);
const enableErrors = (enabled.data?.workflowEnable as { errors?: unknown[] } | undefined)?.errors;
if (!enableErrors || enableErrors.length > 0) throw new Error(JSON.stringify(enabled));

const pool = db.servicePool('workflows');
const startsOf = async () => {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ event_id: string; started_at: Date }>(
      `select r.trigger->>'eventId' as event_id, s.started_at from workflows.runs r
         join workflows.run_steps s on s.tenant_id = r.tenant_id and s.run_id = r.id and s.path = 'first'`,
    );
    await client.query('commit');
    return rows;
  } finally {
    client.release();
  }
};

// The durable consumer is shared with whatever ran on this NATS before (the webhooks bench, tests):
// its backlog of other tenants' events is not this bench's latency. One event is published and waited
// for first, so the timed events meet a caught-up consumer, as in a running deployment.
const warmUp = createEnvelope({
  type: 'catalog.product.updated',
  tenantId,
  aggregateType: 'Product',
  aggregateId: randomUUID(),
  payload: { bench: true, n: -1 },
});
await bus.publish(warmUp);
const caughtUpBy = performance.now() + 120_000;
while (!(await startsOf()).some((row) => row.event_id === warmUp.id)) {
  if (performance.now() > caughtUpBy) throw new Error('the workflow worker did not catch up with the bus in 120 s');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const published = new Map<string, number>();
const total = rate * seconds;
const started = performance.now();
for (let n = 0; n < total; n++) {
  const due = started + (n * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const envelope = createEnvelope({
    type: 'catalog.product.updated',
    tenantId,
    aggregateType: 'Product',
    aggregateId: randomUUID(),
    payload: { bench: true, n },
  });
  published.set(envelope.id, Date.now());
  void bus.publish(envelope);
}

const deadline = performance.now() + 60_000;
let rows = (await startsOf()).filter((row) => row.event_id !== warmUp.id);
while (rows.length < total && performance.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  rows = (await startsOf()).filter((row) => row.event_id !== warmUp.id);
}
const sorted = rows
  .map((row) => row.started_at.getTime() - (published.get(row.event_id) ?? Number.NaN))
  .filter(Number.isFinite)
  .sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1) ?? '—';
console.log(
  `| event → first workflow step | ${rate}/s for ${seconds} s | started ${sorted.length}/${total} | p50 ${at(0.5)} ms | p95 ${at(0.95)} ms | p99 ${at(0.99)} ms | max ${sorted.at(-1)?.toFixed(1) ?? '—'} ms |`,
);

await worker.close();
await server.close();
await bus.close();
await db.drop();
process.exit(sorted.length === total ? 0 : 1);
