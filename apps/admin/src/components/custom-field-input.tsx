import type { FieldErrors } from '@ucos/clients';
import { Field } from '@ucos/ui/field';
import { type CustomFieldOnForm, customFieldControl, customFieldPath } from '../lib/custom-fields.ts';

/**
 * One custom field's input, generated from its definition: a select for choices and yes/no, else a
 * typed input; named `cf.<key>`, the API's error (`input.customFields.<key>`) under it. Shared by the
 * product form and the detail pages' "Custom fields" card when a layout puts them in sections.
 */
export function CustomFieldInput({
  field,
  errors,
  values,
  idPrefix = 'field',
}: {
  field: CustomFieldOnForm;
  errors: FieldErrors | undefined;
  /** what the form sent last (kept after a refusal) */
  values: Record<string, string> | undefined;
  idPrefix?: string;
}) {
  const name = `cf.${field.key}`;
  const path = customFieldPath(field.key);
  const id = `${idPrefix}-${path.replace(/\./g, '-')}`;
  const label = `${field.label}${field.required ? ' *' : ''}`;
  const current = values?.[name] ?? field.value ?? '';
  const error = errors?.[path];
  const control = customFieldControl(field);
  if ('options' in control) {
    return (
      <div>
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          name={name}
          key={current}
          defaultValue={current}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <option value="">—</option>
          {control.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <Field
      key={current}
      name={name}
      path={path}
      label={label}
      idPrefix={idPrefix}
      type={control.type}
      placeholder={control.placeholder}
      defaultValue={current}
      errors={errors}
    />
  );
}
