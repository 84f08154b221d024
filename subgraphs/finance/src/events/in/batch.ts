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
import { LEDGER_COLUMNS, type Ledger, type LedgerRow, ledgerOf } from '../../data/ledger.ts';
import { preparing } from '../../data/prepared.ts';
import type { FinanceEvents } from '../out/finance-events.ts';

/** What one event does inside the batch's transaction (posting and invoicing, `financeParts`). */
export type BatchedWork = (
  envelope: EventEnvelope<unknown>,
  sql: pg.PoolClient,
  tx: UnitOfWorkTx<FinanceEvents, string>,
  meta: DeliveryMeta,
  /** the tenant's ledger as the event's mark read it (`readsLedger`), when the tenant has one */
  ledger?: Ledger,
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
  /**
   * The event types whose work reads the tenant's ledger: their mark reads it in the same statement
   * (one round trip less per event; the lane's events post one after another, so round trips are its rate).
   */
  readsLedger?: (type: string) => boolean;
  /**
   * Lanes (transactions at once) one tenant's events may take, 1 by default. Above 1 the events go to
   * a lane by `laneKey` (an order's events all to one lane: its rows are locked by one transaction at
   * a time) and a batch runs its events by `phase` (lower first), so the tenant-wide locks are taken
   * in one order by every batch; a wait that still closes a cycle is a deadlock PostgreSQL ends: the
   * statement fails, its event rolls back to its savepoint and is redelivered (see postingBatcher).
   */
  tenantLanes?: number;
  /** what routes an event to one of its tenant's lanes (default: its aggregate) */
  laneKey?: (envelope: EventEnvelope<unknown>) => string;
  /** the order a batch runs its events in, lower first, stable (default: as delivered) */
  phase?: (type: string) => number;
  /**
   * Run before a batch's transaction, in its own (what it writes is committed at once, whatever the
   * batch does): tenant-wide rows the batch would otherwise create and hold to its commit. It must not
   * throw (a failure only leaves the rows to the batch)
   */
  beforeBatch?: (tenantId: string, envelopes: EventEnvelope<unknown>[]) => Promise<void>;
  /**
   * SQL (literals only) that takes, at once and in a fixed order, the tenant-wide locks the events of a
   * phase will take one by one (null: none): run as the phase's first event starts, in its text
   */
  phaseLocks?: (
    phase: number,
    tenantId: string,
    envelopes: EventEnvelope<unknown>[],
    quote: (value: string) => string,
  ) => string | null;
}

/** A small stable hash (FNV-1a) of a lane key. */
export function laneHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
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
const CHECK = `set constraints finance.journal_entries_balanced, finance.journal_lines_balanced immediate;
set constraints finance.journal_entries_balanced, finance.journal_lines_balanced deferred`;
const NEXT = `release savepoint ${SAVEPOINT}; savepoint ${SAVEPOINT}`;

/** The result of a text that may hold several statements (pg answers those with one result each): the last one's. */
const lastResult = <Row extends pg.QueryResultRow>(result: pg.QueryResult<Row> | pg.QueryResult<Row>[]) =>
  (Array.isArray(result) ? result[result.length - 1] : result) as pg.QueryResult<Row>;

/**
 * Group commit for the posting consumer: the events delivered while a tenant's transaction runs wait
 * for it, then go together in that tenant's next transaction, each in a savepoint of its own with its
 * `processed_messages` mark. An event that fails rolls back to its savepoint (its writes, mark and
 * emitted events with it) and its delivery fails, so the bus redelivers it; the others commit. Every
 * delivery settles only after the commit that holds it: acknowledged events are posted, and a commit
 * that fails fails them all, so all are redelivered (their marks rolled back with them).
 *
 * A batch holds its row locks (the invoice counter, a variant's cost, an order's source row) until it
 * commits. With `tenantLanes` 1 a tenant has one transaction at a time; above, its events go to a lane
 * by `laneKey`, and a batch runs them by `phase` with each phase's tenant-wide locks taken at once in
 * a fixed order (`phaseLocks`), so two lanes do not take them in opposite orders. A wait that still
 * closes a cycle (an event out of the usual order, another worker process) is a deadlock PostgreSQL
 * ends: the statement fails, the event rolls back to its savepoint, its delivery fails and the bus
 * redelivers it, and its mark and source keys make it post once. Lanes run side by side, up to
 * `lanes` at once.
 */
