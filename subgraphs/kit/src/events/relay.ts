import type pg from 'pg';
import { forEachDatabase } from '../db/placement.ts';
import { createLogger } from '../logger.ts';
import { pipelineMetrics } from '../pipeline-metrics.ts';
import { currentTraceparent, extractTraceContext, inSpan, SpanKind, tracingEnabled } from '../tracing.ts';
import { type EventBus, type EventLogger, failureReason } from './bus.ts';
import { type EventEnvelope, type JsonValue, parseEnvelope } from './event.ts';
import { qualified } from './schema-name.ts';

export interface OutboxRelayOptions {
  /** the application role's pool: the relay reads across tenants only through outbox_claim/outbox_mark */
  pool: pg.Pool;
  schema: string;
  bus: EventBus;
  /** pause between polls when the outbox is empty; default 200 ms */
  intervalMs?: number;
  /** rows claimed per transaction; default 100 */
  batchSize?: number;
  logger?: EventLogger;
}

export interface RelayRun {
  published: number;
  failed: number;
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  event_id: string;
  type: string;
  version: number;
  aggregate_type: string;
  aggregate_id: string;
  payload: JsonValue;
  created_at: Date;
  traceparent: string | null;
  correlation_id: string | null;
  causation_id: string | null;
}

/** This many failures in a row and the bus is taken to be down: the rest of the batch waits untouched. */
const FAILURES_BEFORE_GIVING_UP = 3;

/**
 * Publishes one schema's outbox. Rows are claimed with `for update skip locked`, so several relays
 * (replicas of a subgraph) share the work without publishing a row twice; a row is marked published in
 * the same transaction that claimed it, and only after the bus accepted it, so a failure leaves it for
 * the next poll. A commit lost after publishing means a second publish, which the bus drops by event id.
 */
export class OutboxRelay {
  readonly #pool: pg.Pool;
  readonly #bus: EventBus;
  readonly #logger: EventLogger;
  readonly #intervalMs: number;
  readonly #batchSize: number;
  readonly #claimSql: string;
  readonly #markSql: string;
  readonly #backlogSql: string;
  readonly #schema: string;
  #unwatch: (() => void) | null = null;
  #loop: Promise<void> | null = null;
  #stopped = true;
  #kicked = false;
  #wake: (() => void) | null = null;

  constructor(options: OutboxRelayOptions) {
    this.#pool = options.pool;
    this.#bus = options.bus;
    this.#logger = options.logger ?? createLogger('outbox-relay');
    this.#intervalMs = options.intervalMs ?? 200;
    this.#batchSize = options.batchSize ?? 100;
    this.#claimSql = `select * from ${qualified(options.schema, 'outbox_claim')}($1)`;
    this.#markSql = `select ${qualified(options.schema, 'outbox_mark')}($1::bigint[], $2::bigint[], $3)`;
    this.#backlogSql = `select pending::float8 as pending, oldest_age_seconds as "oldestAgeSeconds" from ${qualified(options.schema, 'outbox_backlog')}()`;
    this.#schema = options.schema;
  }

