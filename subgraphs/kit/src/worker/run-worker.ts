import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setPriority } from 'node:os';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { holdDataChangeAnnouncer } from '../data-changes.ts';
import { standaloneEnvShape } from '../env.ts';
import { createEventBus, type EventBus } from '../events/index.ts';
import { createLogger, type Logger } from '../logger.ts';
import { serveMetrics } from '../metrics.ts';
import { pipelineMetrics } from '../pipeline-metrics.ts';
import { pluginMetrics } from '../plugin-metrics.ts';
import type { RunningServer } from '../serve.ts';
import type { StandaloneEnv } from '../service.ts';
import { loadServiceTls, useServiceTls } from '../tls.ts';
import { startTracing } from '../tracing.ts';
import type { WorkerFactory, WorkerService } from '../worker.ts';
import { DEFAULT_SHUTDOWN_GRACE_MS, settlesWithin } from './in-flight.ts';
import { workerMetrics } from './metrics.ts';

/** The worker tier's health port by default (`/live`, `/ready`); its metrics sit at METRICS_PORT. */
export const DEFAULT_WORKER_PORT = 4090;

/**
 * The variables `runWorker` runs with: the standalone ones (`LOG_LEVEL`, `PORT` for `/live` and
 * `/ready`, `HOST`, `NATS_URL`, `METRICS_PORT`, `METRICS_HOST`) and `WORKER_SHUTDOWN_GRACE_MS`.
 */
/** below the services' 0, so request handling on shared cores goes first */
export const DEFAULT_WORKER_NICENESS = 10;

export function workerEnvShape(defaultPort = DEFAULT_WORKER_PORT) {
  return {
    ...standaloneEnvShape(defaultPort),
    WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(DEFAULT_SHUTDOWN_GRACE_MS),
    WORKER_NICENESS: z.coerce.number().int().min(0).max(19).default(DEFAULT_WORKER_NICENESS),
  };
}

/** A service's standalone env plus the worker's own: the grace for a stop and the niceness. */
export interface WorkerEnv extends StandaloneEnv {
  WORKER_SHUTDOWN_GRACE_MS: number;
  /** the process's scheduling niceness (0 = as the services, 19 = only idle CPU) */
  WORKER_NICENESS?: number | undefined;
}

export interface WorkerEntry {
  name: string;
  createWorker: WorkerFactory;
  /** the variables its factory parses (the worker host gives each domain its own DATABASE_URL) */
  source: Record<string, string | undefined>;
}

export interface RunWorkerOptions {
  /** the process's name in logs */
  name: string;
  /** one domain's worker… */
  createWorker?: WorkerFactory;
  /** …or several, each with its own variables */
  workers?: WorkerEntry[];
  env: WorkerEnv;
  /** the raw variables `createWorker` parses (the process environment) */
  source?: Record<string, string | undefined>;
  /** default: exit the process once stopped by a signal; tests pass false and call `stop()` */
  exitOnSignal?: boolean;
}

export interface RunningWorkers {
  /** `http://host:port` of `/live` and `/ready` */
  url: string;
  metricsUrl: string | null;
  workers: WorkerService[];
  bus: EventBus;
  logger: Logger;
  /** graceful stop; resolves true when every worker finished within WORKER_SHUTDOWN_GRACE_MS */
  stop(): Promise<boolean>;
}

/**
 * Closes workers concurrently, each given until the shared deadline; what is not finished by then is
 * left (uncommitted, unacknowledged) for another replica. Resolves true when all finished in time.
 */
export async function closeWorkers(workers: WorkerService[], graceMs: number, logger: Logger): Promise<boolean> {
  const outcomes = await Promise.all(
    workers.map(async (worker) => {
      const finished = await settlesWithin(
        worker.close().catch((error: unknown) => {
          logger.error({ err: error, worker: worker.name }, 'worker failed to close');
        }),
        graceMs,
      );
      if (!finished)
        logger.warn(
          { worker: worker.name, graceMs },
          `${worker.name} worker did not finish within ${graceMs} ms; its work in flight is left for another replica`,
        );
      return finished;
    }),
  );
  return outcomes.every(Boolean);
}

