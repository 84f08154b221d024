import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { installPlugin } from './actions.ts';
import { PluginsList } from './documents.ts';
import { UploadForm } from './upload-form.tsx';

export const metadata = { title: 'Plugins' };

const HERE = '/settings/plugins';

/** Calls, failures and latency over every hook of an installation. */
function totals(stats: readonly { calls: number; failures: number; refusals: number; averageLatencyMs: number }[]) {
  const calls = stats.reduce((sum, row) => sum + row.calls, 0);
  const failures = stats.reduce((sum, row) => sum + row.failures, 0);
  const latency = calls ? stats.reduce((sum, row) => sum + row.averageLatencyMs * row.calls, 0) / calls : 0;
  return { calls, failures, refusals: stats.reduce((sum, row) => sum + row.refusals, 0), latency };
}

export default async function PluginsPage() {
  await requireViewer(HERE);
  const { plugins } = await gql(PluginsList, {}, HERE);
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Plugins</h1>
      <p className="muted">
        Plugins are your own code, run by the platform in a sandbox at checkout and other hook points: they may refuse a
        checkout with a message the shopper sees. A plugin that keeps failing is disabled and you are notified.
      </p>
      <section className="card" aria-labelledby="plugins">
        <h2 id="plugins">Plugins ({plugins.totalCount})</h2>
        <table>
          <thead>
            <tr>
              <th>Plugin</th>
              <th>Version</th>
              <th>State</th>
              <th>Calls</th>
              <th>Refused</th>
              <th>Errors</th>
              <th>Avg latency</th>
            </tr>
          </thead>
          <tbody>
            {plugins.edges.map(({ node }) => {
              const installation = node.installation;
              const sum = totals(installation?.stats ?? []);
              return (
                <tr key={node.id} data-testid={`plugin-${node.name}`}>
                  <td>
                    <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                    <br />
                    <span className="muted">{node.description}</span>
                  </td>
                  <td>{installation?.version.version ?? node.versions[0]?.version}</td>
                  <td>
                    {!installation ? (
                      node.versions[0] ? (
                        <ActionForm
                          label={`Install ${node.name}`}
                          idPrefix={`install-${node.id}`}
                          action={installPlugin}
                          submit="Install"
                          hidden={{ pluginId: node.id, versionId: node.versions[0].id }}
                          fields={[]}
                          inline
                        />
                      ) : null
                    ) : installation.enabled ? (
                      <span className="pill">enabled</span>
                    ) : (
                      <span className="pill low" title={installation.disabledReason ?? undefined}>
                        disabled
                      </span>
                    )}
                    {installation && installation.consecutiveFailures > 0
                      ? ` · ${installation.consecutiveFailures} failures in a row`
                      : null}
                  </td>
                  <td>{installation ? sum.calls : '—'}</td>
                  <td>{installation ? sum.refusals : '—'}</td>
                  <td>
                    {installation
                      ? `${sum.failures}${sum.calls ? ` (${((sum.failures / sum.calls) * 100).toFixed(1)} %)` : ''}`
                      : '—'}
                  </td>
                  <td>{installation && sum.calls ? `${sum.latency.toFixed(1)} ms` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="upload">
        <h2 id="upload">Upload a plugin or a new version</h2>
        <p className="muted">
          The manifest names the plugin, its version, its hook points with their failure policy and timeout, the
          capabilities it needs and the JSON Schema of its configuration. The plugin SDK (<code>@ucos/plugin-sdk</code>)
          has the types, examples and a local test harness.
        </p>
        <UploadForm />
      </section>
    </>
  );
}
