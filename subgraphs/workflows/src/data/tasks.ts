import { type Connection, type CURSOR_KEYS, keysetPage, one, type Page } from '@ucos/kit';
import { orm, type Sql } from '../db.ts';
import type { DecisionRow, TaskNode, TaskRow, TaskStatus } from './rows.ts';

export type { DecisionRow, TaskNode, TaskRow, TaskStatus } from './rows.ts';

export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'approved', 'rejected', 'expired'];

export async function decisionsOf(sql: Sql, taskIds: readonly string[]): Promise<DecisionRow[]> {
  const decisions = await orm(sql, (db) =>
    db.taskDecision.findMany({
      where: { taskId: { in: [...taskIds] } },
      orderBy: [{ decidedAt: 'asc' }, { member: 'asc' }],
    }),
  );
  return decisions.map((row) => ({
    task_id: row.taskId,
    member: row.member,
    decision: row.decision as DecisionRow['decision'],
    comment: row.comment,
    decided_at: row.decidedAt,
  }));
}

/** The scopes a task is decided with: its own, and the escalation's once escalated. */
export const scopesOfTask = (task: Pick<TaskRow, 'scope' | 'escalation_scope' | 'escalated_at'>): string[] =>
  task.escalated_at && task.escalation_scope ? [task.scope, task.escalation_scope] : [task.scope];

/** SQL condition: the task may be decided by a holder of one of `$n` (a text[] parameter). */
export const taskScopeHeld = (parameter: string) =>
  `(t.scope = any(${parameter}) or (t.escalated_at is not null and t.escalation_scope = any(${parameter})))`;

// the API's tasks carry their run's workflow's name: a correlated read over two tables
const TASK_COLUMNS = `*, (select d.name from workflows.runs r join workflows.definitions d
  on d.tenant_id = r.tenant_id and d.id = r.definition_id where r.tenant_id = tasks.tenant_id and r.id = tasks.run_id) as workflow_name`;
/** the task's deciding scopes (its own, and the escalation's once escalated) meet the viewer's */
const TASK_SCOPE_HELD = `(case when escalated_at is not null and escalation_scope is not null
  then array[scope, escalation_scope] else array[scope] end) && ?::text[]`;

/** The tasks of one run, named with its workflow. */
export async function tasksOfRun(sql: Sql, runId: string, workflowName: string): Promise<TaskNode[]> {
  // whole rows under their column names (the API's task rows), named in the same statement
  const { rows } = await sql.query<TaskNode>(
    `select t.*, $2::text as workflow_name from workflows.tasks t where t.run_id = $1`,
    [runId, workflowName],
  );
  return rows;
}

/** Who is asking for the inbox: their scopes (null: every scope) and subject (never their own runs' tasks). */
export interface InboxViewer {
  scopes: string[] | null;
  subject: string;
}

/** One page of the viewer's inbox in `status`, newest first (a keyset listing). */
export const inboxPage = (
  sql: Sql,
  viewer: InboxViewer,
  status: TaskStatus,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<TaskNode & { keysetAt: string }>> =>
  // an array-overlap filter Prisma's filters cannot say
  keysetPage<TaskNode>(sql, {
    table: 'workflows.tasks',
    columns: TASK_COLUMNS,
    conditions: [
      ['status = ?', status],
      viewer.scopes ? [TASK_SCOPE_HELD, viewer.scopes] : null,
      // a run's requester never decides its approvals: they are not in their inbox
      ['requester is distinct from ?', viewer.subject],
    ],
    page,
  });

/** Open tasks the viewer may decide (the navigation badge). */
export async function openTaskCount(sql: Sql, viewer: InboxViewer): Promise<number> {
  // the scope overlap is an array operator Prisma's filters cannot say
  const row = await one<{ count: number }>(
    sql,
    `select count(*)::int as count from workflows.tasks where status = 'open'
       and ($1::text[] is null or ${TASK_SCOPE_HELD.replace('?', '$1')}) and requester is distinct from $2`,
    [viewer.scopes, viewer.subject],
  );
  return row?.count ?? 0;
}
