import type { FieldErrors } from '@ucos/clients';
import { Field } from '@ucos/ui/field';

/** One custom field as the product form edits it: its definition and the product's value (canonical string). */
export interface CustomFieldInputSpec {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'DATE' | 'ENUM' | 'MONEY' | 'REFERENCE';
  required: boolean;
  choices: readonly string[];
  value: string | null;
}

/** The API's path of a field's errors (input.customFields.<key>), as fieldErrors keys it. */
export const customFieldPath = (key: string) => `customFields.${key}`;

/**
 * The "Custom fields" part of the product form, generated from the tenant's definitions (Settings →
 * Custom fields): an input per type, named `cf.<key>`, its API error under it.
 */
export function CustomFieldsSection({
  fields,
  errors,
  values,
}: {
  fields: readonly CustomFieldInputSpec[];
  errors: FieldErrors | undefined;
  /** what the form sent last (kept after a refusal) */
  values: Record<string, string> | undefined;
}) {
  if (fields.length === 0) return null;
  return (
    <fieldset data-testid="product-custom-fields">
      <legend>Custom fields</legend>
      {fields.map((field) => {
        const name = `cf.${field.key}`;
        const path = customFieldPath(field.key);
        const id = `field-${path.replace(/\./g, '-')}`;
        const label = `${field.label}${field.required ? ' *' : ''}`;
        const current = values?.[name] ?? field.value ?? '';
        const error = errors?.[path];
        if (field.type === 'BOOLEAN' || field.type === 'ENUM') {
          const options =
            field.type === 'BOOLEAN'
              ? [
                  { value: 'true', label: 'Yes' },
                  { value: 'false', label: 'No' },
                ]
              : field.choices.map((choice) => ({ value: choice, label: choice }));
          return (
            <div key={field.key}>
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
                {options.map((option) => (
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
            key={`${field.key}:${current}`}
            name={name}
            path={path}
            label={label}
            type={field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text'}
            placeholder={
              field.type === 'MONEY' ? '19.99 EUR' : field.type === 'REFERENCE' ? 'the id of the entity' : undefined
            }
            defaultValue={current}
            errors={errors}
          />
        );
      })}
    </fieldset>
  );
}
