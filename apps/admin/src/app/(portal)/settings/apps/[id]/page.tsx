import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import {
  FOLLOW,
  followAppWords,
  newKeyTierOptions,
  TIER_OPTIONS,
  tierInForceWords,
} from '../../../../../lib/rate-limit-tier.ts';
import { can } from '../../../../../lib/scopes.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { archiveApp, createAppKey, setAppTier, updateApp } from '../actions.ts';
import { PublishForm } from '../publish-form.tsx';

export const metadata = { title: 'App' };

const App = graphql(`
  query SettingsApps_App($id: ID!) {
    app(id: $id) {
      id
      kind
      name
      builtIn
      graceSeconds
      rateLimitTier
      archivedAt
      documentVersions {
        version
        documentCount
        publishedAt
        liveUntil
        current
        live
      }
    }
    apiKeys(first: 100) {
      edges {
        node {
          id
          kind
          name
          prefix
          revokedAt
          lastUsedAt
          rateLimitTier
          rateLimitTierSource
          app {
            id
          }
        }
      }
    }
  }
`);

export default async function AppPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const appId = decodeURIComponent(id);
  const here = `/settings/apps/${encodeURIComponent(appId)}`;
  const viewer = await requireViewer(here);
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  if (!can(viewer.scopes, 'identity:api_keys')) notFound();
  const data = await gql(App, { id: appId }, here);
  const app = data.app;
  if (!app) notFound();
  const keys = data.apiKeys.edges.map(({ node }) => node).filter((key) => key.app?.id === app.id);
  const changeable = !app.builtIn && !app.archivedAt;
  return (
    <>
      <p>
        <Link href="/settings/apps">← Apps</Link>
      </p>
      <h1>{app.name}</h1>
      <p className="muted">
        {app.kind === 'STOREFRONT' ? 'Storefront' : app.kind === 'PARTNER' ? 'Partner integration' : 'Admin'}
        {app.builtIn ? ' · built in: its documents ship with the platform' : ''}
        {app.archivedAt ? ` · archived ${when(app.archivedAt)}` : ''}
      </p>

      <section className="card" aria-labelledby="app-keys">
        <h2 id="app-keys">Keys</h2>
        {keys.length ? (
          <table aria-label="Keys of this app">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Prefix</th>
                <th scope="col">Last used</th>
                <th scope="col">Rate-limit tier</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>{key.kind === 'PUBLISHABLE_KEY' ? 'publishable' : 'secret'}</td>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>{when(key.lastUsedAt)}</td>
                  <td>{tierInForceWords(key.rateLimitTier, key.rateLimitTierSource)}</td>
                  <td>{key.revokedAt ? 'revoked' : 'active'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No keys yet.</p>
        )}
        {changeable || (app.builtIn && app.kind === 'STOREFRONT') ? (
          <ActionForm
            label="Create a key for this app"
            action={createAppKey}
            submit="Create key"
            idPrefix="app-key"
            hidden={{ appId: app.id }}
            fields={[
              { name: 'name', label: 'Key name', required: true },
              {
                name: 'kind',
                label: 'Kind',
                options: [
                  ...(app.kind === 'STOREFRONT'
                    ? [{ value: 'PUBLISHABLE_KEY', label: 'Publishable (a browser may hold it)' }]
                    : []),
                  { value: 'API_KEY', label: 'Secret (servers and builds only)' },
                ],
              },
              { name: 'scopes', label: 'Scopes of a secret key (e.g. identity:api_keys to publish documents)' },
              ...(app.kind === 'ADMIN'
                ? []
                : [
                    {
                      name: 'rateLimitTier',
                      label: 'Rate-limit tier of the key',
                      options: newKeyTierOptions(followAppWords(app.rateLimitTier)),
                      defaultValue: FOLLOW,
                    },
                  ]),
            ]}
          />
        ) : null}
      </section>

      {app.kind === 'ADMIN' ? null : (
        <section className="card" aria-labelledby="app-tier">
          <h2 id="app-tier">Rate-limit tier</h2>
          <p>
            {app.rateLimitTier
              ? `${app.rateLimitTier.toLowerCase()}: every key of this app without a tier of its own gets this budget.`
              : 'None set: keys of this app without a tier of their own get the default (standard).'}{' '}
            <span className="muted">
              A key&apos;s own tier wins over the app&apos;s (Settings → API keys). Every gateway applies a change from
              each key&apos;s next request (a storefront key within seconds).
            </span>
          </p>
          {app.archivedAt ? null : (
            <ActionForm
              label="Rate-limit tier of this app"
              action={setAppTier}
              submit="Set tier"
              idPrefix="app-tier"
              hidden={{ id: app.id }}
              fields={[
                {
                  name: 'rateLimitTier',
                  label: 'Tier of its keys',
                  options: [{ value: FOLLOW, label: 'none (the default, standard)' }, ...TIER_OPTIONS],
                  defaultValue: app.rateLimitTier ?? FOLLOW,
                },
              ]}
            />
          )}
        </section>
      )}

      {app.builtIn ? null : (
        <section className="card" aria-labelledby="app-documents">
          <h2 id="app-documents">Published documents</h2>
          {app.documentVersions.length ? (
            <table aria-label="Document versions">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Documents</th>
                  <th scope="col">Published</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {app.documentVersions.map((version) => (
                  <tr key={version.version}>
                    <td>{version.version}</td>
                    <td>{version.documentCount}</td>
                    <td>{when(version.publishedAt)}</td>
                    <td>
                      {version.current
                        ? 'current'
                        : version.live
                          ? `live until ${when(version.liveUntil)}`
                          : `retired ${when(version.liveUntil)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">
              Nothing published yet: its publishable keys run only the built-in apps&apos; documents. Publish from a
              build with <code>npm run documents:publish -- --app {app.id} --manifest persisted-documents.json</code> or
              upload the manifest here.
            </p>
          )}
          {changeable ? <PublishForm appId={app.id} /> : null}
        </section>
      )}

      {changeable ? (
        <section className="card" aria-labelledby="app-settings">
          <h2 id="app-settings">Settings</h2>
          <ActionForm
            label="App settings"
            action={updateApp}
            submit="Save app"
            idPrefix="app-settings"
            hidden={{ id: app.id }}
            fields={[
              { name: 'name', label: 'Name', defaultValue: app.name },
              {
                name: 'graceHours',
                label: 'Grace period of old document versions (hours)',
                defaultValue: Math.round(app.graceSeconds / 3600),
              },
            ]}
          />
          <ActionForm
            label="Archive this app"
            action={archiveApp}
            submit="Archive app"
            idPrefix="app-archive"
            hidden={{ id: app.id }}
            fields={[]}
            danger={{
              title: `Archive ${app.name}?`,
              consequences: 'Every key of the app is revoked at once; its storefront stops working.',
            }}
          />
        </section>
      ) : null}
    </>
  );
}
