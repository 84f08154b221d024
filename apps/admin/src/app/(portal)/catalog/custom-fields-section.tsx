import type { FieldErrors } from '@ucos/clients';
import { CustomFieldInput } from '../../../components/custom-field-input.tsx';

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
 * Custom fields): an input per type, named `cf.<key>`, its API error under it. With `sections` (the
 * tenant's PRODUCT_FORM layout, arranged by `arrangeFormFields`), in those titled groups and order.
 */
export function CustomFieldsSection({
  fields,
  errors,
  values,
  sections,
}: {
  fields: readonly CustomFieldInputSpec[];
  errors: FieldErrors | undefined;
  /** what the form sent last (kept after a refusal) */
  values: Record<string, string> | undefined;
  /** the fields in the layout's sections (every field in one of them), or none: the definitions' order */
  sections?: readonly { title: string; fields: readonly CustomFieldInputSpec[] }[] | null;
}) {
  if (fields.length === 0) return null;
  return (
    <fieldset data-testid="product-custom-fields">
      <legend>Custom fields</legend>
      {sections
        ? sections.map((section) => (
            // titles may repeat; a key is in one section only, so its first field names it
            <fieldset key={section.fields[0]?.key ?? section.title} data-testid="custom-fields-section">
              <legend>{section.title}</legend>
              {section.fields.map((field) => (
                <CustomFieldInput key={field.key} field={field} errors={errors} values={values} />
              ))}
            </fieldset>
          ))
        : fields.map((field) => <CustomFieldInput key={field.key} field={field} errors={errors} values={values} />)}
    </fieldset>
  );
}
