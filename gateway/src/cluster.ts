import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@ucos/kit/logger';
import { serveMetrics } from '@ucos/kit/metrics';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { GatewayConfig } from './config.ts';

const LISTENING = 'ucos-gateway:listening';

/** A worker tells the primary it serves the port, so the primary announces readiness once all do. */
export function reportListening(url: string): void {
  process.send?.({ type: LISTENING, url });
}

/**
 * A worker's metrics go to the primary on request (prom-client's cluster protocol over the IPC
 * channel), which adds them up: one scrape of METRICS_PORT covers every worker.
 */
export function shareMetricsWithPrimary(registry: Registry): void {
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/**
 * The primary of a clustered gateway: it serves no GraphQL itself, it starts `config.workers`
 * copies of this same entry point (each a whole gateway on the one port; on Linux the kernel or
 * Node's primary spreads the connections), replaces a worker that dies, serves the summed metrics,
 * and stops them all on SIGINT/SIGTERM. Every worker keeps its own in-memory state (revocation list
 * copy, storefront cache, publishable-key cache), as separate replicas would; rate-limit counters
 * are shared only through REDIS_URL, so without it each worker counts its own requests.
 */
export async function runPrimary(config: GatewayConfig, logger: Logger): Promise<void> {
  let stopping = false;
  const listening = new Set<number>();
  let announced = false;
  let lastRestart = 0;

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type !== LISTENING) return;
      listening.add(worker.id);
      if (!announced && listening.size >= config.workers) {
        announced = true;
        logger.info(
          { url: message.url, metrics: metrics.url, workers: config.workers },
          `gateway listening on ${message.url}`,
        );
      }
    });
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) return;
    if (!announced) {
      // a start-up failure (bad supergraph, port taken) repeats in every worker: fail as one gateway would
      logger.fatal({ pid: worker.process.pid, code, signal }, 'a gateway worker failed to start');
      void shutdown('start-up failure', 1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker exited; starting another');
    // a worker that keeps dying is replaced at most once a second
    const wait = Math.max(0, lastRestart + 1000 - Date.now());
    lastRestart = Date.now() + wait;
    setTimeout(() => {
      if (!stopping) fork();
    }, wait);
  });

  const aggregator = new AggregatorRegistry();
  const metrics = await serveMetrics(
    { metrics: () => aggregator.clusterMetrics(), contentType: aggregator.contentType },
    config.metrics,
  );
  for (let i = 0; i < config.workers; i++) fork();

  async function shutdown(signal: string, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} gateway workers`);
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            // each worker closes its server and its gateway on SIGTERM, as a single gateway does
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await metrics.close();
    process.exit(exitCode);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

export const isClusterWorker = () => cluster.isWorker;
export const isClusterPrimary = () => cluster.isPrimary;
