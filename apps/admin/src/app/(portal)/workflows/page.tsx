import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { gql } from '../../../lib/gateway.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { createFromTemplate } from './actions.ts';
import { WorkflowList } from './documents.ts';

export const metadata = { title: 'Workflows' };

export default async function WorkflowsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  await requireViewer('/workflows');
  const data = await gql(WorkflowList, { after: params.after ?? null }, '/workflows');
  return (
    <>
      <h1>Workflows</h1>
      <p className="muted">
        Your processes in YAML: a trigger, then approvals, holds, messages and calls. Each save is a new version; a run
        keeps the version it started with.
      </p>
      <table>
        <caption className="sr-only">Workflows</caption>
        <thead>
          <tr>
            <th>Name</th>
            <th>Trigger</th>
            <th>Enabled</th>
            <th>Version</th>
            <th>Template</th>
          </tr>
        </thead>
        <tbody>
          {data.workflows.edges.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                No workflows yet: start from a template below.
              </td>
            </tr>
          ) : null}
          {data.workflows.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link href={`/workflows/${node.id}`}>{node.name}</Link>
              </td>
              <td>
                <code>{node.trigger}</code>
              </td>
              <td>{node.enabled ? <span className="pill">enabled</span> : <span className="muted">disabled</span>}</td>
              <td>v{node.latestVersion}</td>
              <td>{node.template ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.workflows.pageInfo.hasNextPage && data.workflows.pageInfo.endCursor ? (
        <Link href={`/workflows?after=${encodeURIComponent(data.workflows.pageInfo.endCursor)}`}>Next page →</Link>
      ) : null}
      <h2>New from a template</h2>
      <div className="grid">
        {data.workflowTemplates.map((template) => (
          <section className="card" key={template.key} aria-label={template.name}>
            <h3>{template.name}</h3>
            <p className="muted">{template.description}</p>
            <ActionForm
              label={`New from ${template.name}`}
              idPrefix={`template-${template.key}`}
              action={createFromTemplate}
              submit="Create"
              hidden={{ template: template.key }}
              fields={template.parameters.map((parameter) => ({
                name: parameter.key === 'name' ? 'name' : `param.${parameter.key}`,
                path: `parameters.${parameter.key}`,
                label: parameter.description,
                defaultValue: parameter.default,
              }))}
            />
          </section>
        ))}
      </div>
    </>
  );
}
