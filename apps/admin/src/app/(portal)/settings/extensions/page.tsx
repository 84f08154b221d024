import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { deleteExtension, toggleExtension } from './actions.ts';
import { ExtensionForm } from './extension-form.tsx';
import { POINT_LABELS } from './points.ts';

export const metadata = { title: 'Extensions' };

const HERE = '/settings/extensions';

const Extensions = graphql(`
  query Settings_UiExtensions {
    featureEnabled(key: "admin.ui-extensions")
    uiExtensions {
      id
      point
      title
      schema
      position
      enabled
      installationId
      declared
    }
  }
`);

export default async function ExtensionsPage() {
  const viewer = await requireViewer(HERE);
  const { uiExtensions, featureEnabled } = await gql(Extensions, {}, HERE);
  const writable = can(viewer.scopes, 'plugins:write');
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Extensions</h1>
      <p className="muted">
        Panels on the product, order and customer pages, dashboard widgets and pages of their own, described as cards,
        fields, tables, text, links and buttons (never HTML or script) and shown with the admin’s own components; and
        the layout of the custom fields forms on the product, customer, order and supplier pages.
      </p>
      {featureEnabled ? null : (
        <p className="alert" role="status" data-testid="extensions-flag-off">
          The feature flag <code>admin.ui-extensions</code> is off: extensions are kept but not shown. Turn it on under
          Settings → Feature flags.
        </p>
      )}
      <section className="card" aria-labelledby="extensions">
        <h2 id="extensions">Extensions ({uiExtensions.length})</h2>
        {uiExtensions.length ? (
          <table>
            <thead>
              <tr>
                <th>Title</th>
                <th>Where</th>
                <th>Position</th>
                <th>State</th>
                {writable ? <th>Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {uiExtensions.map((extension) => (
                <tr key={extension.id} data-testid={`extension-${extension.title}`}>
                  <td>
                    {extension.point === 'NAV_PAGE' ? (
                      <Link href={`/extensions/${encodeURIComponent(extension.id)}`}>{extension.title}</Link>
                    ) : (
                      extension.title
                    )}
                    {extension.declared ? (
                      <span className="muted"> (its plugin’s: changes with the plugin)</span>
                    ) : extension.installationId ? (
                      <span className="muted"> (from a plugin)</span>
                    ) : null}
                  </td>
                  <td>{POINT_LABELS[extension.point]}</td>
                  <td>{extension.position}</td>
                  <td>
                    {extension.enabled ? (
                      <span className="pill">enabled</span>
                    ) : (
                      <span className="pill low">disabled</span>
                    )}
                  </td>
                  {writable && extension.declared ? (
                    <td>
                      <Link href="/settings/plugins">Manage the plugin</Link>
                    </td>
                  ) : writable ? (
                    <td>
                      <ActionForm
                        label={`${extension.enabled ? 'Disable' : 'Enable'} ${extension.title}`}
                        idPrefix={`toggle-${extension.id}`}
                        action={toggleExtension}
                        submit={extension.enabled ? 'Disable' : 'Enable'}
                        hidden={{
                          id: extension.id,
                          point: extension.point,
                          title: extension.title,
                          schema: extension.schema,
                          position: extension.position,
                          enabled: extension.enabled ? 'false' : 'true',
                        }}
                        fields={[]}
                        inline
                      />
                      <ActionForm
                        label={`Delete ${extension.title}`}
                        idPrefix={`delete-${extension.id}`}
                        action={deleteExtension}
                        submit="Delete"
                        hidden={{ id: extension.id }}
                        fields={[]}
                        inline
                        danger={{
                          title: `Delete the extension “${extension.title}”?`,
                          consequences: <p>It disappears from the admin for everyone; this cannot be undone.</p>,
                          confirmLabel: 'Yes, delete extension',
                        }}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No extensions yet.</p>
        )}
      </section>
      {writable ? (
        <section className="card" aria-labelledby="add-extension">
          <h2 id="add-extension">Add an extension</h2>
          <p className="muted">
            A schema is <code>{'{"blocks": [...]}'}</code>: <code>card</code> (title, children), <code>fields</code>{' '}
            (label and a path such as <code>product.customFields.material</code>), <code>table</code> (rows from a list
            path, columns), <code>text</code>, <code>link</code> (an admin path or an https URL) and <code>button</code>{' '}
            (<code>productStatusSet</code> on a product, <code>orderHoldPlace</code> on an order, with fixed arguments;
            or an installed plugin’s action:{' '}
            <code>{'"action": {"plugin": "bulk-tier-discount", "name": "recalculate-tier"}'}</code>, its answer shown
            beside the button).
          </p>
          <p className="muted" data-testid="form-layout-help">
            A <strong>custom fields layout</strong> (“Product page: custom fields layout” and the customer, order and
            supplier ones) arranges the Custom fields form of those pages in titled sections:{' '}
            <code>
              {'{"blocks": [{"type": "form", "sections": [{"title": "Materials", "fields": ["material"]}]}]}'}
            </code>
            , with the keys of Settings → Custom fields (each once). Fields it does not list follow under “Other
            fields”; one enabled layout per page. The product page’s layout may place the product’s own fields too (
            <code>@title</code>, <code>@handle</code>, <code>@description</code>, <code>@status</code>,{' '}
            <code>@categories</code>): it then arranges the whole product form, the own fields it leaves out first.
          </p>
          <ExtensionForm />
        </section>
      ) : null}
    </>
  );
}
