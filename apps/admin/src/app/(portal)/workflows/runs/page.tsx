import Link from 'next/link';
import type { WorkflowRunStatus } from '../../../../generated/graphql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { shopClock } from '../../../../lib/shop-time.ts';
import { WorkflowRunsList } from './documents.ts';

export const metadata = { title: 'Workflow runs' };

const STATUSES: readonly WorkflowRunStatus[] = [
  'RUNNING',
  'WAITING',
  'COMPLETED',
  'FAILED',
  'COMPENSATING',
  'COMPENSATED',
  'CANCELLED',
];
export default async function WorkflowRunsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const status = STATUSES.includes(params.status as WorkflowRunStatus) ? (params.status as WorkflowRunStatus) : null;
  const workflowId = params.workflow ?? null;
  const keep = new URLSearchParams(
    Object.entries({ status, workflow: workflowId }).filter(([, value]) => value) as [string, string][],
  );
  const { workflowRuns } = await gql(
    WorkflowRunsList,
    { filter: { status, workflowId }, first: 25, after: params.after ?? null },
    `/workflows/runs?${keep}`,
  );
  const when = (await shopClock(`/workflows/runs?${keep}`)).dateTime;
  return (
    <>
      <h1>Workflow runs</h1>
      <form method="get" className="row" aria-label="Filter runs">
        <div>
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={status ?? ''}>
            <option value="">Any</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        {workflowId ? <input type="hidden" name="workflow" value={workflowId} /> : null}
        <p>
          <button type="submit">Filter</button>
        </p>
      </form>
      <p className="muted">{workflowRuns.totalCount} runs</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Workflow</th>
            <th scope="col">Status</th>
            <th scope="col">Trigger</th>
            <th scope="col">Started</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {workflowRuns.edges.map(({ node: run }) => (
            <tr key={run.id}>
              <td>
                <Link href={`/workflows/runs/${encodeURIComponent(run.id)}`}>
                  {run.workflowName} v{run.workflowVersion}
                </Link>
              </td>
              <td>
                {run.status.toLowerCase()}
                {run.error ? <span className="muted"> — {run.error}</span> : null}
              </td>
              <td>{run.trigger.eventType ?? run.trigger.kind}</td>
              <td>{when(run.startedAt)}</td>
              <td>{when(run.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {workflowRuns.pageInfo.hasNextPage && workflowRuns.pageInfo.endCursor ? (
        <p>
          <Link
            href={`/workflows/runs?${new URLSearchParams({ ...Object.fromEntries(keep), after: workflowRuns.pageInfo.endCursor })}`}
          >
            Older runs
          </Link>
        </p>
      ) : null}
    </>
  );
}
