import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { configurePlugin, installationAction, installPlugin } from '../actions.ts';
import { type ConfigSchema, configFields } from '../config-form.ts';
import { PluginDetail } from '../documents.ts';

export const metadata = { title: 'Plugin' };

export default async function PluginPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/settings/plugins/${encodeURIComponent(id)}`;
  const when = clockIn((await requireViewer(here)).tenant.timeZone).dateTime;
  const { plugin } = await gql(PluginDetail, { id }, here);
  if (!plugin) notFound();
  const installation = plugin.installation;
  const latest = plugin.versions[0];
  const hidden: Record<string, string> = { pluginId: plugin.id, installationId: installation?.id ?? '' };
  const button = (action: string, submit: string, danger?: { title: string; consequences: string }) => (
    <ActionForm
      label={submit}
      idPrefix={`installation-${action}`}
      action={installationAction}
      submit={submit}
      hidden={{ ...hidden, action }}
      fields={[]}
      inline
      {...(danger ? { danger: { title: danger.title, consequences: danger.consequences } } : {})}
    />
  );
  const schema = installation ? (JSON.parse(installation.version.configSchema) as ConfigSchema) : null;
  const config = installation ? (JSON.parse(installation.config) as Record<string, unknown>) : {};
  const others = installation ? plugin.versions.filter((version) => version.id !== installation.version.id) : [];
  return (
    <>
      <p>
        <Link href="/settings/plugins">← Plugins</Link>
      </p>
      <h1>{plugin.name}</h1>
      <p className="muted">{plugin.description}</p>
      {installation ? (
        <p>
          <span className="pill" data-testid="plugin-state">
            {installation.enabled ? 'enabled' : 'disabled'}
          </span>{' '}
          runs {installation.version.version}
          {installation.previousVersion ? ` (before: ${installation.previousVersion.version})` : null} · installed{' '}
          {when(installation.installedAt)}
        </p>
      ) : (
        <p>Not installed.</p>
      )}
      {installation && !installation.enabled && installation.disabledReason ? (
        <div className="alert" role="status">
          <p>Disabled: {installation.disabledReason}</p>
        </div>
      ) : null}
      {!installation && latest ? (
        <section className="card" aria-labelledby="install">
          <h2 id="install">Install</h2>
          <ActionForm
            label={`Install ${plugin.name}`}
            idPrefix="install"
            action={installPlugin}
            submit={`Install ${latest.version}`}
            hidden={{ pluginId: plugin.id, versionId: latest.id }}
            fields={[]}
          />
        </section>
      ) : null}
      {installation && schema ? (
        <>
          <section className="card" aria-labelledby="configure">
            <h2 id="configure">Configuration</h2>
            <ActionForm
              label="Plugin configuration"
              idPrefix="config"
              action={configurePlugin}
              submit="Save configuration"
              hidden={{ ...hidden, schema: installation.version.configSchema }}
              fields={configFields(schema, config)}
            />
          </section>
          <section className="card" aria-labelledby="manage">
            <h2 id="manage">Manage</h2>
            <div>
              {installation.enabled
                ? button('disable', 'Disable', {
                    title: `Disable ${plugin.name}?`,
                    consequences: 'It stops running at its hook points: checkouts are no longer checked by it.',
                  })
                : button('enable', 'Enable')}
              {installation.previousVersion
                ? button('rollback', `Roll back to ${installation.previousVersion.version}`, {
                    title: `Roll back ${plugin.name} to ${installation.previousVersion.version}?`,
                    consequences: `It runs ${installation.previousVersion.version} again instead of ${installation.version.version}.`,
                  })
                : null}
              {button('uninstall', 'Uninstall', {
                title: `Uninstall ${plugin.name}?`,
                consequences: 'Its configuration, its stored data and its log are deleted; the uploaded versions stay.',
              })}
            </div>
            {others.length ? (
              <ActionForm
                label="Upgrade"
                idPrefix="upgrade"
                action={installationAction}
                submit="Switch version"
                hidden={{ ...hidden, action: 'upgrade' }}
                fields={[
                  {
                    name: 'versionId',
                    label: 'Version',
                    options: others.map((version) => ({ value: version.id, label: version.version })),
                  },
                ]}
                danger={{
                  title: `Switch ${plugin.name} to {selected}?`,
                  consequences: `It runs the chosen version instead of ${installation.version.version}; you can roll back.`,
                  selectName: 'versionId',
                }}
              />
            ) : null}
          </section>
          <section className="card" aria-labelledby="health">
            <h2 id="health">Calls</h2>
            <table>
              <thead>
                <tr>
                  <th>Hook</th>
                  <th>Calls</th>
                  <th>Refused</th>
                  <th>Errors</th>
                  <th>Avg latency</th>
                  <th>Max latency</th>
                </tr>
              </thead>
              <tbody>
                {installation.stats.map((row) => (
                  <tr key={row.hook}>
                    <td>{row.hook}</td>
                    <td>{row.calls}</td>
                    <td>{row.refusals}</td>
                    <td>
                      {row.failures} ({(row.errorRate * 100).toFixed(1)} %)
                    </td>
                    <td>{row.averageLatencyMs.toFixed(1)} ms</td>
                    <td>{row.maxLatencyMs.toFixed(1)} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="log">
            <h2 id="log">Recent calls and logs</h2>
            <table>
              <thead>
                <tr>
                  <th>When</th>
                  <th>Hook</th>
                  <th>Outcome</th>
                  <th>Message</th>
                  <th>Time</th>
                  <th>Log</th>
                </tr>
              </thead>
              <tbody>
                {installation.invocations.map((call) => (
                  <tr key={call.id}>
                    <td>{when(call.at)}</td>
                    <td>
                      {call.hook} ({call.version})
                    </td>
                    <td>
                      <span className={call.outcome === 'failed' ? 'pill low' : 'pill'}>
                        {call.outcome}
                        {call.failure ? `: ${call.failure}` : ''}
                      </span>
                    </td>
                    <td>{call.message ?? ''}</td>
                    <td>{call.durationMs.toFixed(1)} ms</td>
                    <td>
                      {call.logs.map((line, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no identity of their own
                        <div key={index}>
                          <code>
                            {line.level}: {line.message}
                          </code>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
      <section className="card" aria-labelledby="versions">
        <h2 id="versions">Versions</h2>
        <table>
          <thead>
            <tr>
              <th>Version</th>
              <th>Hooks</th>
              <th>Capabilities</th>
              <th>Uploaded</th>
              <th>Checksum</th>
            </tr>
          </thead>
          <tbody>
            {plugin.versions.map((version) => (
              <tr key={version.id}>
                <td>
                  {version.version} ({version.sourceLanguage})
                </td>
                <td>
                  {version.hooks
                    .map((hook) => `${hook.point} (on failure: ${hook.failurePolicy}, ${hook.timeoutMs} ms)`)
                    .join(', ')}
                </td>
                <td>{version.capabilities.join(', ') || '—'}</td>
                <td>{when(version.uploadedAt)}</td>
                <td>
                  <code>{version.checksum.slice(0, 12)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
