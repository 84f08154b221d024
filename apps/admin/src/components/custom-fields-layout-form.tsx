'use client';
import type { FormState } from '@ucos/ui/form';
import { type CustomFieldOnForm, customFieldPath } from '../lib/custom-fields.ts';
import { ActionForm } from './action-form.tsx';
import { CustomFieldInput } from './custom-field-input.tsx';

/**
 * The "Custom fields" form of a detail page in the tenant's layout: the same inputs (`cf.<key>`),
 * action and submit as without one, grouped in the layout's titled sections (`fieldset`s) and order.
 */
export function CustomFieldsLayoutForm({
  sections,
  action,
  hidden,
}: {
  sections: readonly { title: string; fields: readonly CustomFieldOnForm[] }[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
}) {
  return (
    <ActionForm
      label="Custom fields"
      action={action}
      submit="Save custom fields"
      idPrefix="custom-field"
      hidden={hidden}
      fields={[]}
      lead={{
        names: sections.flatMap((section) => section.fields.map((field) => customFieldPath(field.key))),
        render: (state) =>
          sections.map((section) => (
            // titles may repeat; a key is in one section only, so its first field names it
            <fieldset key={section.fields[0]?.key ?? section.title} data-testid="custom-fields-section">
              <legend>{section.title}</legend>
              {section.fields.map((field) => (
                <CustomFieldInput
                  key={field.key}
                  field={field}
                  errors={state.errors}
                  values={state.values}
                  idPrefix="custom-field"
                />
              ))}
            </fieldset>
          )),
      }}
    />
  );
}
