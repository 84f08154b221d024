// The worker tier as its own process (with NATS_URL: `npm start` starts one; in production it is its
// own Deployment, scaled apart from the subgraphs): runs `createWorker` of every listed domain that
// has a `workerModule`, each with its own database role, like subgraph-host.ts does for services.
//   INVENTORY_DATABASE_URL=… IDENTITY_DATABASE_URL=… NATS_URL=… node infra/src/worker-host.ts identity inventory
// Health on PORT (default 4090: /live, /ready), worker metrics on METRICS_PORT, graceful stop on
// SIGTERM within WORKER_SHUTDOWN_GRACE_MS. See docs/architecture/worker-tier.md.
import { parseEnv, runWorker, type WorkerEntry, type WorkerFactory, workerEnvShape } from '@ucos/kit';
import { SUBGRAPHS, serviceUrlVariable } from './subgraphs.ts';

const env = parseEnv(workerEnvShape(), process.env, 'worker');
const names = process.argv.slice(2);
const workers: WorkerEntry[] = [];
for (const name of names) {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown subgraph ${name}`);
  if (!entry.workerModule) continue;
  // each domain's worker connects as that domain's own database role
  const databaseUrl = process.env[serviceUrlVariable(name)];
  if (!databaseUrl)
    throw new Error(`${serviceUrlVariable(name)} is not set: the ${name} worker needs its own database connection`);
  const { createWorker } = (await import(entry.workerModule)) as { createWorker: WorkerFactory };
  workers.push({ name, createWorker, source: { ...process.env, DATABASE_URL: databaseUrl } });
}
if (workers.length === 0) throw new Error(`none of ${names.join(', ') || '(no domains given)'} has a worker`);
await runWorker({ name: 'worker', workers, env });
