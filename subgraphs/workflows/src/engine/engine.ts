import { randomUUID } from 'node:crypto';
import { type Logger, ok, outcomeCounter, type PgUnitOfWork, type UnitOfWorkTx } from '@ucos/kit';
import { definitionVersion } from '../data/definitions.ts';
import {
  claimRun,
  completeWaitingStep,
  escalateTask,
  expireTask,
  finishRun,
  lockTaskOfStep,
  mergeRunVars,
  openTask,
  parkRun,
  releaseRunLease,
  renewRunLease,
  type StepWrite,
  setRunStatus,
  setStepWakeAt,
  stepOfRun,
  writeStep,
} from '../data/run-engine.ts';
import { type RunRow, type RunStatus, type StepRow, type StepStatus, stepsOf } from '../data/runs.ts';
import { type SecretKey, secretValue } from '../data/secrets.ts';
import { decisionsOf } from '../data/tasks.ts';
import type { Sql } from '../db.ts';
import { type ExpressionScope, evaluateBoolean } from '../definitions/expressions.ts';
import {
  type ConditionStep,
  durationMs,
  type ParallelStep,
  type Step,
  type StepKind,
  stepKind,
  type WorkflowDocument,
} from '../definitions/model.ts';
import type { WorkflowsEvents } from '../events/out/workflows-events.ts';
import { ActionFailure, type ActionPort } from '../ports/actions.ts';
import type { WebhookPort } from '../ports/webhooks.ts';
import { backoffMs, idempotencyKeyOf, indexSteps, isCompensationPath, stepIdOf } from './paths.ts';
import { type Effect, executeStep, resolveStepInput, StepFailure } from './steps.ts';

/** Runs that ended, by status: completed, failed, compensated, cancelled. */
const runsFinished = outcomeCounter('ucos_workflow_runs_finished_total', 'Workflow runs that ended, by final status');

type Outcome = 'done' | 'blocked' | 'failed';
type Tx = UnitOfWorkTx<WorkflowsEvents, string>;

export interface EngineOptions {
  unitOfWork(tenantId: string): PgUnitOfWork<WorkflowsEvents, string>;
  log: Logger;
  actions: ActionPort;
  webhooks: WebhookPort;
  /** opens the tenants' workflow secrets (`{{ secrets.NAME }}` in a webhook step) */
  secretKey: SecretKey;
  /** how long a worker holds a run it advances without a transition; a dead worker's run is resumed after it */
  leaseMs?: number;
  workerId?: string;
}

/** A run this worker just committed with its own lease, and its pinned document. */
export interface CreatedRun {
  run: RunRow;
  document: WorkflowDocument;
}

/** The run is no longer this worker's: cancelled, or its lease went to another worker. */
class Stop extends Error {
  override name = 'Stop';
}

const DONE_STATUSES: readonly StepStatus[] = ['completed', 'skipped', 'compensated'];
const FINISHED: readonly RunStatus[] = ['completed', 'failed', 'compensated', 'cancelled'];
/** Steps with an effect outside this database: written `running` (committed) before the call. */
const EXTERNAL: readonly StepKind[] = ['action', 'webhook'];
/** In-process timers for wake-ups this close; later ones wait for the worker's timer loop. */
const LOCAL_TIMER_MS = 60_000;

/**
 * Advances runs. Every transition is committed before the next step starts; a run is held by one
 * worker at a time through a lease on its row, so a worker that dies leaves a run whose lease
 * expires and which the next worker resumes (a `running` step is retried with the same idempotency
 * key). Internal effects (events, tasks) commit with the step's transition; external effects
 * (actions, webhooks) carry the run id + step path as their idempotency key.
 */
export class Engine {
  readonly workerId: string;
  readonly leaseMs: number;
  readonly #options: EngineOptions;
  readonly #inflight = new Map<string, { again: boolean; done: Promise<void> }>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  /** definition versions are immutable: each is read once per worker */
  readonly #documents = new Map<string, WorkflowDocument>();
  #closed = false;

  constructor(options: EngineOptions) {
    this.#options = options;
    this.workerId = options.workerId ?? `worker-${randomUUID()}`;
    this.leaseMs = options.leaseMs ?? 30_000;
  }

  get log(): Logger {
    return this.#options.log;
  }

