'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import type { ReactNode } from 'react';
import { useFormAction } from './use-form-action.ts';

export interface FieldSpec {
  name: string;
  label: string;
  type?: string;
  path?: string;
  defaultValue?: string | number | null;
  required?: boolean;
  options?: { value: string; label: string }[];
  multiple?: boolean;
}

/**
 * A form posting to a server action, its fields showing the API's typed errors field by field, and
 * a secret shown once (new API keys).
 */
export function ActionForm({
  action,
  fields,
  submit,
  hidden,
  label,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: string;
  hidden?: Record<string, string | number>;
  label: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useFormAction(action);
  // an error about an input this form does not show (e.g. input.version) still has to be seen
  const shown = new Set(['', ...fields.map((field) => field.path ?? field.name)]);
  const unmatched = Object.entries(state.errors ?? {}).filter(([path]) => !shown.has(path));
  return (
    <form action={formAction} aria-label={label} noValidate>
      <FormMessages state={state} />
      {unmatched.map(([path, message]) => (
        <p className="alert" role="alert" key={path}>
          {message}
        </p>
      ))}
      {state.secret ? (
        <div role="status">
          <p>
            <strong>Copy this key now — it is shown only once.</strong>
          </p>
          <p className="secret" data-testid="secret">
            {state.secret}
          </p>
        </div>
      ) : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.options ? (
          <div key={field.name}>
            <label htmlFor={`field-${field.name}`}>{field.label}</label>
            <select
              id={`field-${field.name}`}
              name={field.name}
              multiple={field.multiple}
              key={state.values?.[field.name] ?? 'initial'}
              defaultValue={
                field.multiple ? undefined : (state.values?.[field.name] ?? field.defaultValue?.toString() ?? undefined)
              }
              aria-invalid={state.errors?.[field.path ?? field.name] ? true : undefined}
              size={field.multiple ? Math.min(8, field.options.length) : undefined}
            >
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {state.errors?.[field.path ?? field.name] ? (
              <p className="field-error" role="alert">
                {state.errors[field.path ?? field.name]}
              </p>
            ) : null}
          </div>
        ) : (
          <Field
            key={field.name}
            name={field.name}
            label={field.label}
            type={field.type}
            path={field.path}
            required={field.required}
            errors={state.errors}
            defaultValue={state.values?.[field.name] ?? field.defaultValue}
          />
        ),
      )}
      {children}
      <p>
        <Submit>{submit}</Submit>
      </p>
    </form>
  );
}
