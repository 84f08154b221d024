import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { CopyButton } from '../../../../components/copy-button.tsx';
import { publicApiOrigin } from '../../../../lib/config.ts';
import { gql } from '../../../../lib/gateway.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { rotateIntegrationKey, selectBuiltIn } from './actions.ts';
import { IntegrationsPage } from './documents.ts';
import { IntegrationForm, type SecretState } from './integration-form.tsx';

export const metadata = { title: 'Integrations' };

const HERE = '/settings/integrations';

/** The tenant's own id inside its global id (`Tenant:<uuid>`, base64url): what a provider's webhook URL names. */
const tenantUuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

/** Adapters that receive the provider's events, and the URL the merchant registers with the provider. */
const WEBHOOK_ADAPTERS = new Set(['stripe']);

export default async function IntegrationsSettingsPage() {
  const viewer = await requireViewer(HERE);
  const clock = clockIn(viewer.tenant.timeZone);
  const webhookUrl = (adapterId: string) =>
    `${publicApiOrigin()}/integrations/${adapterId}/webhook?tenant=${tenantUuidOf(viewer.tenant.id)}`;
  const { integrationAdapters, integrations, integrationKey } = await gql(IntegrationsPage, {}, HERE);
  const configured = (kind: string, adapterId: string) =>
    integrations.find((row) => row.kind === kind && row.adapterId === adapterId);
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Integrations</h1>
      <p className="muted">
        The services the shop works with: which payment provider checkout charges through and where shipping rates come
        from (its zones, or its own shipping-rate plugins); tax, carrier and ERP export adapters come later. Credentials
        are encrypted with the shop&apos;s own key and never shown again: only whether each one is set and its last four
        characters.
      </p>
      {integrationAdapters.map((kind) => {
        const selected = kind.adapters.find((adapter) => configured(kind.kind, adapter.id)?.enabled);
        const inUse = selected?.id ?? kind.defaultAdapterId;
        return (
          <section className="card" key={kind.kind} aria-labelledby={`kind-${kind.kind}`}>
            <h2 id={`kind-${kind.kind}`}>{kind.label}</h2>
            {kind.adapters.length === 0 ? <p className="muted">No adapter of this kind is available yet.</p> : null}
            {kind.adapters.map((adapter) => {
              const row = configured(kind.kind, adapter.id);
              const secrets: Record<string, SecretState> = Object.fromEntries(
                (row?.secrets ?? []).map((secret) => [secret.key, { set: secret.set, hint: secret.hint ?? null }]),
              );
              const settings = Object.fromEntries((row?.settings ?? []).map((setting) => [setting.key, setting.value]));
              return (
                <div key={adapter.id} className="integration" data-testid={`integration-${adapter.id}`}>
                  <h3>
                    {adapter.label}{' '}
                    {inUse === adapter.id ? (
                      <span className="pill">in use</span>
                    ) : row ? (
                      <span className="pill low">configured, not enabled</span>
                    ) : null}
                  </h3>
                  <p className="muted">{adapter.description}</p>
                  {WEBHOOK_ADAPTERS.has(adapter.id) ? (
                    <p>
                      Webhook endpoint to register with {adapter.label}:{' '}
                      <code id={`webhook-url-${adapter.id}`}>{webhookUrl(adapter.id)}</code>{' '}
                      <CopyButton
                        text={webhookUrl(adapter.id)}
                        label="Copy URL"
                        selectId={`webhook-url-${adapter.id}`}
                      />
                    </p>
                  ) : null}
                  {adapter.builtIn ? (
                    inUse === adapter.id ? null : (
                      <ActionForm
                        label={`Use ${adapter.label}`}
                        idPrefix={`builtin-${kind.kind}`}
                        action={selectBuiltIn}
                        submit={`Use ${adapter.label}`}
                        hidden={{ kind: kind.kind, adapterId: adapter.id }}
                        fields={[]}
                      />
                    )
                  ) : (
                    <IntegrationForm
                      kind={kind.kind}
                      adapterId={adapter.id}
                      label={adapter.label}
                      fields={adapter.fields.map((field) => ({ ...field, description: field.description ?? null }))}
                      settings={settings}
                      secrets={secrets}
                      enabled={row?.enabled ?? false}
                    />
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
      <section className="card" aria-labelledby="integration-key">
        <h2 id="integration-key">Encryption key</h2>
        {integrationKey ? (
          <p data-testid="integration-key">
            Version {integrationKey.version}, last rotated {clock.dateTime(integrationKey.rotatedAt)}
            {integrationKey.currentMasterKey ? '' : ' — wrapped under a previous master key: rotate it'}.
          </p>
        ) : (
          <p className="muted">Created with the first integration you configure.</p>
        )}
        <ActionForm label="Rotate the encryption key" action={rotateIntegrationKey} submit="Rotate key" fields={[]} />
      </section>
    </>
  );
}
