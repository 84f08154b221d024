import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { gql } from '../../../lib/gateway.ts';
import { shopClock } from '../../../lib/shop-time.ts';
import { decideTaskAction } from './actions.ts';
import { TasksInbox } from './documents.ts';

export const metadata = { title: 'Tasks' };

/** The approval inbox: approve or reject each open task, with a comment the run's timeline keeps. */
export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const when = (await shopClock('/tasks')).dateTime;
  const { tasks } = await gql(TasksInbox, { first: 25, after: params.after ?? null }, '/tasks');
  return (
    <>
      <h1>Tasks</h1>
      <p className="muted">
        {tasks.totalCount} open {tasks.totalCount === 1 ? 'task waits' : 'tasks wait'} for your decision.
      </p>
      {tasks.edges.length === 0 ? <p>Nothing to decide.</p> : null}
      {tasks.edges.map(({ node: task }, index) => (
        <section key={task.id} className="card" aria-label={task.title}>
          <h2>{task.title}</h2>
          {task.description ? <p>{task.description}</p> : null}
          <p className="muted">
            {task.workflowName} · needs {task.quorum} approval{task.quorum === 1 ? '' : 's'} ({task.scope}) · due{' '}
            {when(task.dueAt)} · <Link href={`/workflows/runs/${encodeURIComponent(task.runId)}`}>run</Link>
          </p>
          {task.decisions.length ? (
            <ul>
              {task.decisions.map((decision) => (
                <li key={decision.by}>
                  {decision.decision} by {decision.by}
                  {decision.comment ? `: ${decision.comment}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <ActionForm
            label={`Decide ${task.title}`}
            idPrefix={`task-${index}`}
            action={decideTaskAction}
            hidden={{ taskId: task.id }}
            fields={[
              { name: 'comment', label: 'Comment', path: 'input.comment' },
              {
                name: 'decision',
                label: 'Decision',
                options: [
                  { value: 'approve', label: 'Approve' },
                  { value: 'reject', label: 'Reject' },
                ],
                defaultValue: 'approve',
              },
            ]}
            submit="Decide"
          />
        </section>
      ))}
      {tasks.pageInfo.hasNextPage && tasks.pageInfo.endCursor ? (
        <p>
          <Link href={`/tasks?after=${encodeURIComponent(tasks.pageInfo.endCursor)}`}>More tasks</Link>
        </p>
      ) : null}
    </>
  );
}
