import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { endpointAction, redeliver, rotateSecret } from '../actions.ts';
import { WebhookEndpointDetail } from '../documents.ts';

export const metadata = { title: 'Webhook endpoint' };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/webhooks/${encodeURIComponent(id)}`;
  const when = clockIn((await requireViewer(here)).tenant.timeZone).dateTime;
  const { webhookEndpoint: endpoint, webhookDeliveries: deliveries } = await gql(WebhookEndpointDetail, { id }, here);
  if (!endpoint) notFound();
  const button = (action: string, submit: string) => (
    <ActionForm
      label={submit}
      idPrefix={`endpoint-${action}`}
      action={endpointAction}
      submit={submit}
      hidden={{ endpointId: endpoint.id, action }}
      fields={[]}
      inline
    />
  );
  return (
    <>
      <p>
        <Link href="/webhooks">← Webhooks</Link>
      </p>
      <h1>{endpoint.url}</h1>
      <p>
        <span className="pill" data-testid="endpoint-state">
          {endpoint.enabled ? 'enabled' : 'disabled'}
        </span>{' '}
        {endpoint.eventTypes.join(', ')} · created {when(endpoint.createdAt)}
        {endpoint.description ? ` · ${endpoint.description}` : null}
      </p>
      {!endpoint.enabled && endpoint.disabledReason ? (
        <div className="alert" role="status">
          <p>Disabled: {endpoint.disabledReason}</p>
        </div>
      ) : null}
      <section className="card" aria-labelledby="manage">
        <h2 id="manage">Manage</h2>
        <div className="grid">
          <div>
            {endpoint.enabled ? button('test', 'Send test ping') : null}
            {endpoint.enabled ? button('disable', 'Disable') : button('enable', 'Enable')}
            {button('delete', 'Delete endpoint')}
          </div>
          <div>
            <ActionForm
              label="Rotate the signing secret"
              idPrefix="rotate"
              action={rotateSecret}
              submit="Rotate secret"
              hidden={{ endpointId: endpoint.id }}
              fields={[
                {
                  name: 'overlapHours',
                  label: 'Hours the current secret keeps signing (0 to 168)',
                  type: 'number',
                  defaultValue: 24,
                  required: true,
                },
              ]}
            />
            {endpoint.previousSecretExpiresAt ? (
              <p className="muted">The previous secret signs until {when(endpoint.previousSecretExpiresAt)}.</p>
            ) : null}
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby="deliveries">
        <h2 id="deliveries">Deliveries ({deliveries.totalCount})</h2>
        <table>
          <thead>
            <tr>
              <th>Event</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Response</th>
              <th>Latency</th>
              <th>Last attempt</th>
              <th>Next attempt</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {deliveries.edges.map(({ node }) => (
              <tr key={node.id} data-testid="delivery">
                <td>
                  {node.eventType}
                  <br />
                  <code className="muted">{node.eventId}</code>
                </td>
                <td>
                  <span className={node.status === 'FAILED' ? 'pill low' : 'pill'} data-testid="delivery-status">
                    {node.status.toLowerCase()}
                  </span>
                </td>
                <td data-testid="delivery-attempts">{node.attempts}</td>
                <td>
                  {node.responseStatus ?? '—'}
                  {node.error ? <div className="field-error">{node.error}</div> : null}
                  {node.responseBody ? (
                    <details>
                      <summary>body</summary>
                      <pre>{node.responseBody}</pre>
                    </details>
                  ) : null}
                </td>
                <td>{node.latencyMs === null ? '—' : `${node.latencyMs} ms`}</td>
                <td>{when(node.lastAttemptAt)}</td>
                <td>{when(node.nextAttemptAt)}</td>
                <td>
                  {node.status === 'PENDING' ? null : (
                    <ActionForm
                      label={`Redeliver ${node.eventId}`}
                      idPrefix={`redeliver-${node.id}`}
                      action={redeliver}
                      submit="Redeliver"
                      hidden={{ endpointId: endpoint.id, deliveryId: node.id }}
                      fields={[]}
                      inline
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
