'use client';
import { type ConfirmProps, ConfirmSubmit } from '@ucos/ui/confirm';
import { FormFeedback } from '@ucos/ui/feedback';
import { Field } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import type { ReactNode } from 'react';
import { CheckboxGroup, type Choice } from './checkbox-group.tsx';
import { CopyButton } from './copy-button.tsx';
import { UnmatchedErrors } from './unmatched-errors.tsx';
import { useFormAction, valueList } from './use-form-action.ts';

export interface FieldSpec {
  name: string;
  label: string;
  type?: string;
  path?: string;
  defaultValue?: string | number | null;
  required?: boolean;
  /** a hint inside an empty input: what an inline form's (visually hidden) label cannot show */
  placeholder?: string;
  options?: { value: string; label: string }[];
  multiple?: boolean;
  /** checkboxes instead of an input: every checked value is sent under `name` */
  choices?: readonly Choice[];
  /** what a multiple select or checkboxes start with */
  defaultValues?: readonly string[];
}

/**
 * A form posting to a server action, its fields showing the API's typed errors field by field, its
 * outcome beside the submit button (`FormFeedback`), and a secret shown once (new API keys). With
 * `danger` the submit is a destructive one that asks first, naming what breaks (`ConfirmSubmit`).
 */
export function ActionForm({
  action,
  fields,
  submit,
  hidden,
  label,
  idPrefix = 'field',
  inline = false,
  danger,
  lead,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: string;
  hidden?: Record<string, string | number>;
  label: string;
  /** set when a page repeats this form (one per table row), so every label finds its own input */
  idPrefix?: string;
  /** one row, labels read by screen readers only: a compact form inside a table cell */
  inline?: boolean;
  /** a destructive action: the confirmation's question and what breaks (the submit's words open it) */
  danger?: Omit<ConfirmProps, 'children'>;
  /** inputs of its own before the fields (a combobox), given the form's state for their errors */
  lead?: { names: string[]; render: (state: FormState) => ReactNode };
  children?: ReactNode;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} aria-label={label} noValidate className={inline ? 'inline-form' : undefined}>
      {state.secret ? (
        <div role="status">
          <p>
            <strong>Copy it now — it is shown only once.</strong>
          </p>
          <div className="copy-secret">
            <p className="secret" data-testid="secret" id={`${idPrefix}-secret`}>
              {state.secret}
            </p>
            <CopyButton text={state.secret} label="Copy" selectId={`${idPrefix}-secret`} />
          </div>
        </div>
      ) : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {lead?.render(state)}
      {fields.map((field) =>
        field.choices ? (
          <CheckboxGroup
            key={`${field.name}-${state.values?.[field.name] ?? 'initial'}`}
            name={field.name}
            legend={field.label}
            choices={field.choices}
            checked={valueList(state, field.name) ?? field.defaultValues ?? []}
            error={state.errors?.[field.path ?? field.name]}
            idPrefix={idPrefix}
          />
        ) : field.options ? (
          <div key={field.name}>
            <label htmlFor={`${idPrefix}-${field.name}`}>{field.label}</label>
            <select
              id={`${idPrefix}-${field.name}`}
              name={field.name}
              multiple={field.multiple}
              key={state.values?.[field.name] ?? 'initial'}
              defaultValue={
                field.multiple
                  ? (valueList(state, field.name) ?? field.defaultValues ?? [])
                  : (state.values?.[field.name] ?? field.defaultValue?.toString() ?? undefined)
              }
              aria-invalid={state.errors?.[field.path ?? field.name] ? true : undefined}
              aria-describedby={
                state.errors?.[field.path ?? field.name] ? `${idPrefix}-${field.name}-error` : undefined
              }
              size={field.multiple ? Math.min(8, field.options.length) : undefined}
            >
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {state.errors?.[field.path ?? field.name] ? (
              <p className="field-error" id={`${idPrefix}-${field.name}-error`} role="alert">
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
            idPrefix={idPrefix}
            required={field.required}
            placeholder={field.placeholder}
            errors={state.errors}
            defaultValue={state.values?.[field.name] ?? field.defaultValue}
          />
        ),
      )}
      {children}
      <UnmatchedErrors
        errors={state.errors}
        shown={[...(lead?.names ?? []), ...fields.map((field) => field.path ?? field.name)]}
      />
      <div className="form-actions">
        {danger ? <ConfirmSubmit {...danger}>{submit}</ConfirmSubmit> : <Submit>{submit}</Submit>}
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
