'use server';
import { type FormState, text } from '@ucos/ui/form';
import { graphql } from '../../../../generated/gql.ts';
import type { IntegrationKind } from '../../../../generated/graphql.ts';
import { formResult } from '../../../../lib/form-result.ts';
import { mutate } from '../../../../lib/gateway.ts';

const HERE = '/settings/integrations';

const Configure = graphql(`
  mutation Integrations_Configure($input: IntegrationConfigureInput!) {
    integrationConfigure(input: $input) {
      integration {
        kind
        adapterId
        enabled
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const KINDS: readonly IntegrationKind[] = ['PAYMENT', 'TAX', 'SHIPPING_RATES', 'CARRIER', 'ERP_EXPORT'];

/**
 * Saves an adapter's settings: every `settings.<key>` input is sent; a secret left empty keeps the
 * stored one (the API's rule), so the form never has to show a secret. `enabled` is the checkbox.
 */
export async function configureIntegration(_: FormState, form: FormData): Promise<FormState> {
  const kind = text(form, 'kind') as IntegrationKind;
  if (!KINDS.includes(kind)) return { message: 'Unknown adapter kind' };
  const settings = [...form.entries()]
    .filter(([name, value]) => name.startsWith('settings.') && typeof value === 'string')
    .map(([name, value]) => ({ key: name.slice('settings.'.length), value: String(value) }));
  const input = {
    kind,
    adapterId: text(form, 'adapterId'),
    enabled: form.get('enabled') === 'on',
    settings,
  };
  return formResult(
    async () => (await mutate(Configure, { input }, HERE)).integrationConfigure.errors,
    input.enabled ? 'Saved and enabled.' : 'Saved.',
    { revalidate: [HERE] },
  );
}

/** Selects a built-in adapter (the kind's default) again. */
export async function selectBuiltIn(_: FormState, form: FormData): Promise<FormState> {
  const kind = text(form, 'kind') as IntegrationKind;
  if (!KINDS.includes(kind)) return { message: 'Unknown adapter kind' };
  return formResult(
    async () =>
      (await mutate(Configure, { input: { kind, adapterId: text(form, 'adapterId'), enabled: true } }, HERE))
        .integrationConfigure.errors,
    'The built-in adapter is selected.',
    { revalidate: [HERE] },
  );
}

const Rotate = graphql(`
  mutation Integrations_KeyRotate {
    integrationKeyRotate {
      key {
        version
        reencrypted
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function rotateIntegrationKey(_: FormState, _form: FormData): Promise<FormState> {
  let version = 0;
  return formResult(
    async () => {
      const { integrationKeyRotate } = await mutate(Rotate, {}, HERE);
      version = integrationKeyRotate.key?.version ?? 0;
      return integrationKeyRotate.errors;
    },
    () => `Key rotated: version ${version}, every credential re-encrypted.`,
    { revalidate: [HERE] },
  );
}
