// Runs several subgraphs in one process, sharing one in-process event bus: the embedded default,
// where no NATS carries events between processes. Each subgraph still listens on its own port and
// has its own database pool, exactly as when it runs alone.
//   node infra/src/subgraph-host.ts identity catalog inventory
import { createLogger, InProcessEventBus, type SubgraphService, serve, serveServiceMetrics } from '@ucos/kit';
import { DEFAULT_METRICS_PORT_BASE, metricsPortOf, portOf, SUBGRAPHS, serviceUrlVariable } from './subgraphs.ts';

const names = process.argv.slice(2);
const logger = createLogger('subgraphs', process.env.LOG_LEVEL ?? 'info');
const bus = new InProcessEventBus({ logger });
const running: { service: SubgraphService; close(): Promise<void> }[] = [];
const metricsBase = Number(process.env.METRICS_PORT_BASE ?? DEFAULT_METRICS_PORT_BASE);

for (const name of names) {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`unknown subgraph ${name}`);
  const { createService } = (await import(entry.serviceModule)) as typeof import('@ucos/identity/service');
  // each subgraph connects as its own database role
  const databaseUrl = process.env[serviceUrlVariable(name)];
  if (!databaseUrl)
    throw new Error(`${serviceUrlVariable(name)} is not set: ${name} needs its own database connection`);
  const service = await createService(
    { ...process.env, PORT: String(portOf(entry)), DATABASE_URL: databaseUrl },
    { logger: logger.child({ service: name }), bus },
  );
  await service.start();
  const server = await serve(service.yoga, { port: portOf(entry), host: process.env.HOST ?? '127.0.0.1' });
  // metrics on an internal port of their own, never on the GraphQL one
  const metrics = await serveServiceMetrics(service, metricsPortOf(entry, metricsBase), '127.0.0.1');
  logger.info({ url: server.url, metrics: metrics?.url }, `${name} subgraph listening on ${server.url}`);
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
  for (const { service, close } of running.reverse()) {
    await close();
    await service.close();
  }
  await bus.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
