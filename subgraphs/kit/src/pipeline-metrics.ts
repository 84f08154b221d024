import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Sources read when Prometheus scrapes: relays report their outbox backlog, pools their connections. */
type BacklogSource = () => Promise<{ pending: number; oldestAgeSeconds: number }>;

export interface PipelineMetrics {
  registry: Registry;
  published: Counter<'schema' | 'outcome'>;
  relayLag: Histogram<'schema'>;
  handled: Counter<'consumer' | 'outcome'>;
  handleDuration: Histogram<'consumer'>;
  consumerLag: Histogram<'consumer'>;
  redelivered: Counter<'consumer'>;
  /** reports one schema's outbox backlog on every scrape until the returned function is called */
  watchOutbox(schema: string, source: BacklogSource): () => void;
  /** reports one pool's connections on every scrape until the returned function is called */
  watchPool(name: string, pool: pg.Pool): () => void;
}

const LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

let metrics: PipelineMetrics | undefined;

/**
 * The event pipeline's and the database pools' metrics, one registry per process (a process hosts
 * one service in production; the local host serves it once, next to the first subgraph's metrics):
 * outbox backlog and age, relay publishes and lag, consumer outcomes, lag and redeliveries, pool
 * connections and waiters. Labels are schema, consumer and pool names from code, never input.
 */
export function pipelineMetrics(): PipelineMetrics {
  if (metrics) return metrics;
  const registry = new Registry();
  const outboxes = new Map<string, BacklogSource>();
  const pools = new Map<string, pg.Pool>();
  // one scrape collects both outbox gauges at once (prom-client starts every collect in the same
  // tick): they share the read in flight, and the next scrape reads afresh
  let reading: Promise<Map<string, { pending: number; oldestAgeSeconds: number }>> | null = null;
  const readBacklog = () => {
    if (reading) return reading;
    const current = (async () => {
      const read = new Map<string, { pending: number; oldestAgeSeconds: number }>();
      await Promise.all(
        [...outboxes].map(async ([schema, source]) => {
          // a scrape during a database outage reports what it can; the relay logs its own errors
          const value = await source().catch(() => null);
          if (value) read.set(schema, value);
        }),
      );
      return read;
    })().finally(() => {
      if (reading === current) reading = null;
    });
    reading = current;
    return current;
  };
  metrics = {
    registry,
    published: new Counter({
      name: 'ucos_events_published_total',
      help: 'Outbox events the relay handed to the bus, by schema and outcome (published, failed)',
      labelNames: ['schema', 'outcome'],
      registers: [registry],
    }),
    relayLag: new Histogram({
      name: 'ucos_event_relay_lag_seconds',
      help: 'Time from the outbox write (commit) to its publish on the bus',
      labelNames: ['schema'],
      buckets: LAG_BUCKETS,
      registers: [registry],
    }),
    handled: new Counter({
      name: 'ucos_events_handled_total',
      help: 'Event deliveries handled by a consumer, by outcome (ok, retry, dead_letter)',
      labelNames: ['consumer', 'outcome'],
      registers: [registry],
    }),
    handleDuration: new Histogram({
      name: 'ucos_event_handle_duration_seconds',
      help: 'Time a consumer spent on one delivery',
      labelNames: ['consumer'],
      buckets: LAG_BUCKETS,
      registers: [registry],
    }),
    consumerLag: new Histogram({
      name: 'ucos_event_consumer_lag_seconds',
      help: 'Time from the event happening to a consumer starting to handle it',
      labelNames: ['consumer'],
      buckets: LAG_BUCKETS,
      registers: [registry],
    }),
    redelivered: new Counter({
      name: 'ucos_events_redelivered_total',
      help: 'Deliveries after the first (a retry, or a crash mid-handler)',
      labelNames: ['consumer'],
      registers: [registry],
    }),
    watchOutbox(schema, source) {
      outboxes.set(schema, source);
      return () => {
        if (outboxes.get(schema) === source) outboxes.delete(schema);
      };
    },
    watchPool(name, pool) {
      pools.set(name, pool);
      return () => {
        if (pools.get(name) === pool) pools.delete(name);
      };
    },
  };
  new Gauge({
    name: 'ucos_outbox_pending',
    help: 'Outbox events not yet published, by schema',
    labelNames: ['schema'],
    registers: [registry],
    async collect() {
      const backlog = await readBacklog();
      this.reset();
      for (const [schema, value] of backlog) this.set({ schema }, value.pending);
    },
  });
  new Gauge({
    name: 'ucos_outbox_oldest_age_seconds',
    help: 'Age of the oldest unpublished outbox event, by schema (0 when none)',
    labelNames: ['schema'],
    registers: [registry],
    async collect() {
      const backlog = await readBacklog();
      this.reset();
      for (const [schema, value] of backlog) this.set({ schema }, value.oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'ucos_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting: requests queued for a connection)',
    labelNames: ['pool', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, value] of pools) {
        this.set({ pool, state: 'total' }, value.totalCount);
        this.set({ pool, state: 'idle' }, value.idleCount);
        this.set({ pool, state: 'waiting' }, value.waitingCount);
      }
    },
  });
  return metrics;
}

const outcomeCounters = new Map<string, Counter<'outcome'>>();

/**
 * A domain's business counter by outcome (checkouts, reservations, webhook deliveries, workflow runs),
 * in the process's registry next to the pipeline's. `outcome` must come from a fixed set: a result
 * code the API declares, or a status. Asking twice for a name returns the same counter.
 */
export function outcomeCounter(name: string, help: string): Counter<'outcome'> {
  const existing = outcomeCounters.get(name);
  if (existing) return existing;
  const counter = new Counter({ name, help, labelNames: ['outcome'], registers: [pipelineMetrics().registry] });
  outcomeCounters.set(name, counter);
  return counter;
}

/** The outcome label of a domain result: `ok`, or the first error's code. */
export const resultOutcome = (result: { ok: true } | { ok: false; errors: readonly { code: string }[] }): string =>
  result.ok ? 'ok' : (result.errors[0]?.code ?? 'ERROR');
