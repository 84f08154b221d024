import { fail, ok, type PayloadError, payloadError, type Result } from '@ucos/kit';
import { orm, type TenantDb } from '../db.ts';
import { completeApproval } from '../engine/engine.ts';
import { wakeRun } from './runs.ts';
import { type DecisionRow, decisionsOf, scopesOfTask, type TaskRow } from './tasks.ts';

export const TASK_DECIDE_CODES = ['NOT_FOUND', 'ALREADY_DECIDED', 'OWN_REQUEST', 'FORBIDDEN_SCOPE'] as const;
export type TaskDecideCode = (typeof TASK_DECIDE_CODES)[number];

export interface Decider {
  subject: string;
  /** the member's scopes; `*` holds them all */
  scopes: readonly string[];
}

const error = (code: TaskDecideCode, message: string, field: string[] | null = null): PayloadError<TaskDecideCode> =>
  payloadError(code, message, field);

/**
 * A member approves or rejects an open task. One rejection rejects; `quorum` approvals approve. The
 * decision, the task's outcome, the approval step's completion and `workflows.task.decided` (which
 * the worker continues the run on) commit together. The run's requester never decides their own.
 */
export async function decideTask(
  db: TenantDb,
  taskId: string,
  decider: Decider,
  decision: 'approve' | 'reject',
  comment: string | null,
): Promise<Result<TaskRow, TaskDecideCode>> {
  return db.tx(
    async (sql, tx) => {
      // a row lock (for update): two decisions of one task count one after the other
      const { rows } = await sql.query<TaskRow>('select * from workflows.tasks where id = $1 for update', [taskId]);
      const task = rows[0];
      const held = (scope: string) => decider.scopes.includes('*') || decider.scopes.includes(scope);
      if (!task) return fail(error('NOT_FOUND', 'No such task', ['input', 'taskId']));
      if (decider.subject.startsWith('workflow:') || !decider.subject) {
        // an approval is a person's decision: a workflow's own service identity never makes one
        return fail(error('FORBIDDEN_SCOPE', 'Only a member decides a task', ['input', 'taskId']));
      }
      if (!scopesOfTask(task).some(held)) {
        // a task outside the member's scopes is not theirs to see either
        return fail(error('FORBIDDEN_SCOPE', `Deciding this task needs the scope ${task.scope}`, ['input', 'taskId']));
      }
      if (task.requester && task.requester === decider.subject) {
        return fail(error('OWN_REQUEST', 'The requester of a run cannot decide its approvals', ['input', 'taskId']));
      }
      if (task.status !== 'open' || (task.due_at && task.due_at.getTime() <= Date.now())) {
        return fail(
          error('ALREADY_DECIDED', `This task is ${task.status === 'open' ? 'past its due date' : task.status}`),
        );
      }
      const inserted = await orm(sql, (prisma) =>
        prisma.taskDecision.createMany({
          data: [{ tenantId: tx.tenantId, taskId: task.id, member: decider.subject, decision, comment }],
          skipDuplicates: true,
        }),
      );
      if (inserted.count === 0) {
        return fail(error('ALREADY_DECIDED', 'You have already decided this task', ['input', 'taskId']));
      }
      const decisions: DecisionRow[] = await decisionsOf(sql, [task.id]);
      const approvals = decisions.filter((row) => row.decision === 'approve').length;
      const status = decision === 'reject' ? 'rejected' : approvals >= task.quorum ? 'approved' : 'open';
      if (status === 'open') return ok(task);
      // stamped with the database's clock, as every decision is
      const updated = await sql.query<TaskRow>(
        `update workflows.tasks set status = $2, decided_at = now() where id = $1 returning *`,
        [task.id, status],
      );
      await completeApproval(sql, task.run_id, task.step_path, status, decisions);
      await wakeRun(sql, task.run_id);
      await tx.emit('workflows.task.decided', task.id, { taskId: task.id, runId: task.run_id, status });
      return ok(updated.rows[0]!);
    },
    { unique: {} },
  );
}
