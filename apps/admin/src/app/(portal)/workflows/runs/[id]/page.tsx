import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { shopClock } from '../../../../../lib/shop-time.ts';
import { cancelRunAction } from '../actions.ts';
import { WorkflowRunDetail } from '../documents.ts';

export const metadata = { title: 'Workflow run' };

const FINISHED = ['COMPLETED', 'FAILED', 'COMPENSATED', 'CANCELLED'];

/** JSON text from the API, indented for reading. */
function Json({ text }: { text: string | null }) {
  if (!text) return <span className="muted">—</span>;
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // shown as sent
  }
  return <pre className="json">{shown}</pre>;
}

/** One run: what started it, its variables, and its timeline step by step. */
export default async function WorkflowRunPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/workflows/runs/${encodeURIComponent(id)}`;
  const [{ workflowRun: run }, clock] = await Promise.all([gql(WorkflowRunDetail, { id }, here), shopClock(here)]);
  const when = clock.dateTime;
  if (!run) notFound();
  return (
    <>
      <p>
        <Link href="/workflows/runs">All runs</Link>
      </p>
      <h1>
        {run.workflowName} v{run.workflowVersion}: {run.status.toLowerCase()}
      </h1>
      <dl>
        <dt>Trigger</dt>
        <dd>
          {run.trigger.kind}
          {run.trigger.eventType ? ` (${run.trigger.eventType})` : ''}
          {run.trigger.scheduledAt ? ` at ${when(run.trigger.scheduledAt)}` : ''}
          {run.trigger.requester ? `, requested by ${run.trigger.requester}` : ''}
        </dd>
        <dt>Started</dt>
        <dd>{when(run.startedAt)}</dd>
        <dt>Finished</dt>
        <dd>{when(run.finishedAt)}</dd>
        {run.error ? (
          <>
            <dt>Error</dt>
            <dd role="alert">{run.error}</dd>
          </>
        ) : null}
      </dl>
      {FINISHED.includes(run.status) ? null : (
        <ActionForm
          label="Cancel this run"
          action={cancelRunAction}
          hidden={{ runId: run.id }}
          fields={[]}
          submit="Cancel run"
        />
      )}
      <h2>Timeline</h2>
      <table aria-label="Timeline">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Attempt</th>
            <th scope="col">Input</th>
            <th scope="col">Output</th>
            <th scope="col">Started / finished</th>
          </tr>
        </thead>
        <tbody>
          {run.timeline.map((step) => (
            <tr key={step.path}>
              <td>{step.path}</td>
              <td>{step.kind.toLowerCase()}</td>
              <td>
                {step.status.toLowerCase()}
                {step.error ? <div role="note">{step.error}</div> : null}
                {step.wakeAt && (step.status === 'WAITING' || step.status === 'PENDING') ? (
                  <div className="muted">until {when(step.wakeAt)}</div>
                ) : null}
                {step.task ? (
                  <ul>
                    {step.task.decisions.map((decision) => (
                      <li key={decision.by}>
                        {decision.decision} by {decision.by} ({when(decision.at)})
                        {decision.comment ? `: ${decision.comment}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>{step.attempt}</td>
              <td>
                <Json text={step.input} />
              </td>
              <td>
                <Json text={step.output} />
              </td>
              <td>
                {when(step.startedAt)}
                <br />
                {when(step.finishedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Variables</h2>
      <Json text={run.variables} />
      {run.event ? (
        <>
          <h2>Event</h2>
          <Json text={run.event} />
        </>
      ) : null}
      {run.input ? (
        <>
          <h2>Input</h2>
          <Json text={run.input} />
        </>
      ) : null}
    </>
  );
}
