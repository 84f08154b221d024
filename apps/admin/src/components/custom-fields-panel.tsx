import type { FormState } from '@ucos/ui/form';
import Link from 'next/link';
import { type CustomFieldOnForm, customFieldFormFields, customFieldText } from '../lib/custom-fields.ts';
import { ActionForm } from './action-form.tsx';

/**
 * The "Custom fields" card of a detail page (customer, order, supplier): the tenant's fields of the
 * entity with this one's values, as a form generated from the definitions when the viewer may change
 * them (each API error under its input), else as a list.
 */
export function CustomFieldsPanel({
  fields,
  entity,
  write,
  action,
  hidden,
}: {
  fields: readonly CustomFieldOnForm[];
  /** what the fields are on, in words: "customers", "orders", "suppliers" */
  entity: string;
  write: boolean;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
}) {
  return (
    <section className="card" aria-labelledby="custom-fields" data-testid="custom-fields-panel">
      <h2 id="custom-fields">Custom fields</h2>
      {fields.length === 0 ? (
        <p className="muted">
          No custom fields on {entity} yet: add them in{' '}
          <Link href="/settings/custom-fields">Settings → Custom fields</Link>.
        </p>
      ) : write ? (
        <ActionForm
          label="Custom fields"
          action={action}
          submit="Save custom fields"
          idPrefix="custom-field"
          hidden={hidden}
          fields={customFieldFormFields(fields)}
        />
      ) : (
        <dl className="facts">
          {fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{customFieldText(field)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
