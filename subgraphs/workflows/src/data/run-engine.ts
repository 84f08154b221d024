// The engine's statements on runs, their steps and approval tasks (src/engine/engine.ts drives them).
// Most are hand SQL, each saying why: a run is held through its lease, and a transition only applies
// to a row still in the state the worker saw, in one statement that stamps the database's clock.
import { orm, type Sql } from '../db.ts';
import type { RunRow, RunStatus, StepRow, StepStatus, TaskRow } from './rows.ts';

/** Takes (or renews) the run's lease for `workerId` unless another live worker holds it; null: not ours. */
export async function claimRun(sql: Sql, runId: string, workerId: string, leaseMs: number): Promise<RunRow | null> {
  // a conditional update on the lease's expiry, stamped with the database's clock
  const { rows } = await sql.query<RunRow>(
    `update workflows.runs set lease_owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000)
      where id = $1 and status in ('running', 'waiting', 'compensating')
        and (lease_until is null or lease_until < now() or lease_owner = $2)
      returning *`,
    [runId, workerId, leaseMs],
  );
  return rows[0] ?? null;
}

/** Gives the run's lease back, if `workerId` still holds it. */
export async function releaseRunLease(sql: Sql, runId: string, workerId: string): Promise<void> {
  await orm(sql, (db) =>
    db.run.updateMany({ where: { id: runId, leaseOwner: workerId }, data: { leaseOwner: null, leaseUntil: null } }),
  );
}

/**
 * Renews the lease `workerId` holds (and puts a waiting run back to running when `resume`); the run's
 * status after it, or null when the lease is no longer this worker's.
 */
export async function renewRunLease(
  sql: Sql,
  runId: string,
  workerId: string,
  leaseMs: number,
  resume: boolean,
): Promise<RunStatus | null> {
  // a conditional update whose new status depends on the row's own, stamped with the database's clock
  const { rows } = await sql.query<{ status: RunStatus }>(
    `update workflows.runs set lease_until = now() + make_interval(secs => $3::double precision / 1000),
            updated_at = now(),
            status = case when status = 'waiting' and $4::boolean then 'running' else status end
      where id = $1 and lease_owner = $2 returning status`,
    [runId, workerId, leaseMs, resume],
  );
  return rows[0]?.status ?? null;
}

/**
 * Ends an unfinished run in `status` (lease given back), and expires the approvals still open in it;
 * false when the run had already ended.
 */
export async function finishRun(sql: Sql, runId: string, status: RunStatus, error: string | null): Promise<boolean> {
  // conditional on the run not having ended, stamped with the database's clock; the open approvals
  // expire in the same statement (the end of every run: one round trip, not two)
  const { rows } = await sql.query<{ ended: boolean }>(
    `with ended as (
       update workflows.runs set status = $2, error = $3, finished_at = now(), updated_at = now(),
              lease_owner = null, lease_until = null
        where id = $1 and status not in ('completed', 'failed', 'compensated', 'cancelled')
       returning id
     ), expired as (
       update workflows.tasks set status = 'expired', decided_at = now()
        where run_id in (select id from ended) and status = 'open'
     )
     select exists (select 1 from ended) as ended`,
    [runId, status, error],
  );
  return rows[0]?.ended === true;
}

/** Moves an unfinished run to `status`. */
export async function setRunStatus(sql: Sql, runId: string, status: RunStatus, error: string | null): Promise<void> {
  // conditional on the run not having ended, stamped with the database's clock
  await sql.query(
    `update workflows.runs set status = $2, error = $3, updated_at = now()
      where id = $1 and status not in ('completed', 'failed', 'compensated', 'cancelled')`,
    [runId, status, error],
  );
}

