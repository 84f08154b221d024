import { arrangeFormFields, type UiFormSection } from '@ucos/plugin-sdk/ui-schema';
import type { FormState } from '@ucos/ui/form';
import Link from 'next/link';
import { type CustomFieldOnForm, customFieldFormFields, customFieldText } from '../lib/custom-fields.ts';
import { ActionForm } from './action-form.tsx';
import { CustomFieldsLayoutForm } from './custom-fields-layout-form.tsx';

/**
 * The "Custom fields" card of a detail page (customer, order, supplier): the tenant's fields of the
 * entity with this one's values, as a form generated from the definitions when the viewer may change
 * them (each API error under its input), else as a list. With a `layout` (the page's form point,
 * `formLayoutOf`), in its titled sections and order, the fields it does not name in a last "Other
 * fields" section; the inputs and the save are the same.
 */
export function CustomFieldsPanel({
  fields,
  entity,
  write,
  action,
  hidden,
  layout,
}: {
  fields: readonly CustomFieldOnForm[];
  /** what the fields are on, in words: "customers", "orders", "suppliers" */
  entity: string;
  write: boolean;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  /** the sections of the tenant's layout for this form, or none */
  layout?: readonly UiFormSection[] | null;
}) {
  const sections = arrangeFormFields(layout, fields);
  const facts = (shown: readonly CustomFieldOnForm[]) => (
    <dl className="facts">
      {shown.map((field) => (
        <div key={field.key}>
          <dt>{field.label}</dt>
          <dd>{customFieldText(field)}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section className="card" aria-labelledby="custom-fields" data-testid="custom-fields-panel">
      <h2 id="custom-fields">Custom fields</h2>
      {fields.length === 0 ? (
        <p className="muted">
          No custom fields on {entity} yet: add them in{' '}
          <Link href="/settings/custom-fields">Settings → Custom fields</Link>.
        </p>
      ) : write && sections ? (
        <CustomFieldsLayoutForm sections={sections} action={action} hidden={hidden} />
      ) : write ? (
        <ActionForm
          label="Custom fields"
          action={action}
          submit="Save custom fields"
          idPrefix="custom-field"
          hidden={hidden}
          fields={customFieldFormFields(fields)}
        />
      ) : sections ? (
        sections.map((section) => (
          <section
            key={section.fields[0]?.key ?? section.title}
            aria-label={section.title}
            data-testid="custom-fields-section"
          >
            <h3>{section.title}</h3>
            {facts(section.fields)}
          </section>
        ))
      ) : (
        facts(fields)
      )}
    </section>
  );
}