  start(): void {
    if (this.#loop) return;
    this.#stopped = false;
    this.#unwatch = pipelineMetrics().watchOutbox(this.#schema, async () => {
      const backlogs = await forEachDatabase(this.#pool, async (database) => {
        const { rows } = await database.query<{ pending: number; oldestAgeSeconds: number }>(this.#backlogSql);
        return rows[0] ?? { pending: 0, oldestAgeSeconds: 0 };
      });
      return {
        pending: backlogs.reduce((sum, backlog) => sum + backlog.pending, 0),
        oldestAgeSeconds: Math.max(...backlogs.map((backlog) => backlog.oldestAgeSeconds)),
      };
    });
    this.#loop = this.#run();
  }

  /** Poll now instead of at the end of the interval (call it after committing an event). */
  kick(): void {
    this.#kicked = true;
    this.#wake?.();
  }

  /** Finishes the batch in progress, then returns. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unwatch?.();
    this.#unwatch = null;
    this.#wake?.();
    await this.#loop;
    this.#loop = null;
  }

  /** One claim-publish-mark transaction on every database holding tenants (`db/placement.ts`). */
  async runOnce(): Promise<RelayRun> {
    const runs = await forEachDatabase(this.#pool, (database) => this.#runOn(database));
    return {
      published: runs.reduce((sum, run) => sum + run.published, 0),
      failed: runs.reduce((sum, run) => sum + run.failed, 0),
    };
  }

  async #runOn(database: pg.Pool): Promise<RelayRun> {
    const client = await database.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(this.#claimSql, [this.#batchSize]);
      const published: string[] = [];
      const failed: string[] = [];
      let lastError: string | null = null;
      // after a failure, later events of the same aggregate wait too, so they are not published out of order
      const held = new Set<string>();
      let failuresInARow = 0;
      const metrics = pipelineMetrics();
      let next = 0;
      while (next < rows.length && failuresInARow < FAILURES_BEFORE_GIVING_UP) {
        // A run of rows in outbox order with each aggregate at most once. Its publishes go out together
        // on the bus's one connection, which the stream stores in the order sent, and their acks are
        // awaited together: one round trip per run instead of one per event. An aggregate's next event
        // starts the next run, so it is sent only once the one before it was accepted. Until the bus has
        // taken an event of this batch, and after a failure, a run holds no more events than the failures
        // still allowed, so a bus that is down costs FAILURES_BEFORE_GIVING_UP attempts, not the batch.
        const limit =
          published.length === 0 || failuresInARow > 0
            ? FAILURES_BEFORE_GIVING_UP - failuresInARow
            : Number.POSITIVE_INFINITY;
        const run: { row: OutboxRow; aggregate: string }[] = [];
        const inRun = new Set<string>();
        for (; next < rows.length && run.length < limit; next++) {
          const row = rows[next] as OutboxRow;
          const aggregate = `${row.tenant_id}/${row.aggregate_type}/${row.aggregate_id}`;
          if (held.has(aggregate)) continue;
          if (inRun.has(aggregate)) break;
          inRun.add(aggregate);
          run.push({ row, aggregate });
        }
        const outcomes = await Promise.allSettled(run.map(({ row }) => this.#publish(row)));
        for (const [index, outcome] of outcomes.entries()) {
          const { row, aggregate } = run[index] as { row: OutboxRow; aggregate: string };
          if (outcome.status === 'fulfilled') {
            published.push(row.id);
            metrics.published.inc({ schema: this.#schema, outcome: 'published' });
            metrics.relayLag.observe(
              { schema: this.#schema },
              Math.max(0, Date.now() - row.created_at.getTime()) / 1000,
            );
            failuresInARow = 0;
          } else {
            failed.push(row.id);
            metrics.published.inc({ schema: this.#schema, outcome: 'failed' });
            held.add(aggregate);
            lastError = failureReason(outcome.reason);
            this.#logger.warn(
              { eventId: row.event_id, type: row.type, err: outcome.reason },
              'could not publish event',
            );
            failuresInARow++;
          }
        }
      }
      if (rows.length > 0) await client.query(this.#markSql, [published, failed, lastError]);
      await client.query('commit');
      return { published: published.length, failed: failed.length };
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      // the connection may be the problem: do not hand it to the next caller
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Publishes in a producer span continuing the trace that wrote the event; consumers continue from it. */
  #publish(row: OutboxRow): Promise<void> {
    const envelope = envelopeOf(row);
    if (!tracingEnabled()) return this.#bus.publish(envelope);
    return inSpan(
      `publish ${row.type}`,
      {
        kind: SpanKind.PRODUCER,
        parent: extractTraceContext(row.traceparent),
        attributes: {
          'messaging.system': 'nats',
          'messaging.destination.name': row.type,
          'ucos.event_id': row.event_id,
        },
      },
      async () => {
        const traceparent = currentTraceparent();
        await this.#bus.publish(traceparent ? { ...envelope, traceparent } : envelope);
      },
    );
  }

  async #run(): Promise<void> {
    let errorsInARow = 0;
    while (!this.#stopped) {
      this.#kicked = false;
      let busy = false;
      try {
        const run = await this.runOnce();
        busy = run.published >= this.#batchSize;
        errorsInARow = run.failed > 0 && run.published === 0 ? errorsInARow + 1 : 0;
      } catch (error) {
        errorsInARow++;
        this.#logger.error({ err: error, errorsInARow }, 'outbox relay poll failed');
      }
      // while the database or the bus is unreachable, back off (up to 30 s) rather than hammer and log it
      const pause = Math.min(this.#intervalMs * 2 ** errorsInARow, Math.max(this.#intervalMs, 30_000));
      if (!this.#stopped && !busy && !this.#kicked) await this.#sleep(pause);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
    });
  }
}

function envelopeOf(row: OutboxRow): EventEnvelope {
  return parseEnvelope({
    id: row.event_id,
    type: row.type,
    version: row.version,
    tenantId: row.tenant_id,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    occurredAt: row.created_at.toISOString(),
    payload: row.payload,
    ...(row.traceparent ? { traceparent: row.traceparent } : {}),
    ...(row.correlation_id ? { correlationId: row.correlation_id } : {}),
    ...(row.causation_id ? { causationId: row.causation_id } : {}),
  });
}
