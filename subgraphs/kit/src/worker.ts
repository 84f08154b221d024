import type { ServiceDeps } from './service.ts';

/**
 * The background half of a domain, run by the worker role rather than on the request path:
 * event-driven executors (workflow runs, webhook deliveries, notifications) and scheduled jobs.
 * A package that has one exports `createWorker` from `@ucos/<name>/worker` and names that module in
 * its `infra/src/subgraphs.ts` entry (`workerModule`). `npm start` runs every worker with the rest
 * of the platform; with NATS_URL the worker tier is its own process (`infra/src/worker-host.ts`).
 */
export interface WorkerService {
  name: string;
  /** subscribes consumers and starts timers; resolves once the worker takes work */
  start(): Promise<void>;
  /**
   * Graceful stop: takes no new work, finishes what is in flight (or leaves it, uncommitted, for
   * another replica to pick up), then releases connections.
   */
  close(): Promise<void>;
}

export type WorkerFactory = (env: Record<string, string | undefined>, deps: ServiceDeps) => Promise<WorkerService>;