  /** Advances a run as far as it goes now; concurrent calls for one run coalesce. Never throws. */
  advance(tenantId: string, runId: string, created?: CreatedRun): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const key = `${tenantId}:${runId}`;
    const current = this.#inflight.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { again: true, done: Promise.resolve() };
    this.#inflight.set(key, entry);
    let first = created;
    entry.done = (async () => {
      try {
        while (entry.again && !this.#closed) {
          entry.again = false;
          const preloaded = first;
          first = undefined;
          if (await this.#advanceOnce(tenantId, runId, preloaded)) entry.again = true;
        }
      } catch (error) {
        this.log.error({ err: error, tenantId, runId }, 'advancing a workflow run failed');
      } finally {
        this.#inflight.delete(key);
      }
    })();
    return entry.done;
  }

  /** Waits for the runs being advanced, stops local timers. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await Promise.all([...this.#inflight.values()].map((entry) => entry.done));
  }

  #wakeLater(tenantId: string, runId: string, at: Date | null): void {
    if (!at || this.#closed) return;
    const delay = at.getTime() - Date.now();
    if (delay > LOCAL_TIMER_MS) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.advance(tenantId, runId);
    }, Math.max(0, delay) + 5);
    timer.unref?.();
    this.#timers.add(timer);
  }

  /** true when the run was woken from outside while this pass held it: advance it once more */
  async #advanceOnce(tenantId: string, runId: string, created?: CreatedRun): Promise<boolean> {
    const db = this.#options.unitOfWork(tenantId);
    // a run this worker just created holding its lease starts at once; otherwise one transaction
    // claims the run and reads its steps (and its pinned document, unless cached)
    const loaded = created
      ? { run: created.run, document: created.document, rows: [] as StepRow[] }
      : await db.run(async (sql) => {
          const run = await claimRun(sql, runId, this.workerId, this.leaseMs);
          if (!run) return null;
          const key = `${tenantId}:${run.definition_id}:${run.definition_version}`;
          let document = this.#documents.get(key) ?? null;
          if (!document) {
            document = (await definitionVersion(sql, run.definition_id, run.definition_version))?.document ?? null;
            if (document) {
              if (this.#documents.size > 500) this.#documents.clear();
              this.#documents.set(key, document);
            }
          }
          return { run, document, rows: await stepsOf(sql, runId) };
        });
    if (!loaded) return false;
    const { run, document, rows } = loaded;
    try {
      if (!document) {
        await this.#finish(db, run, 'failed', 'the definition version of this run no longer exists');
        return false;
      }
      return await this.#drive(new RunContext(this, db, run, document, rows));
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      return false;
    } finally {
      if (!FINISHED.includes(run.status)) {
        await db
          .run((sql) => releaseRunLease(sql, runId, this.workerId))
          .catch((error: unknown) => this.log.warn({ err: error, runId }, 'releasing a run lease failed'));
      }
    }
  }

