'use client';
import { FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../components/submit.tsx';
import { fieldPath, type PublicField } from '../../lib/custom-fields.ts';
import { saveProfileFields } from './profile-actions.ts';

/** One public field as an input: a select for yes/no and choices, else typed like its value. */
function FieldInput({ field, errors }: { field: PublicField; errors: FormState['errors'] }) {
  const t = useTranslations('Account');
  const id = `cf-${field.key}`;
  const error = errors?.[fieldPath(field.key)];
  const common = {
    id,
    name: `cf.${field.key}`,
    defaultValue: field.value ?? '',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  const choices =
    field.type === 'BOOLEAN'
      ? [
          { value: 'true', label: t('yes') },
          { value: 'false', label: t('no') },
        ]
      : field.type === 'ENUM'
        ? field.choices.map((choice) => ({ value: choice, label: choice }))
        : null;
  return (
    <div>
      <label htmlFor={id}>
        {field.label}
        {field.required ? ' *' : ''}
      </label>
      {choices ? (
        <select {...common}>
          <option value="">—</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text'}
          step={field.type === 'NUMBER' ? 'any' : undefined}
          placeholder={field.type === 'MONEY' ? '19.99 EUR' : undefined}
        />
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The shopper's own public fields: the editable ones in a form, the others as text. */
export function ProfileFieldsForm({ fields, version }: { fields: PublicField[]; version: number }) {
  const t = useTranslations('Account');
  const [state, action] = useActionState(saveProfileFields, {} as FormState);
  const editable = fields.filter((field) => field.editable);
  const fixed = fields.filter((field) => !field.editable);
  return (
    <>
      {fixed.length > 0 ? (
        <dl data-testid="profile-fields-fixed">
          {fixed.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{field.value ?? '—'}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {editable.length > 0 ? (
        <form action={action} aria-label={t('details')} noValidate>
          <FormMessages state={state} />
          <input type="hidden" name="version" value={version} />
          {editable.map((field) => (
            <FieldInput key={field.key} field={field} errors={state.errors} />
          ))}
          <p>
            <Submit>{t('saveDetails')}</Submit>
          </p>
        </form>
      ) : null}
    </>
  );
}
