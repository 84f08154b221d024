import { type Connection, type CURSOR_KEYS, keysetPage, type Page } from '@ucos/kit';
import { one, type Sql } from '../db.ts';
import type { RunNode, RunRow, RunStatus, RunTrigger, StepRow, StepStatus } from './rows.ts';

export type { RunNode, RunRow, RunStatus, RunTrigger, StepRow, StepStatus } from './rows.ts';

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
  // a conditional insert (a repeated dedupe key starts nothing) whose lease runs on the database's clock
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
  // a whole row under its column names, as the engine's run statements return it (`returning *`)
  const { rows } = await sql.query<RunRow>('select * from workflows.runs where id = $1', [runId]);
  return rows[0] ?? null;
}

// the API's runs carry their workflow's name: a correlated read Prisma's relation include would split in two
const RUN_COLUMNS = `*, (select d.name from workflows.definitions d where d.tenant_id = runs.tenant_id
  and d.id = runs.definition_id) as workflow_name`;

/** A run as the API shows it (with its workflow's name), or null. */
export const runNodeById = (sql: Sql, runId: string): Promise<RunNode | null> =>
  one<RunNode>(sql, `select ${RUN_COLUMNS} from workflows.runs where id = $1`, [runId]);

/** One page of runs, newest first (a keyset listing), each named by a correlated read. */
export const runsPage = (
  sql: Sql,
  filter: { workflowId: string | null; status: RunStatus | null },
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<RunNode & { keysetAt: string }>> =>
  keysetPage<RunNode>(sql, {
    table: 'workflows.runs',
    columns: RUN_COLUMNS,
    conditions: [
      filter.workflowId ? ['definition_id = ?::uuid', filter.workflowId] : null,
      filter.status ? ['status = ?', filter.status] : null,
    ],
    page,
    instant: 'started_at',
  });

export async function stepsOf(sql: Sql, runId: string): Promise<StepRow[]> {
  // whole rows under their column names, ordered by an expression (`coalesce`) Prisma's orderBy cannot say
  const { rows } = await sql.query<StepRow>(
    `select * from workflows.run_steps where run_id = $1
      order by coalesce(started_at, created_at), created_at, path`,
    [runId],
  );
  return rows;
}

export async function stepsOfRuns(sql: Sql, runIds: readonly string[]): Promise<StepRow[]> {
  // as stepsOf, for a loader's batch of runs
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
  // a conditional update whose new status depends on the row's own, stamped with the database's clock
  await sql.query(
    `update workflows.runs set wakeups = wakeups + 1, updated_at = now(),
            status = case when status = 'waiting' then 'running' else status end
      where id = $1`,
    [runId],
  );
}
