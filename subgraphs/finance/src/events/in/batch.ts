import {
  causeOfHandling,
  type DeliveryMeta,
  type EventEnvelope,
  type EventHandler,
  ok,
  type PgUnitOfWork,
  Rejection,
  type UnitOfWorkTx,
  withCause,
} from '@ucos/kit';
import type pg from 'pg';
import { preparing } from '../../data/prepared.ts';
import type { FinanceEvents } from '../out/finance-events.ts';

/** What one event does inside the batch's transaction (posting and invoicing, `financeParts`). */
export type BatchedWork = (
  envelope: EventEnvelope<unknown>,
  sql: pg.PoolClient,
  tx: UnitOfWorkTx<FinanceEvents, string>,
  meta: DeliveryMeta,
) => Promise<void>;

export interface PostingBatcherOptions {
  unitOfWork: PgUnitOfWork<FinanceEvents, string | null>;
  /** the durable consumer whose `processed_messages` marks the events get */
  consumer: string;
  work: BatchedWork;
  /** transactions at once (one per tenant at most); each holds a connection */
  lanes: number;
  /** events at most in one transaction */
  maxBatch: number;
}

interface Pending {
  envelope: EventEnvelope<unknown>;
  meta: DeliveryMeta;
  resolve(): void;
  reject(error: unknown): void;
}

const SAVEPOINT = 'finance_event';
// the ledger's balance checks are deferred to the commit: run at the end of each event instead, so an
// unbalanced entry fails its own savepoint rather than the commit of every event in the batch
const CHECK_AND_NEXT = `set constraints finance.journal_entries_balanced, finance.journal_lines_balanced immediate;
set constraints finance.journal_entries_balanced, finance.journal_lines_balanced deferred;
release savepoint ${SAVEPOINT}; savepoint ${SAVEPOINT}`;

/**
 * Group commit for the posting consumer: the events delivered while a tenant's transaction runs wait
 * for it, then go together in that tenant's next transaction, each in a savepoint of its own with its
 * `processed_messages` mark. An event that fails rolls back to its savepoint (its writes, mark and
 * emitted events with it) and its delivery fails, so the bus redelivers it; the others commit. Every
 * delivery settles only after the commit that holds it: acknowledged events are posted, and a commit
 * that fails fails them all, so all are redelivered (their marks rolled back with them).
 *
 * One transaction per tenant at a time: a batch holds its row locks (the invoice counter, a variant's
 * cost, an order's source row) until it commits, and two batches of one tenant taking them in
 * different orders would deadlock. Tenants run side by side, up to `lanes` at once.
 */
export function postingBatcher(options: PostingBatcherOptions): EventHandler<unknown> {
  const { unitOfWork, consumer, work, lanes, maxBatch } = options;
  const mark = `insert into finance.processed_messages (tenant_id, consumer, message_id)
    values ($1::uuid, $2, $3) on conflict do nothing`;
  const queues = new Map<string, Pending[]>();
  /** tenants whose transaction runs */
  const running = new Set<string>();
  /** tenants with events waiting for a free lane */
  const waiting: string[] = [];

  const start = (tenantId: string) => {
    if (running.has(tenantId)) return;
    if (running.size >= lanes) {
      if (!waiting.includes(tenantId)) waiting.push(tenantId);
      return;
    }
    running.add(tenantId);
    void drain(tenantId);
  };

  async function drain(tenantId: string): Promise<void> {
    const queue = queues.get(tenantId) ?? [];
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        await runBatch(tenantId, batch);
      }
    } finally {
      // runBatch settles every delivery and does not throw; should it, the lane must still be freed
      for (const pending of queue.splice(0)) pending.reject(new Error('the posting batch ended unexpectedly'));
      queues.delete(tenantId);
      running.delete(tenantId);
      const next = waiting.shift();
      if (next !== undefined) start(next);
    }
  }

  async function runBatch(tenantId: string, batch: Pending[]): Promise<void> {
    /** per event: undefined when it committed, else why its delivery fails */
    const failures: ({ error: unknown } | undefined)[] = batch.map(() => undefined);
    const steps: (() => Promise<void> | void)[] = [];
    try {
      await unitOfWork.as(tenantId).tx(async (client, tx) => {
        const sql = preparing(client);
        await sql.query(`savepoint ${SAVEPOINT}`);
        for (const [index, pending] of batch.entries()) {
          const { envelope, meta } = pending;
          const eventSteps: (() => Promise<void> | void)[] = [];
          const eventTx: UnitOfWorkTx<FinanceEvents, string> = {
            tenantId,
            emit: (type, aggregateId, payload) => tx.emit(type, aggregateId, payload),
            afterCommit: (step) => {
              eventSteps.push(step);
            },
          };
          try {
            // what the event's handling emits is caused by it, as with one transaction per event
            await withCause(causeOfHandling(envelope), async () => {
              const inserted = await sql.query(mark, [tenantId, consumer, envelope.id]);
              if (inserted.rowCount !== 0) await work(envelope, sql, eventTx, meta);
              await sql.query(CHECK_AND_NEXT);
            });
            steps.push(...eventSteps);
          } catch (error) {
            // the savepoint stays after the rollback to it: the next event starts in it
            await sql.query(`rollback to savepoint ${SAVEPOINT}`);
            // a business rejection rolls its event back and is not retried, as a unit of work's would be
            if (!(error instanceof Rejection)) failures[index] = { error };
          }
        }
        for (const step of steps) tx.afterCommit(step);
        return ok(null);
      });
    } catch (error) {
      // nothing committed: every event of the batch is redelivered
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) {
      const failure = failures[index];
      if (failure) pending.reject(failure.error);
      else pending.resolve();
    }
  }

  return (envelope, meta) =>
    new Promise<void>((resolve, reject) => {
      const tenantId = envelope.tenantId;
      let queue = queues.get(tenantId);
      if (!queue) {
        queue = [];
        queues.set(tenantId, queue);
      }
      queue.push({ envelope, meta, resolve, reject });
      start(tenantId);
    });
}
