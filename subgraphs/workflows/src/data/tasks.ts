import type { Sql } from '../db.ts';

export type TaskStatus = 'open' | 'approved' | 'rejected' | 'expired';
export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'approved', 'rejected', 'expired'];

export interface TaskRow {
  tenant_id: string;
  id: string;
  run_id: string;
  step_path: string;
  title: string;
  description: string | null;
  scope: string;
  quorum: number;
  due_at: Date | null;
  escalate_at: Date | null;
  escalation_scope: string | null;
  escalated_at: Date | null;
  status: TaskStatus;
  requester: string | null;
  decided_at: Date | null;
  created_at: Date;
}

export interface DecisionRow {
  task_id: string;
  member: string;
  decision: 'approve' | 'reject';
  comment: string | null;
  decided_at: Date;
}

export async function decisionsOf(sql: Sql, taskIds: readonly string[]): Promise<DecisionRow[]> {
  const { rows } = await sql.query<DecisionRow>(
    `select task_id, member, decision, comment, decided_at from workflows.task_decisions
      where task_id = any($1::uuid[]) order by decided_at, member`,
    [taskIds],
  );
  return rows;
}

/** The scopes a task is decided with: its own, and the escalation's once escalated. */
export const scopesOfTask = (task: Pick<TaskRow, 'scope' | 'escalation_scope' | 'escalated_at'>): string[] =>
  task.escalated_at && task.escalation_scope ? [task.scope, task.escalation_scope] : [task.scope];

/** SQL condition: the task may be decided by a holder of one of `$n` (a text[] parameter). */
export const taskScopeHeld = (parameter: string) =>
  `(t.scope = any(${parameter}) or (t.escalated_at is not null and t.escalation_scope = any(${parameter})))`;
