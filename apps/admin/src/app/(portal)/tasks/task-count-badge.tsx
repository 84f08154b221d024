import { gql } from '../../../lib/gateway.ts';
import { TaskCount } from './documents.ts';

/** The open tasks the viewer may decide, next to "Tasks" in the navigation (nothing when none or unknown). */
export async function TaskCountBadge() {
  const count = await gql(TaskCount, {}, '/tasks')
    .then((data) => data.taskCount)
    .catch(() => 0);
  if (count <= 0) return null;
  return (
    <span className="badge" data-testid="task-count">
      {' '}
      ({count}
      <span className="sr-only"> open</span>)
    </span>
  );
}