/** The run waits, unless it was woken since `wakeups` was read; false: woken, advance it again. */
export async function parkRun(sql: Sql, runId: string, wakeups: number): Promise<boolean> {
  // conditional on the wake-up count the worker saw, stamped with the database's clock
  const { rowCount } = await sql.query(
    `update workflows.runs set status = 'waiting', updated_at = now()
      where id = $1 and wakeups = $2 and status in ('running', 'waiting')`,
    [runId, wakeups],
  );
  return (rowCount ?? 0) > 0;
}

/** Adds `vars` to the run's variables. */
export async function mergeRunVars(sql: Sql, runId: string, vars: Record<string, unknown>): Promise<void> {
  // a jsonb merge in the database (`||`), which Prisma's update cannot say
  await sql.query(`update workflows.runs set vars = vars || $2::jsonb where id = $1`, [runId, JSON.stringify(vars)]);
}

/** One step of a run, as stored. */
export async function stepOfRun(sql: Sql, runId: string, path: string): Promise<StepRow | null> {
  // a whole row under its column names, as the engine's other step statements return it (`returning *`)
  const { rows } = await sql.query<StepRow>('select * from workflows.run_steps where run_id = $1 and path = $2', [
    runId,
    path,
  ]);
  return rows[0] ?? null;
}

/** What a transition of a step changes; what it leaves undefined keeps its stored value. */
export interface StepWrite {
  status?: StepStatus;
  attempt?: number;
  input?: unknown;
  output?: unknown;
  error?: string | null;
  wakeAt?: Date | null;
  waitEvent?: string | null;
  started?: boolean;
  finished?: boolean;
}

/** One transition of a step: inserted on its first write, else changed where `change` says. */
export async function writeStep(
  sql: Sql,
  step: { tenantId: string; runId: string; path: string; kind: string; idempotencyKey: string },
  change: StepWrite,
): Promise<StepRow> {
  // a conditional upsert that stamps the database's clock and draws the completion sequence
  const { rows } = await sql.query<StepRow>(
    `insert into workflows.run_steps as s (tenant_id, run_id, path, kind, status, attempt, input, output, error,
       wake_at, wait_event, idempotency_key, started_at, finished_at, completed_seq)
     values ($1, $2, $3, $4, coalesce($5, 'pending'), coalesce($6, 0), $7, $8, $9, $10, $11, $12,
       case when $13 then now() end, case when $14 then now() end,
       case when $15 then nextval('workflows.run_step_completion') end)
     on conflict (tenant_id, run_id, path) do update set
       status = coalesce($5, s.status),
       attempt = coalesce($6, s.attempt),
       input = case when $16 then excluded.input else s.input end,
       output = case when $17 then excluded.output else s.output end,
       error = case when $18 then excluded.error else s.error end,
       wake_at = case when $19 then excluded.wake_at else s.wake_at end,
       wait_event = case when $20 then excluded.wait_event else s.wait_event end,
       started_at = case when $13 then now() else s.started_at end,
       finished_at = case when $14 then now() else s.finished_at end,
       completed_seq = case when $15 then nextval('workflows.run_step_completion') else s.completed_seq end
     returning *`,
    [
      step.tenantId,
      step.runId,
      step.path,
      step.kind,
      change.status ?? null,
      change.attempt ?? null,
      change.input === undefined ? null : JSON.stringify(change.input),
      change.output === undefined ? null : JSON.stringify(change.output),
      change.error ?? null,
      change.wakeAt ?? null,
      change.waitEvent ?? null,
      step.idempotencyKey,
      change.started === true,
      change.finished === true,
      change.status === 'completed',
      change.input !== undefined,
      change.output !== undefined,
      change.error !== undefined,
      change.wakeAt !== undefined || change.status === 'completed',
      change.waitEvent !== undefined,
    ],
  );
  return rows[0]!;
}

/** Sets when a waiting step is next due. */
export async function setStepWakeAt(sql: Sql, runId: string, path: string, wakeAt: Date | null): Promise<void> {
  await orm(sql, (db) => db.runStep.updateMany({ where: { runId, path }, data: { wakeAt } }));
}

