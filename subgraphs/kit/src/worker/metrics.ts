import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface WorkerMetrics {
  registry: Registry;
  runs: Counter<'scheduled_job' | 'outcome'>;
  duration: Histogram<'scheduled_job'>;
  inFlight: Gauge<'worker'>;
}

let metrics: WorkerMetrics | undefined;

/**
 * The worker tier's metrics, one registry per process (`runWorker` serves it on METRICS_PORT):
 * scheduled-job runs by job and outcome, their duration, and work in flight per worker. Labels are
 * job and worker names from code, never input; `scheduled_job`, not `job`, which Prometheus gives the
 * scrape target.
 */
export function workerMetrics(): WorkerMetrics {
  if (metrics) return metrics;
  const registry = new Registry();
  metrics = {
    registry,
    runs: new Counter({
      name: 'ucos_job_runs_total',
      help: 'Scheduled job runs on this replica, by job and outcome',
      labelNames: ['scheduled_job', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'ucos_job_duration_seconds',
      help: 'Time one scheduled job run took',
      labelNames: ['scheduled_job'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: 'ucos_worker_in_flight',
      help: 'Work items a worker is processing now',
      labelNames: ['worker'],
      registers: [registry],
    }),
  };
  return metrics;
}