  /** Runs the run as far as it goes; true when it was woken meanwhile and must be advanced again. */
  async #drive(context: RunContext): Promise<boolean> {
    const { run } = context;
    if (run.status === 'running' || run.status === 'waiting') {
      const outcome = await this.#sequence(context, context.document.steps, '');
      if (outcome === 'done') {
        await this.#finish(context.db, run, 'completed', null);
        return false;
      }
      if (outcome === 'blocked') return !(await context.park());
      const failed = [...context.rows.values()].find((row) => row.status === 'failed' && !isStructural(row));
      await context.setStatus('compensating', failed?.error ?? 'a step failed');
    }
    if (run.status === 'compensating') {
      const outcome = await this.#compensate(context);
      if (outcome === 'blocked') return false;
      const compensated = [...context.rows.values()].some((row) => row.status === 'compensated');
      await this.#finish(context.db, run, outcome === 'done' && compensated ? 'compensated' : 'failed', run.error);
    }
    return false;
  }

  /** The run's end; approvals still open in it (a parallel branch that never got its decision) expire. */
  async #finish(db: PgUnitOfWork<WorkflowsEvents, string>, run: RunRow, status: RunStatus, error: string | null) {
    await db.run(async (sql) => {
      if (await finishRun(sql, run.id, status, error)) runsFinished.inc({ outcome: status });
    });
    run.status = status;
  }

  /** The compensations of completed steps, in reverse order of completion. */
  async #compensate(context: RunContext): Promise<Outcome> {
    const candidates = [...context.rows.values()]
      .filter(
        (row) =>
          row.status === 'completed' &&
          !isCompensationPath(row.path) &&
          (context.index.get(row.path)?.compensate?.length ?? 0) > 0,
      )
      .sort((a, b) => Number(b.completed_seq ?? 0) - Number(a.completed_seq ?? 0));
    for (const row of candidates) {
      const step = context.index.get(row.path)!;
      const outcome = await this.#sequence(context, step.compensate!, `${row.path}.compensate.`);
      if (outcome !== 'done') return outcome;
      await context.write(row.path, row.kind, { status: 'compensated' });
    }
    return 'done';
  }

  async #sequence(context: RunContext, steps: readonly Step[], prefix: string): Promise<Outcome> {
    for (const step of steps) {
      const outcome = await this.#step(context, step, `${prefix}${step.id}`);
      if (outcome !== 'done') return outcome;
    }
    return 'done';
  }

  async #step(context: RunContext, step: Step, path: string): Promise<Outcome> {
    const row = context.rows.get(path);
    if (row && DONE_STATUSES.includes(row.status)) return 'done';
    if (row?.status === 'failed') return 'failed';
    const kind = stepKind(step);
    if (!row && step.when) {
      let go: boolean;
      try {
        go = await evaluateBoolean(step.when, context.scope());
      } catch (error) {
        await context.write(path, kind, { status: 'failed', error: messageOf(error), finished: true });
        return 'failed';
      }
      if (!go) {
        await context.write(path, kind, { status: 'skipped', input: { when: step.when }, finished: true });
        return 'done';
      }
    }
    if (kind === 'condition') return this.#condition(context, step as ConditionStep, path, row);
    if (kind === 'parallel') return this.#parallel(context, step as ParallelStep, path, row);
    return this.#leaf(context, step, path, kind, row);
  }

  async #condition(context: RunContext, step: ConditionStep, path: string, row: StepRow | undefined) {
    let branch: 'then' | 'else';
    if (!row) {
      let value: boolean;
      try {
        value = await evaluateBoolean(step.condition.if, context.scope());
      } catch (error) {
        await context.write(path, 'condition', { status: 'failed', error: messageOf(error), finished: true });
        return 'failed';
      }
      branch = value ? 'then' : 'else';
      await context.write(path, 'condition', {
        status: 'running',
        attempt: 1,
        input: { if: step.condition.if },
        output: { branch, value },
        started: true,
      });
    } else {
      branch = (row.output as { branch?: 'then' | 'else' } | null)?.branch === 'else' ? 'else' : 'then';
    }
    const steps = branch === 'then' ? step.condition.then : (step.condition.else ?? []);
    const outcome = await this.#sequence(context, steps, `${path}.${branch}.`);
    if (outcome === 'done') await context.write(path, 'condition', { status: 'completed', finished: true });
    if (outcome === 'failed') {
      await context.write(path, 'condition', {
        status: 'failed',
        error: 'a step of the branch failed',
        finished: true,
      });
    }
    return outcome;
  }

  async #parallel(context: RunContext, step: ParallelStep, path: string, row: StepRow | undefined) {
    if (!row) {
      await context.write(path, 'parallel', {
        status: 'running',
        attempt: 1,
        input: { branches: step.parallel.branches.length },
        started: true,
      });
    }
    const outcomes = await Promise.all(
      step.parallel.branches.map((branch, at) => this.#sequence(context, branch, `${path}.${at}.`)),
    );
    if (outcomes.includes('failed')) {
      // the others are settled (done or waiting); the run now compensates what completed
      await context.write(path, 'parallel', { status: 'failed', error: 'a branch failed', finished: true });
      return 'failed';
    }
    if (outcomes.includes('blocked')) return 'blocked';
    await context.write(path, 'parallel', {
      status: 'completed',
      output: { branches: outcomes.length },
      finished: true,
    });
    return 'done';
  }

  async #leaf(context: RunContext, step: Step, path: string, kind: StepKind, row: StepRow | undefined) {
    const now = Date.now();
    if (row?.status === 'waiting') {
      if (!row.wake_at || row.wake_at.getTime() > now) return 'blocked';
      return this.#wake(context, step, path, kind, row);
    }
    if (row?.status === 'pending' && row.wake_at && row.wake_at.getTime() > now) return 'blocked';
    // a first attempt, a retry after backoff, or a `running` step whose worker died: the same key each time
    const attempt = (row?.attempt ?? 0) + 1;
    let input: unknown;
    try {
      input = await resolveStepInput(kind, step, context.scope());
    } catch (error) {
      return this.#failed(context, step, path, kind, attempt, error, true, { started: true });
    }
    const attemptStart = { attempt, input, started: true, error: null, wakeAt: null } as const;
    // an internal step commits its start with its outcome (nothing happened if the worker dies first)
    if (EXTERNAL.includes(kind)) await context.write(path, kind, { status: 'running', ...attemptStart });
    let effect: Effect;
    try {
      effect = await executeStep(kind, step, input, {
        tenantId: context.db.tenantId,
        run: context.run,
        document: context.document,
        path,
        idempotencyKey: idempotencyKeyOf(context.run.id, path),
        actions: this.#options.actions,
        webhooks: this.#options.webhooks,
        secret: (name) => context.db.run((sql) => secretValue(sql, this.#options.secretKey, context.db.tenantId, name)),
      });
    } catch (error) {
      const permanent =
        (error instanceof ActionFailure && error.permanent) || (error instanceof StepFailure && error.permanent);
      return this.#failed(context, step, path, kind, attempt, error, permanent, attemptStart);
    }
    return this.#apply(context, path, kind, effect, EXTERNAL.includes(kind) ? {} : attemptStart);
  }

  async #apply(
    context: RunContext,
    path: string,
    kind: StepKind,
    effect: Effect,
    start: StepWrite = {},
  ): Promise<Outcome> {
    if (effect.type === 'complete') {
      await context.write(
        path,
        kind,
        { ...start, status: 'completed', output: effect.output, finished: true },
        async (sql, tx) => {
          if (effect.vars) {
            await mergeRunVars(sql, context.run.id, effect.vars);
            context.run.vars = { ...context.run.vars, ...effect.vars };
          }
          if (effect.notification) {
            await tx.emit('workflows.notification.requested', context.run.id, effect.notification);
          }
        },
      );
      return 'done';
    }
    await context.write(
      path,
      kind,
      { ...start, status: 'waiting', wakeAt: effect.wakeAt, waitEvent: effect.waitEvent ?? null },
      async (sql, tx) => {
        if (!effect.task) return;
        const task = effect.task;
        const taskId = await openTask(sql, tx.tenantId, {
          runId: context.run.id,
          stepPath: path,
          title: task.title,
          description: task.description,
          scope: task.scope,
          quorum: task.quorum,
          dueAt: task.dueAt,
          escalateAt: task.escalateAt,
          escalationScope: task.escalationScope,
          requester: context.run.requester,
        });
        await tx.emit('workflows.task.created', taskId, {
          taskId,
          runId: context.run.id,
          workflowName: context.document.name,
          title: task.title,
          scope: task.scope,
          dueAt: task.dueAt?.toISOString() ?? null,
        });
      },
    );
    this.#wakeLater(context.db.tenantId, context.run.id, effect.wakeAt);
    return 'blocked';
  }

  /** A waiting step whose time came: a duration passed, an event's timeout, an approval's escalation or due date. */
  async #wake(context: RunContext, step: Step, path: string, kind: StepKind, row: StepRow): Promise<Outcome> {
    if (kind === 'wait') {
      const output = row.wait_event ? { timedOut: true, event: null } : { waitedUntil: row.wake_at?.toISOString() };
      return this.#apply(context, path, kind, { type: 'complete', output });
    }
    if (kind !== 'approval') return this.#apply(context, path, kind, { type: 'complete', output: row.output });
    const state: { outcome: Outcome; nextWake: Date | null } = { outcome: 'blocked', nextWake: null };
    await context.write(path, kind, {}, async (sql, tx) => {
      const task = await lockTaskOfStep(sql, context.run.id, path);
      const now = Date.now();
      if (task?.status !== 'open') {
        const decisions = task ? await decisionsOf(sql, [task.id]) : [];
        await completeApproval(sql, context.run.id, path, task?.status ?? 'expired', decisions);
        state.outcome = 'done';
        return;
      }
      if (task.due_at && task.due_at.getTime() <= now) {
        await expireTask(sql, task.id);
        await completeApproval(sql, context.run.id, path, 'expired', await decisionsOf(sql, [task.id]));
        state.outcome = 'done';
        return;
      }
      if (task.escalate_at && !task.escalated_at && task.escalate_at.getTime() <= now && task.escalation_scope) {
        await escalateTask(sql, task.id);
        await tx.emit('workflows.task.created', task.id, {
          taskId: task.id,
          runId: context.run.id,
          workflowName: context.document.name,
          title: task.title,
          scope: task.escalation_scope,
          dueAt: task.due_at?.toISOString() ?? null,
        });
      }
      state.nextWake = task.due_at;
      await setStepWakeAt(sql, context.run.id, path, task.due_at);
    });
    await context.reload(path);
    if (state.outcome === 'done') return 'done';
    this.#wakeLater(context.db.tenantId, context.run.id, state.nextWake);
    void step;
    return 'blocked';
  }

  async #failed(
    context: RunContext,
    step: Step,
    path: string,
    kind: StepKind,
    attempt: number,
    error: unknown,
    permanent: boolean,
    start: StepWrite = {},
  ): Promise<Outcome> {
    const attempts = step.retry?.attempts ?? 1;
    const message = messageOf(error);
    if (!permanent && attempt < attempts) {
      const base = durationMs(step.retry?.backoff ?? '1s') ?? 1_000;
      const wakeAt = new Date(Date.now() + backoffMs(base, attempt));
      await context.write(path, kind, { ...start, status: 'pending', attempt, error: message, wakeAt });
      this.#wakeLater(context.db.tenantId, context.run.id, wakeAt);
      return 'blocked';
    }
    this.log.info({ runId: context.run.id, path, attempt, error: message }, 'a workflow step failed');
    await context.write(path, kind, { ...start, status: 'failed', attempt, error: message, finished: true });
    return 'failed';
  }
}

