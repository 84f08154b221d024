import { Registry } from 'prom-client';
import { holdDataChangeAnnouncer } from './data-changes.ts';
import { createEventBus, type EventBus } from './events/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { serveMetrics } from './metrics.ts';
import { pipelineMetrics } from './pipeline-metrics.ts';
import { pluginMetrics } from './plugin-metrics.ts';
import { type RunningServer, serve } from './serve.ts';
import { loadServiceTls, type TlsEnv, useServiceTls } from './tls.ts';
import { startTracing } from './tracing.ts';
import { metricsRegistryOf } from './yoga.ts';

export interface ServiceDeps {
  logger: Logger;
  /** the event bus: NATS JetStream in production, shared in-process when all subgraphs share a process */
  bus: EventBus;
}

/** What a subgraph package exports from `src/service.ts` as `createService`. */
export interface SubgraphService {
  name: string;
  yoga: { fetch(request: Request): Response | Promise<Response> } & ((...args: never[]) => unknown);
  /** starts background work: outbox relays, event consumers, sweepers */
  start(): Promise<void>;
  /** stops background work and closes connections */
  close(): Promise<void>;
}

export type ServiceFactory = (env: Record<string, string | undefined>, deps: ServiceDeps) => Promise<SubgraphService>;

/**
 * What `runStandalone` needs from a service's parsed environment (its `env.ts`): every service's env
 * shape spreads `standaloneEnvShape(port)`, so its parsed env fits.
 */
export interface StandaloneEnv extends TlsEnv {
  LOG_LEVEL: string;
  PORT: number;
  HOST: string;
  NATS_URL?: string | undefined;
  NATS_STREAM_REPLICAS?: number | undefined;
  REDIS_URL?: string | undefined;
  METRICS_PORT?: number | undefined;
  METRICS_HOST: string;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_TRACES_SAMPLER_RATIO?: number | undefined;
}

export interface StandaloneOptions {
  name: string;
  createService: ServiceFactory;
  /** the service's parsed environment (its `env.ts`) */
  env: StandaloneEnv;
  /** the raw variables `createService` parses (the process environment) */
  source: Record<string, string | undefined>;
}

/**
 * `src/index.ts` of every subgraph: builds the service from its environment, connects the bus
 * (NATS when NATS_URL is set), listens on PORT/HOST, and shuts down cleanly on SIGINT/SIGTERM.
 */
export async function runStandalone({ name, createService, env, source }: StandaloneOptions): Promise<void> {
  const logger = createLogger(name, env.LOG_LEVEL);
  const tracing = startTracing({
    serviceName: name,
    endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    ratio: env.OTEL_TRACES_SAMPLER_RATIO,
  });
  // before the service is built: its internal clients present this certificate
  const tls = loadServiceTls(env);
  useServiceTls(tls);
  const bus = await createEventBus({ natsUrl: env.NATS_URL, nats: { replicas: env.NATS_STREAM_REPLICAS }, logger });
  const releaseAnnouncer = env.REDIS_URL ? holdDataChangeAnnouncer(env.REDIS_URL, logger) : async () => {};
  const service = await createService(source, { logger, bus });
  await service.start();
  const server = await serve(service.yoga, { port: env.PORT, host: env.HOST, tls });
  logger.info({ url: server.url }, `${name} subgraph listening on ${server.url}`);
  const metrics = await serveServiceMetrics(service, env.METRICS_PORT, env.METRICS_HOST, { withPipeline: true });
  if (metrics) logger.info({ url: metrics.url }, `${name} metrics on ${metrics.url}`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    await metrics?.close();
    await service.close();
    await releaseAnnouncer();
    await bus.close();
    await tracing.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * A subgraph's metrics on their own port (`METRICS_PORT`, on `METRICS_HOST` or 127.0.0.1), never
 * on the GraphQL port; none when the port is unset. `withPipeline` adds the process's event-pipeline
 * and pool metrics (`pipelineMetrics`): once per process, so a host of several services adds them
 * to one of them only.
 */
export async function serveServiceMetrics(
  service: SubgraphService,
  port: string | number | undefined,
  host = '127.0.0.1',
  options: { withPipeline?: boolean; extra?: Registry[] } = {},
): Promise<RunningServer | null> {
  const registry = metricsRegistryOf(service.yoga);
  if (port === undefined || port === '' || !registry) return null;
  const number = Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new Error(`METRICS_PORT: not a port: ${port}`);
  const others = [
    ...(options.withPipeline ? [pipelineMetrics().registry, pluginMetrics().registry] : []),
    ...(options.extra ?? []),
  ];
  const served = others.length ? Registry.merge([registry, ...others]) : registry;
  return serveMetrics(served, { port: number, host, probes: service.yoga });
}
