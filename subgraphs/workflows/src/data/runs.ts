import type { Sql } from '../db.ts';
import type { StepKind } from '../definitions/model.ts';

export type RunStatus = 'running' | 'waiting' | 'completed' | 'failed' | 'compensating' | 'compensated' | 'cancelled';
export type StepStatus = 'pending' | 'running' | 'waiting' | 'completed' | 'failed' | 'skipped' | 'compensated';

export const RUN_STATUSES: readonly RunStatus[] = [
  'running',
  'waiting',
  'completed',
  'failed',
  'compensating',
  'compensated',
  'cancelled',
];
export const STEP_STATUSES: readonly StepStatus[] = [
  'pending',
  'running',
  'waiting',
  'completed',
  'failed',
  'skipped',
  'compensated',
];
export const FINISHED_RUN_STATUSES: readonly RunStatus[] = ['completed', 'failed', 'compensated', 'cancelled'];

export type RunTrigger =
  | { kind: 'event'; eventId: string; eventType: string }
  | { kind: 'schedule'; scheduledAt: string }
  | { kind: 'manual' };

export interface RunRow {
  tenant_id: string;
  id: string;
  definition_id: string;
  definition_version: number;
  status: RunStatus;
  trigger: RunTrigger;
  requester: string | null;
  event: unknown;
  input: unknown;
  vars: Record<string, unknown>;
  error: string | null;
  lease_owner: string | null;
  lease_until: Date | null;
  wakeups: number;
  started_at: Date;
  finished_at: Date | null;
}

export interface StepRow {
  tenant_id: string;
  run_id: string;
  path: string;
  kind: StepKind;
  status: StepStatus;
  attempt: number;
  input: unknown;
  output: unknown;
  error: string | null;
  wake_at: Date | null;
  wait_event: string | null;
  idempotency_key: string;
  completed_seq: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: Date;
}

export interface NewRun {
  definitionId: string;
  version: number;
  trigger: RunTrigger;
  requester: string | null;
  event: unknown;
  input: unknown;
  vars: Record<string, unknown>;
  /** `event:<id>` or `schedule:<iso>`: a second start with the same key is refused by the database */
  dedupeKey: string | null;
  /** the worker creating it holds it at once (it advances the run right after the commit) */
  lease?: { owner: string; ms: number };
}

/** Inserts a run; null when the dedupe key already started one. */
export async function insertRun(sql: Sql, tenantId: string, run: NewRun): Promise<RunRow | null> {
  const { rows } = await sql.query<RunRow>(
    `insert into workflows.runs (tenant_id, definition_id, definition_version, trigger, requester, event, input, vars,
       dedupe_key, lease_owner, lease_until)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
       case when $10::text is null then null else now() + make_interval(secs => $11::double precision / 1000) end)
     on conflict on constraint runs_dedupe do nothing returning *`,
    [
      tenantId,
      run.definitionId,
      run.version,
      JSON.stringify(run.trigger),
      run.requester,
      run.event === undefined ? null : JSON.stringify(run.event),
      run.input === undefined ? null : JSON.stringify(run.input),
      JSON.stringify(run.vars),
      run.dedupeKey,
      run.lease?.owner ?? null,
      run.lease?.ms ?? 0,
    ],
  );
  return rows[0] ?? null;
}

export async function runById(sql: Sql, runId: string): Promise<RunRow | null> {
  const { rows } = await sql.query<RunRow>('select * from workflows.runs where id = $1', [runId]);
  return rows[0] ?? null;
}

export async function stepsOf(sql: Sql, runId: string): Promise<StepRow[]> {
  const { rows } = await sql.query<StepRow>(
    `select * from workflows.run_steps where run_id = $1
      order by coalesce(started_at, created_at), created_at, path`,
    [runId],
  );
  return rows;
}

export async function stepsOfRuns(sql: Sql, runIds: readonly string[]): Promise<StepRow[]> {
  const { rows } = await sql.query<StepRow>(
    `select * from workflows.run_steps where run_id = any($1::uuid[])
      order by coalesce(started_at, created_at), created_at, path`,
    [runIds],
  );
  return rows;
}

/**
 * After a waiting step was completed from outside the engine (a decision, an awaited event), in the
 * same transaction: the run is `running` again and its wake-up count moves, so a worker holding it
 * right now advances it once more instead of leaving it `waiting`, and any worker's timer loop finds it.
 */
export async function wakeRun(sql: Sql, runId: string): Promise<void> {
  await sql.query(
    `update workflows.runs set wakeups = wakeups + 1, updated_at = now(),
            status = case when status = 'waiting' then 'running' else status end
      where id = $1`,
    [runId],
  );
}
