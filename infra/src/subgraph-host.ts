// Runs several subgraphs in one process, sharing one in-process event bus: the embedded default,
// where no NATS carries events between processes. Each subgraph still listens on its own port and
// has its own database pool, exactly as when it runs alone. The worker tier runs here too (the
// workers of the hosted domains that have one): it must share the in-process bus.
//   node infra/src/subgraph-host.ts identity catalog inventory
import {
  closeWorkers,
  createLogger,
  DEFAULT_SHUTDOWN_GRACE_MS,
  holdDataChangeAnnouncer,
  InProcessEventBus,
  loadServiceTls,
  parseEnv,
  type SubgraphService,
  serve,
  serveServiceMetrics,
  startTracing,
  tlsEnvShape,
  useServiceTls,
  type WorkerFactory,
  type WorkerService,
  workerMetrics,
} from '@ucos/kit';
import { DEFAULT_METRICS_PORT_BASE, metricsPortOf, portOf, SUBGRAPHS, serviceUrlVariable } from './subgraphs.ts';

const names = process.argv.slice(2);
const logger = createLogger('subgraphs', process.env.LOG_LEVEL ?? 'info');
// one process, one tracer provider: the spans of every hosted subgraph go out as service "subgraphs"
const tracing = startTracing({
  serviceName: 'ucos-subgraphs',
  endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
  ratio: process.env.OTEL_TRACES_SAMPLER_RATIO ? Number(process.env.OTEL_TRACES_SAMPLER_RATIO) : 1,
});
// one certificate for the process: every hosted subgraph serves it and presents it when calling another
const tls = loadServiceTls(parseEnv(tlsEnvShape, process.env, 'subgraphs'));
useServiceTls(tls);
const bus = new InProcessEventBus({ logger });
// every commit of the hosted subgraphs and workers is announced to the gateways' caches (when Redis is set)
const releaseAnnouncer = process.env.REDIS_URL
  ? holdDataChangeAnnouncer(process.env.REDIS_URL, logger)
  : async () => {};
const running: { service: SubgraphService; close(): Promise<void> }[] = [];
const workers: WorkerService[] = [];
const metricsBase = Number(process.env.METRICS_PORT_BASE ?? DEFAULT_METRICS_PORT_BASE);
const graceMs = Number(process.env.WORKER_SHUTDOWN_GRACE_MS || DEFAULT_SHUTDOWN_GRACE_MS);

const hosted = names.map((name) => {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown subgraph ${name}`);
  // each subgraph (and its worker) connects as its own database role
  const databaseUrl = process.env[serviceUrlVariable(name)];
  if (!databaseUrl)
    throw new Error(`${serviceUrlVariable(name)} is not set: ${name} needs its own database connection`);
  return { entry, source: { ...process.env, PORT: String(portOf(entry)), DATABASE_URL: databaseUrl } };
});

const services: SubgraphService[] = [];
for (const { entry, source } of hosted) {
  const { createService } = (await import(entry.serviceModule)) as typeof import('@ucos/identity/service');
  services.push(await createService(source, { logger: logger.child({ service: entry.name }), bus }));
}
// The workers subscribe before any relay publishes: an in-process bus only delivers to consumers
// subscribed at the time.
for (const { entry, source } of hosted) {
  if (!entry.workerModule) continue;
  const { createWorker } = (await import(entry.workerModule)) as { createWorker: WorkerFactory };
  const worker = await createWorker(source, { logger: logger.child({ worker: entry.name }), bus });
  workers.push(worker);
  await worker.start();
}
if (workers.length)
  logger.info(
    { workers: workers.map((worker) => worker.name) },
    `worker tier runs in this process: ${workers.map((worker) => worker.name).join(', ')}`,
  );

for (const [index, { entry }] of hosted.entries()) {
  const service = services[index]!;
  await service.start();
  const server = await serve(service.yoga, { port: portOf(entry), host: process.env.HOST ?? '127.0.0.1', tls });
  // metrics on an internal port of their own, never on the GraphQL one
  // the process's own metrics (event pipeline, pools, worker jobs) once, with the first subgraph's
  const metrics = await serveServiceMetrics(service, metricsPortOf(entry, metricsBase), '127.0.0.1', {
    withPipeline: index === 0,
    extra: index === 0 && workers.length ? [workerMetrics().registry] : [],
  });
  logger.info({ url: server.url, metrics: metrics?.url }, `${entry.name} subgraph listening on ${server.url}`);
  running.push({
    service,
    close: async () => {
      await server.close();
      await metrics?.close();
    },
  });
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  for (const { close } of running) await close();
  // no new requests; the workers get the grace period for the work in flight, then the services stop
  await closeWorkers(workers.reverse(), graceMs, logger);
  for (const { service } of running.reverse()) await service.close();
  await releaseAnnouncer();
  await bus.close();
  await tracing.shutdown();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
