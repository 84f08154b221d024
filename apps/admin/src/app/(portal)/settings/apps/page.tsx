import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { FOLLOW, TIER_OPTIONS } from '../../../../lib/rate-limit-tier.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { registerApp } from './actions.ts';

export const metadata = { title: 'Apps' };
const HERE = '/settings/apps';

const Apps = graphql(`
  query SettingsApps_List {
    apps(first: 100) {
      totalCount
      edges {
        node {
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
            current
          }
        }
      }
    }
  }
`);

const KIND_LABELS: Record<string, string> = {
  STOREFRONT: 'Storefront',
  PARTNER: 'Partner integration',
  ADMIN: 'Admin',
};

export default async function AppsPage() {
  const viewer = await requireViewer(HERE);
  const manage = can(viewer.scopes, 'identity:api_keys');
  const data = manage ? await gql(Apps, {}, HERE) : null;
  const apps = data?.apps.edges.map(({ node }) => node) ?? [];
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Apps</h1>
      <p className="muted">
        An app is something built on the API: a storefront or a partner integration. It owns its keys; a storefront
        publishes the persisted documents of its build, and its publishable keys (and the shoppers signed in through
        them) may run only those and the built-in apps&apos; documents. A new version is live at every gateway within
        seconds; the previous one keeps working for the app&apos;s grace period. An app&apos;s rate-limit tier sizes the
        budget of every key it owns that has no tier of its own (a key&apos;s own tier wins).
      </p>
      {!manage ? (
        <p className="muted" role="note">
          Your role cannot manage apps (it lacks identity:api_keys).
        </p>
      ) : (
        <>
          <table aria-label="Apps">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Current documents</th>
                <th scope="col">Grace period</th>
                <th scope="col">Rate-limit tier of its keys</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {apps.map((app) => {
                const current = app.documentVersions.find((version) => version.current);
                return (
                  <tr key={app.id}>
                    <td>
                      <Link href={`${HERE}/${encodeURIComponent(app.id)}`}>{app.name}</Link>
                    </td>
                    <td>{KIND_LABELS[app.kind] ?? app.kind}</td>
                    <td>
                      {app.builtIn
                        ? 'ship with the platform'
                        : current
                          ? `version ${current.version}, ${current.documentCount} documents`
                          : 'none published'}
                    </td>
                    <td>{app.builtIn ? '—' : `${Math.round(app.graceSeconds / 36) / 100} h`}</td>
                    <td>
                      {app.kind === 'ADMIN'
                        ? '—'
                        : app.rateLimitTier
                          ? app.rateLimitTier.toLowerCase()
                          : 'standard (the default)'}
                    </td>
                    <td>{app.archivedAt ? 'archived' : app.builtIn ? 'built in' : 'active'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <section className="card" aria-labelledby="app-register">
            <h2 id="app-register">Register an app</h2>
            <ActionForm
              label="Register an app"
              action={registerApp}
              submit="Register app"
              idPrefix="app-register"
              fields={[
                { name: 'name', label: 'Name', required: true },
                {
                  name: 'kind',
                  label: 'Kind',
                  options: [
                    { value: 'STOREFRONT', label: 'Storefront' },
                    { value: 'PARTNER', label: 'Partner integration' },
                  ],
                  defaultValue: 'STOREFRONT',
                },
                { name: 'graceHours', label: 'Grace period of old document versions (hours)', defaultValue: 24 },
                {
                  name: 'rateLimitTier',
                  label: 'Rate-limit tier of its keys (a key may set its own)',
                  options: [{ value: FOLLOW, label: 'standard (the default)' }, ...TIER_OPTIONS],
                  defaultValue: FOLLOW,
                },
              ]}
            />
          </section>
        </>
      )}
    </>
  );
}
