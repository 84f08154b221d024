import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { gql } from '../../../lib/gateway.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { createEndpoint } from './actions.ts';
import { WebhookEndpoints } from './documents.ts';

export const metadata = { title: 'Webhooks' };

const HERE = '/webhooks';

export default async function WebhooksPage() {
  await requireViewer(HERE);
  const { webhookEndpoints, webhookEventTypes } = await gql(WebhookEndpoints, {}, HERE);
  const domains = [...new Set(webhookEventTypes.map((type) => type.split('.')[0] ?? type))];
  return (
    <>
      <h1>Webhooks</h1>
      <p className="muted">
        Endpoints receive the platform's events as signed JSON (header <code>UCOS-Signature</code>, verify it with the
        partner SDK's <code>verifyWebhook</code>). Failed deliveries are retried with backoff for about a day; repeated
        failures disable the endpoint.
      </p>
      <section className="card" aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints ({webhookEndpoints.totalCount})</h2>
        <table>
          <thead>
            <tr>
              <th>URL</th>
              <th>Events</th>
              <th>State</th>
              <th>Description</th>
            </tr>
          </thead>
          <tbody>
            {webhookEndpoints.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link href={`/webhooks/${encodeURIComponent(node.id)}`}>{node.url}</Link>
                </td>
                <td>{node.eventTypes.join(', ')}</td>
                <td>
                  {node.enabled ? (
                    <span className="pill">enabled</span>
                  ) : (
                    <span className="pill low" title={node.disabledReason ?? undefined}>
                      disabled
                    </span>
                  )}
                  {node.consecutiveFailures > 0 ? ` · ${node.consecutiveFailures} failures in a row` : null}
                </td>
                <td>{node.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="new-endpoint">
        <h2 id="new-endpoint">New endpoint</h2>
        <ActionForm
          label="New webhook endpoint"
          idPrefix="new-endpoint"
          action={createEndpoint}
          submit="Create endpoint"
          fields={[
            { name: 'url', label: 'URL', type: 'url', required: true, placeholder: 'https://example.com/webhooks' },
            { name: 'description', label: 'Description' },
            {
              name: 'eventTypes',
              label: 'Events',
              path: 'eventTypes',
              choices: [
                { value: '*', label: 'Every event', hint: '*', group: 'All' },
                ...domains.map((domain) => ({
                  value: `${domain}.*`,
                  label: `Every ${domain} event`,
                  hint: `${domain}.*`,
                  group: 'All',
                })),
                ...webhookEventTypes.map((type) => ({ value: type, label: type, group: type.split('.')[0] ?? type })),
              ],
            },
            {
              name: 'otherEventTypes',
              label: 'Other event types or wildcards (comma-separated, e.g. orders.order.*)',
            },
          ]}
        />
      </section>
    </>
  );
}