/** Marks an approval step completed with the task's outcome (in the caller's transaction). */
export async function completeApproval(
  sql: Sql,
  runId: string,
  path: string,
  status: string,
  decisions: { member: string; decision: string; comment: string | null; decided_at: Date }[],
): Promise<void> {
  const output = {
    approved: status === 'approved',
    /** approved, rejected or expired */
    decision: status,
    status,
    decisions: decisions.map((decision) => ({
      by: decision.member,
      decision: decision.decision,
      comment: decision.comment,
      at: decision.decided_at,
    })),
  };
  await completeWaitingStep(sql, runId, path, output);
}

const isStructural = (row: StepRow) => row.kind === 'condition' || row.kind === 'parallel';

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);

/** One run being advanced: its row, document, steps by path, and transitions that renew the lease. */
class RunContext {
  readonly index: Map<string, Step>;
  readonly rows: Map<string, StepRow>;
  readonly db: PgUnitOfWork<WorkflowsEvents, string>;
  readonly run: RunRow;
  readonly document: WorkflowDocument;
  readonly #engine: Engine;

  constructor(
    engine: Engine,
    db: PgUnitOfWork<WorkflowsEvents, string>,
    run: RunRow,
    document: WorkflowDocument,
    rows: StepRow[],
  ) {
    this.#engine = engine;
    this.db = db;
    this.run = run;
    this.document = document;
    this.index = indexSteps(document.steps);
    this.rows = new Map(rows.map((row) => [row.path, row]));
  }