/**
 * Completes a waiting step from outside the engine's transitions (a decision, an awaited event) with
 * `output`; a step no longer waiting is left as it is.
 */
export async function completeWaitingStep(sql: Sql, runId: string, path: string, output: unknown): Promise<void> {
  // conditional on the step still waiting, stamped with the database's clock, drawing the completion sequence
  await sql.query(
    `update workflows.run_steps set status = 'completed', output = $3, wake_at = null, finished_at = now(),
            completed_seq = nextval('workflows.run_step_completion')
      where run_id = $1 and path = $2 and status = 'waiting'`,
    [runId, path, JSON.stringify(output)],
  );
}

/** The approval task of a step, locked until the transaction ends. */
export type LockedTask = Pick<
  TaskRow,
  'id' | 'status' | 'due_at' | 'escalate_at' | 'escalated_at' | 'escalation_scope' | 'title'
>;

export async function lockTaskOfStep(sql: Sql, runId: string, path: string): Promise<LockedTask | null> {
  // a row lock (for update) against a decision arriving meanwhile
  const { rows } = await sql.query<LockedTask>(
    'select * from workflows.tasks where run_id = $1 and step_path = $2 for update',
    [runId, path],
  );
  return rows[0] ?? null;
}

/** An open task's due date passed: expired. */
export async function expireTask(sql: Sql, taskId: string): Promise<void> {
  // stamped with the database's clock, as every decision is
  await sql.query(`update workflows.tasks set status = 'expired', decided_at = now() where id = $1`, [taskId]);
}

/** An open task's escalation time passed: its escalation scope decides too. */
export async function escalateTask(sql: Sql, taskId: string): Promise<void> {
  // stamped with the database's clock
  await sql.query('update workflows.tasks set escalated_at = now() where id = $1', [taskId]);
}

/** What an approval step asks for: who decides, how many, by when. */
export interface ApprovalTask {
  title: string;
  description: string | null;
  scope: string;
  quorum: number;
  dueAt: Date | null;
  escalateAt: Date | null;
  escalationScope: string | null;
}

/** The task an approval step opens, for its run and step (once per step: a repeated write keeps its id). */
export interface NewTask extends ApprovalTask {
  runId: string;
  stepPath: string;
  requester: string | null;
}

/** Opens the approval task of a step (the one already opened for it, retitled, on a retry); its id. */
export async function openTask(sql: Sql, tenantId: string, task: NewTask): Promise<string> {
  const row = await orm(sql, (db) =>
    db.task.upsert({
      where: { tenantId_runId_stepPath: { tenantId, runId: task.runId, stepPath: task.stepPath } },
      create: { tenantId, ...task },
      update: { title: task.title },
      select: { id: true },
    }),
  );
  return row.id;
}

/** A step waiting for an event, with what its filter reads from its run. */
export type StepWaitingForEvent = Pick<StepRow, 'run_id' | 'path'> &
  Pick<RunRow, 'definition_id' | 'definition_version' | 'vars' | 'input'>;

/** The steps of live runs waiting for `eventType`, locked until the transaction ends. */
export async function lockStepsWaitingFor(sql: Sql, eventType: string): Promise<StepWaitingForEvent[]> {
  const { rows } = await sql.query<StepWaitingForEvent>(
    // a blocking lock, not SKIP LOCKED: two events handled at once (or by two replicas) must both see
    // a waiting step; the second one waits, then finds it still waiting or already completed
    `select s.run_id, s.path, r.definition_id, r.definition_version, r.vars, r.input
       from workflows.run_steps s join workflows.runs r on r.tenant_id = s.tenant_id and r.id = s.run_id
      where s.status = 'waiting' and s.wait_event = $1
        and r.status in ('running', 'waiting', 'compensating')
      order by s.run_id, s.path
      for update of s`,
    [eventType],
  );
  return rows;
}