/**
 * The entry point of a worker-only process (`infra/src/worker-host.ts`, or a domain's own): connects
 * the bus (NATS when NATS_URL is set), builds and starts every worker, serves `/live` (the process
 * answers) and `/ready` (every worker started, not stopping) on PORT/HOST and the worker metrics on
 * METRICS_PORT, and on SIGTERM/SIGINT stops gracefully: `/ready` turns 503, workers take no new work
 * and get WORKER_SHUTDOWN_GRACE_MS to finish what is in flight, then the bus and servers close.
 */
export async function runWorker(options: RunWorkerOptions): Promise<RunningWorkers> {
  const { env, name } = options;
  const logger = createLogger(name, env.LOG_LEVEL);
  // Where the worker tier shares cores with the gateway and subgraphs (`npm start` on one machine),
  // its event work (postings, mail and PDF rendering, deliveries) should wait for request handling
  // rather than compete with it: a checkout's reply must not queue behind the mail it causes. In a
  // container of its own the niceness changes nothing.
  if (env.WORKER_NICENESS) setPriority(env.WORKER_NICENESS);
  const entries: WorkerEntry[] = [
    ...(options.createWorker ? [{ name, createWorker: options.createWorker, source: options.source ?? {} }] : []),
    ...(options.workers ?? []),
  ];
  const tracing = startTracing({
    serviceName: name,
    endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    ratio: env.OTEL_TRACES_SAMPLER_RATIO,
  });
  // the workers' internal calls present the service certificate (their health port stays plain HTTP)
  useServiceTls(loadServiceTls(env));
  const bus = await createEventBus({ natsUrl: env.NATS_URL, nats: { replicas: env.NATS_STREAM_REPLICAS }, logger });
  // the workers' commits change what gateways may have cached (a reservation expiring frees stock)
  const releaseAnnouncer = env.REDIS_URL ? holdDataChangeAnnouncer(env.REDIS_URL, logger) : async () => {};
  let ready = false;
  let stopping = false;
  const health = await serveHealth({ port: env.PORT, host: env.HOST }, () => ready && !stopping);
  const workers: WorkerService[] = [];
  let metrics: RunningServer | null = null;
  const stop = async (): Promise<boolean> => {
    if (stopping) return true;
    stopping = true;
    const finished = await closeWorkers([...workers].reverse(), env.WORKER_SHUTDOWN_GRACE_MS, logger);
    // the bus hands back what it buffered; a handler still running past the grace is abandoned, unacknowledged
    await settlesWithin(bus.close(), finished ? env.WORKER_SHUTDOWN_GRACE_MS : 1000);
    await releaseAnnouncer();
    await metrics?.close();
    await health.close();
    await tracing.shutdown();
    logger.info({ finished }, finished ? 'workers stopped' : 'workers stopped; unfinished work handed back');
    return finished;
  };
  try {
    for (const entry of entries) {
      const worker = await entry.createWorker(entry.source, { logger: logger.child({ worker: entry.name }), bus });
      workers.push(worker);
      await worker.start();
      logger.info({ worker: worker.name }, `${worker.name} worker started`);
    }
    if (env.METRICS_PORT !== undefined)
      metrics = await serveMetrics(
        Registry.merge([workerMetrics().registry, pipelineMetrics().registry, pluginMetrics().registry]),
        {
          port: env.METRICS_PORT,
          host: env.METRICS_HOST,
        },
      );
  } catch (error) {
    await stop();
    throw error;
  }
  ready = true;
  logger.info(
    { url: health.url, metrics: metrics?.url, workers: workers.map((worker) => worker.name) },
    `${name} ready on ${health.url}`,
  );
  if (options.exitOnSignal !== false) {
    const onSignal = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      void stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => onSignal('SIGINT'));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
  }
  return { url: health.url, metricsUrl: metrics?.url ?? null, workers, bus, logger, stop };
}

/** `/live` answers while the process does; `/ready` only while `isReady()`. */
export async function serveHealth(
  options: { port: number; host: string },
  isReady: () => boolean,
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/live') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('live');
    if (path === '/ready') {
      const ok = isReady();
      return void response.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ready' : 'not ready');
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