  scope(): ExpressionScope {
    const steps: Record<string, { output: unknown }> = {};
    for (const row of this.rows.values()) {
      if (row.output !== null && row.output !== undefined) steps[stepIdOf(row.path)] = { output: row.output };
    }
    return {
      event: this.run.event ?? undefined,
      input: this.run.input ?? undefined,
      vars: this.run.vars,
      steps,
      run: { id: this.run.id, startedAt: this.run.started_at.toISOString() },
      tenant: { id: this.db.tenantId },
    };
  }

  async setStatus(status: RunStatus, error: string | null = this.run.error): Promise<void> {
    await this.db.run((sql) => setRunStatus(sql, this.run.id, status, error));
    this.run.status = status;
    this.run.error = error;
  }

  /**
   * The run waits (for time, an event, a decision): `waiting`, unless something completed one of its
   * steps since this pass claimed it (false: advance it again).
   */
  async park(): Promise<boolean> {
    const parked = await this.db.run((sql) => parkRun(sql, this.run.id, this.run.wakeups));
    if (parked) this.run.status = 'waiting';
    return parked;
  }

  async reload(path: string): Promise<void> {
    const row = await this.db.run((sql) => stepOfRun(sql, this.run.id, path));
    if (row) this.rows.set(path, row);
  }

  /**
   * One committed transition of a step (inserted on its first write), with `more` in the same
   * transaction (events, tasks, variables). Renews the lease; stops when the run was cancelled or
   * its lease lost.
   */
  async write(
    path: string,
    kind: StepKind,
    change: StepWrite,
    more?: (sql: Sql, tx: Tx) => Promise<void>,
  ): Promise<void> {
    const engine = this.#engine;
    const result = await this.db.tx(async (sql, tx) => {
      const status = await renewRunLease(
        sql,
        this.run.id,
        engine.workerId,
        engine.leaseMs,
        change.status === 'running' || change.started === true,
      );
      if (!status || status === 'cancelled') throw new Stop(status ? 'cancelled' : 'lease lost');
      if (status === 'running') this.run.status = 'running';
      const row = await writeStep(
        sql,
        { tenantId: tx.tenantId, runId: this.run.id, path, kind, idempotencyKey: idempotencyKeyOf(this.run.id, path) },
        change,
      );
      if (more) await more(sql, tx);
      return ok(row);
    });
    if (result.ok) this.rows.set(path, result.value);
  }
}