export function postingBatcher(options: PostingBatcherOptions): EventHandler<unknown> {
  const {
    unitOfWork,
    consumer,
    work,
    lanes,
    maxBatch,
    readsLedger = () => false,
    tenantLanes = 1,
    laneKey = (envelope) => envelope.aggregateId,
    phase,
    phaseLocks,
    beforeBatch,
  } = options;
  /**
   * An event's `processed_messages` mark (and, when its work reads it, the tenant's ledger: the settings
   * row as the work's own read would see it, the batch's earlier writes included; no row: the work
   * reads it), as literals: it goes in one text with the statements that end the event before it
   * (`CHECK`, `NEXT`), one round trip between two events where those took two.
   */
  const markText = (sql: pg.PoolClient, tenantId: string, envelope: EventEnvelope<unknown>) => {
    const mark = `insert into finance.processed_messages (tenant_id, consumer, message_id)
      values (${sql.escapeLiteral(tenantId)}::uuid, ${sql.escapeLiteral(consumer)}, ${sql.escapeLiteral(envelope.id)})
      on conflict do nothing returning 1`;
    return readsLedger(envelope.type)
      ? `with mark as (${mark})
         select (select count(*)::int from mark) as inserted, ${LEDGER_COLUMNS}
           from (select 1) as one left join finance.settings s on s.tenant_id = ${sql.escapeLiteral(tenantId)}::uuid`
      : `with mark as (${mark}) select (select count(*)::int from mark) as inserted`;
  };
  const markedOf = (result: pg.QueryResult<Partial<LedgerRow> & { inserted: number }>) => {
    const row = result.rows[0];
    const ledger =
      row?.baseCurrency === undefined || row.baseCurrency === null ? undefined : ledgerOf(row as LedgerRow);
    return { inserted: (row?.inserted ?? 0) > 0, ledger };
  };
  /** per lane (a tenant, or one of its lanes): its events waiting */
  const queues = new Map<string, Pending[]>();
  const tenantOfLane = new Map<string, string>();
  /** lanes whose transaction runs */
  const running = new Set<string>();
  /** lanes with events waiting for a free connection */
  const waiting: string[] = [];

  const start = (lane: string) => {
    if (running.has(lane)) return;
    if (running.size >= lanes) {
      if (!waiting.includes(lane)) waiting.push(lane);
      return;
    }
    running.add(lane);
    void drain(lane);
  };

  async function drain(lane: string): Promise<void> {
    const queue = queues.get(lane) ?? [];
    const tenantId = tenantOfLane.get(lane) as string;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        // stable: an order's events keep their order of delivery within a phase
        if (phase) batch.sort((a, b) => phase(a.envelope.type) - phase(b.envelope.type));
        if (beforeBatch)
          await beforeBatch(
            tenantId,
            batch.map((pending) => pending.envelope),
          ).catch(() => undefined);
        await runBatch(tenantId, batch);
      }
    } finally {
      // runBatch settles every delivery and does not throw; should it, the lane must still be freed
      for (const pending of queue.splice(0)) pending.reject(new Error('the posting batch ended unexpectedly'));
      queues.delete(lane);
      tenantOfLane.delete(lane);
      running.delete(lane);
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
        /**
         * The event before this one when its work ran and its balance check has not: the check (`CHECK`)
         * goes with the next event's mark, or at the end. Its after-commit steps wait for the check.
         */
        let unchecked: { index: number; id: string; steps: (() => Promise<void> | void)[] } | null = null;
        /** whether the first savepoint is taken (after a rollback to it, the next event starts in it) */
        let started = false;
        type Marked = pg.QueryResult<Partial<LedgerRow> & { inserted: number }>;
        /**
         * Ends the unchecked event (its check, the savepoint released and taken anew) and marks the next
         * one, in one text. Should it fail, the savepoint is rolled back to, and whether the unchecked
         * event's mark survived says which of the two failed: the check (its event rolled back with the
         * savepoint it ran in) or the mark (the event before it was kept: released into the batch).
         */
        const endAndMark = async (
          envelope: EventEnvelope<unknown>,
          index: number,
          locks: string | null,
        ): Promise<Marked | null> => {
          const mark = `${locks ? `${locks};` : ''} ${markText(sql, tenantId, envelope)}`;
          const before = unchecked;
          const prefix = !started ? `savepoint ${SAVEPOINT};` : before ? `${CHECK}; ${NEXT};` : '';
          try {
            const result = lastResult((await sql.query(`${prefix} ${mark}`)) as Marked | Marked[]);
            started = true;
            if (before) steps.push(...before.steps);
            unchecked = null;
            return result;
          } catch (error) {
            // the first text failed before its savepoint was taken: the batch fails (its transaction with it)
            await sql.query(`rollback to savepoint ${SAVEPOINT}`).catch(() => {
              throw error;
            });
            started = true;
            unchecked = null;
            if (before) {
              const kept = await sql.query(
                `select 1 from finance.processed_messages where tenant_id = $1::uuid and consumer = $2 and message_id = $3`,
                [tenantId, consumer, before.id],
              );
              if (kept.rowCount === 0) {
                // the check failed: the event before is rolled back (its mark with it); mark this one alone
                failures[before.index] = { error };
                return endAndMark(envelope, index, locks);
              }
              steps.push(...before.steps);
            }
            failures[index] = { error };
            return null;
          }
        };
        const phaseOf = (envelope: EventEnvelope<unknown>) => (phase ? phase(envelope.type) : 0);
        let lastPhase: number | null = null;
        for (const [index, pending] of batch.entries()) {
          const { envelope, meta } = pending;
          const current = phaseOf(envelope);
          const locks =
            current !== lastPhase && phaseLocks
              ? phaseLocks(
                  current,
                  tenantId,
                  batch.map((other) => other.envelope).filter((other) => phaseOf(other) === current),
                  (value) => sql.escapeLiteral(value),
                )
              : null;
          lastPhase = current;
          const eventSteps: (() => Promise<void> | void)[] = [];
          const eventTx: UnitOfWorkTx<FinanceEvents, string> = {
            tenantId,
            emit: (type, aggregateId, payload) => tx.emit(type, aggregateId, payload),
            afterCommit: (step) => {
              eventSteps.push(step);
            },
          };
          const marked = await endAndMark(envelope, index, locks);
          if (!marked) continue;
          const { inserted, ledger } = markedOf(marked);
          // a redelivery of an event already posted: nothing to do, nothing to check
          if (!inserted) continue;
          try {
            // what the event's handling emits is caused by it, as with one transaction per event
            await withCause(causeOfHandling(envelope), () => work(envelope, sql, eventTx, meta, ledger));
            unchecked = { index, id: envelope.id, steps: eventSteps };
          } catch (error) {
            // the savepoint stays after the rollback to it: the next event starts in it
            await sql.query(`rollback to savepoint ${SAVEPOINT}`);
            // a business rejection rolls its event back and is not retried, as a unit of work's would be
            if (!(error instanceof Rejection)) failures[index] = { error };
          }
        }
        const last = unchecked as { index: number; steps: (() => Promise<void> | void)[] } | null;
        if (last) {
          try {
            await sql.query(CHECK);
            steps.push(...last.steps);
          } catch (error) {
            await sql.query(`rollback to savepoint ${SAVEPOINT}`);
            failures[last.index] = { error };
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
      const lane = tenantLanes > 1 ? `${tenantId}/${laneHash(laneKey(envelope)) % tenantLanes}` : tenantId;
      let queue = queues.get(lane);
      if (!queue) {
        queue = [];
        queues.set(lane, queue);
        tenantOfLane.set(lane, tenantId);
      }
      queue.push({ envelope, meta, resolve, reject });
      start(lane);
    });
}
