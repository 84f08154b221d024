'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Field } from '@ucos/ui/field';
import { Submit } from '@ucos/ui/submit';
import { UnmatchedErrors } from '../../../../components/unmatched-errors.tsx';
import { useFormAction } from '../../../../components/use-form-action.ts';
import { configureIntegration } from './actions.ts';

export interface AdapterFieldView {
  key: string;
  label: string;
  secret: boolean;
  required: boolean;
  description: string | null;
}

/** What the page knows of a secret: set or not, and its last 4 when the API gives them. */
export interface SecretState {
  set: boolean;
  hint: string | null;
}

export const secretStatus = (secret: SecretState | undefined) =>
  secret?.set ? `configured${secret.hint ? ` ••••${secret.hint}` : ''}` : 'not set';

/**
 * One adapter's settings. Secret fields are password inputs that are never prefilled — not with the
 * stored value (the API never answers it) and not with what was typed before a refusal — and an empty
 * one keeps the stored secret; beside each, whether it is configured and its last 4 characters.
 */
export function IntegrationForm({
  kind,
  adapterId,
  label,
  fields,
  settings,
  secrets,
  enabled,
}: {
  kind: string;
  adapterId: string;
  label: string;
  fields: readonly AdapterFieldView[];
  settings: Record<string, string>;
  secrets: Record<string, SecretState>;
  enabled: boolean;
}) {
  const [state, action] = useFormAction(configureIntegration);
  const idPrefix = `integration-${adapterId}`;
  return (
    <form action={action} aria-label={`${label} settings`} noValidate>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="adapterId" value={adapterId} />
      {fields.map((field) =>
        field.secret ? (
          <div key={field.key}>
            <Field
              name={`settings.${field.key}`}
              label={`${field.label}${field.required ? '' : ' (optional)'}`}
              type="password"
              autoComplete="new-password"
              idPrefix={idPrefix}
              errors={state.errors}
              placeholder={secrets[field.key]?.set ? 'Leave empty to keep the stored value' : (field.description ?? '')}
            />
            <p className="muted" data-testid={`${adapterId}-${field.key}-status`}>
              {field.label}: {secretStatus(secrets[field.key])}
            </p>
          </div>
        ) : (
          <Field
            key={field.key}
            name={`settings.${field.key}`}
            label={`${field.label}${field.required ? '' : ' (optional)'}`}
            idPrefix={idPrefix}
            errors={state.errors}
            placeholder={field.description ?? ''}
            defaultValue={state.values?.[`settings.${field.key}`] ?? settings[field.key] ?? ''}
          />
        ),
      )}
      <div>
        <label className="choice">
          <input
            type="checkbox"
            name="enabled"
            defaultChecked={state.values ? state.values.enabled === 'on' : enabled}
            key={`enabled-${state.values?.enabled ?? enabled}`}
            aria-describedby={`${idPrefix}-enabled-hint`}
          />{' '}
          Enabled
        </label>
        <p className="muted" id={`${idPrefix}-enabled-hint`}>
          Selected for this kind: any other adapter of the kind is switched off.
        </p>
      </div>
      <UnmatchedErrors errors={state.errors} shown={fields.map((field) => `settings.${field.key}`)} />
      <div className="form-actions">
        <Submit>{`Save ${label}`}</Submit>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
