import { diffLines } from 'diff';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { setWorkflowEnabled } from '../actions.ts';
import { WorkflowDetail } from '../documents.ts';
import { DryRunPanel } from './dry-run.tsx';
import { WorkflowEditor } from './editor.tsx';

export const metadata = { title: 'Workflow' };

const versionParam = (value: string | undefined) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
};

export default async function WorkflowPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const path = `/workflows/${id}`;
  const clock = clockIn((await requireViewer(path)).tenant.timeZone);
  const first = await gql(WorkflowDetail, { id, from: 1, to: 1 }, path);
  if (!first.workflow) notFound();
  const latest = first.workflow.latestVersion;
  const to = versionParam(query.to) ?? latest;
  const from = versionParam(query.from) ?? Math.max(1, to - 1);
  const { workflow } = from === 1 && to === 1 ? first : await gql(WorkflowDetail, { id, from, to }, path);
  if (!workflow) notFound();
  const changes = workflow.from && workflow.to ? diffLines(workflow.from.source, workflow.to.source) : [];
  return (
    <>
      <p>
        <Link href="/workflows">← Workflows</Link>
      </p>
      <h1>{workflow.name}</h1>
      {workflow.description ? <p className="muted">{workflow.description}</p> : null}
      <p>
        Trigger: <code>{workflow.trigger}</code> · version {workflow.latestVersion}
        {workflow.template ? ` · from the template ${workflow.template}` : ''} ·{' '}
        <strong data-testid="workflow-state">{workflow.enabled ? 'Enabled' : 'Disabled'}</strong>
      </p>
      <ActionForm
        label={workflow.enabled ? 'Disable the workflow' : 'Enable the workflow'}
        idPrefix="enabled"
        action={setWorkflowEnabled}
        submit={workflow.enabled ? 'Disable' : 'Enable'}
        hidden={{ id: workflow.id, enabled: workflow.enabled ? 'false' : 'true' }}
        fields={[]}
      />
      <section aria-label="Editor">
        <h2>Edit</h2>
        <WorkflowEditor id={workflow.id} source={workflow.current?.source ?? ''} version={workflow.latestVersion} />
      </section>
      <section aria-label="Dry run">
        <h2>Dry run</h2>
        <DryRunPanel id={workflow.id} />
      </section>
      <section aria-label="Versions">
        <h2>Versions</h2>
        <table>
          <caption className="sr-only">Versions</caption>
          <thead>
            <tr>
              <th>Version</th>
              <th>Saved</th>
              <th>By</th>
              <th>Compare</th>
            </tr>
          </thead>
          <tbody>
            {workflow.versions.edges.map(({ node }) => (
              <tr key={node.number}>
                <td>v{node.number}</td>
                <td>{clock.dateTime(node.createdAt)}</td>
                <td>{node.createdBy ?? '—'}</td>
                <td>
                  {node.number > 1 ? (
                    <Link href={`${path}?from=${node.number - 1}&to=${node.number}#diff`}>
                      v{node.number - 1} → v{node.number}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form key={`${from}-${to}`} method="get" className="row" aria-label="Compare versions">
          <div>
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="number" min={1} max={latest} defaultValue={from} />
          </div>
          <div>
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="number" min={1} max={latest} defaultValue={to} />
          </div>
          <button type="submit">Compare</button>
        </form>
        {latest === 1 ? (
          <p className="muted">Only one version so far: save to compare.</p>
        ) : (
          <>
            <h3 id="diff">
              Changes from v{workflow.from?.number ?? from} to v{workflow.to?.number ?? to}
            </h3>
            {workflow.from && workflow.to ? (
              <pre className="diff" data-testid="diff">
                {changes.flatMap((change, index) =>
                  change.value
                    .replace(/\n$/, '')
                    .split('\n')
                    .map((line, lineIndex) => (
                      <div
                        // biome-ignore lint/suspicious/noArrayIndexKey: a diff's lines have no identity but their place
                        key={`${index}-${lineIndex}`}
                        className={change.added ? 'diff-added' : change.removed ? 'diff-removed' : undefined}
                        style={{
                          background: change.added ? '#e6f4ea' : change.removed ? '#fdecea' : undefined,
                        }}
                      >
                        {change.added ? '+ ' : change.removed ? '- ' : '  '}
                        {line}
                      </div>
                    )),
                )}
              </pre>
            ) : (
              <p className="muted">No such version.</p>
            )}
          </>
        )}
      </section>
    </>
  );
}
