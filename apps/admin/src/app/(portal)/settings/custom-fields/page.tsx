import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { archiveCustomField, createCustomField } from './actions.ts';
import { CUSTOM_FIELD_TYPES, TYPE_LABELS } from './types.ts';

export const metadata = { title: 'Custom fields' };
const HERE = '/settings/custom-fields';

const Definitions = graphql(`
  query SettingsCustomFields_List {
    customFieldDefinitions(includeArchived: true) {
      id
      key
      label
      type
      required
      defaultValue
      visibility
      archived
      version
      validation {
        min
        max
        pattern
        values
      }
    }
  }
`);

/** What a field's rules say, in a few words. */
function rulesOf(validation: {
  min?: number | null;
  max?: number | null;
  pattern?: string | null;
  values?: string[] | null;
}) {
  const parts: string[] = [];
  if (validation.values?.length) parts.push(validation.values.join(', '));
  if (validation.min != null) parts.push(`min ${validation.min}`);
  if (validation.max != null) parts.push(`max ${validation.max}`);
  if (validation.pattern) parts.push(`pattern ${validation.pattern}`);
  return parts.join('; ');
}

export default async function CustomFieldsPage() {
  const viewer = await requireViewer(HERE);
  const write = can(viewer.scopes, 'catalog:write');
  const { customFieldDefinitions: fields } = await gql(Definitions, {}, HERE);
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Custom fields</h1>
      <p className="muted">
        Your own fields on products: each product form gets an input per field, values are checked on save and in the
        import (a <code>cf.&lt;key&gt;</code> column), choice and yes/no fields filter and facet the product search, and
        fields shown on the storefront appear on the product page.
      </p>
      {fields.length ? (
        <table aria-label="Custom fields on products" data-testid="custom-fields">
          <thead>
            <tr>
              <th>Label</th>
              <th>Key</th>
              <th>Type</th>
              <th>Rules</th>
              <th>Shown on</th>
              <th>State</th>
              {write ? <th>Action</th> : null}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.id} data-testid="custom-field">
                <td>
                  {field.label}
                  {field.required ? ' (required)' : ''}
                </td>
                <td>
                  <code>{field.key}</code>
                </td>
                <td>{TYPE_LABELS[field.type]}</td>
                <td>
                  {rulesOf(field.validation)}
                  {field.defaultValue ? ` (default ${field.defaultValue})` : ''}
                </td>
                <td>{field.visibility === 'STOREFRONT' ? 'admin and storefront' : 'admin only'}</td>
                <td>{field.archived ? 'archived' : 'active'}</td>
                {write ? (
                  <td>
                    <ActionForm
                      inline
                      label={`${field.archived ? 'Restore' : 'Archive'} the custom field ${field.label}`}
                      action={archiveCustomField}
                      submit={field.archived ? 'Restore' : 'Archive'}
                      idPrefix={`custom-field-${field.key}`}
                      hidden={{ id: field.id, version: field.version, archived: field.archived ? 'false' : 'true' }}
                      fields={[]}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No custom fields yet.</p>
      )}
      {write ? (
        <section className="card" aria-labelledby="new-custom-field">
          <h2 id="new-custom-field">Add a custom field</h2>
          <ActionForm
            label="Add a custom field"
            action={createCustomField}
            submit="Add field"
            idPrefix="new-custom-field"
            fields={[
              { name: 'label', label: 'Label', required: true },
              { name: 'key', label: 'Key (a-z, 0-9 and _, e.g. material)', required: true },
              {
                name: 'type',
                label: 'Type',
                options: CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] })),
                defaultValue: 'TEXT',
              },
              {
                name: 'visibility',
                label: 'Shown on',
                options: [
                  { value: 'ADMIN', label: 'admin only' },
                  { value: 'STOREFRONT', label: 'admin and storefront' },
                ],
                defaultValue: 'ADMIN',
              },
              {
                name: 'required',
                label: 'Required',
                options: [
                  { value: 'no', label: 'no' },
                  { value: 'yes', label: 'yes' },
                ],
                defaultValue: 'no',
              },
              { name: 'values', label: 'Choices (for a choice field, comma-separated)' },
              { name: 'defaultValue', label: 'Default value (optional)' },
              { name: 'min', label: 'Minimum (number, amount in cents, or text length)' },
              { name: 'max', label: 'Maximum' },
              { name: 'pattern', label: 'Pattern (text: a regular expression)' },
            ]}
          />
        </section>
      ) : (
        <p className="muted" role="note">
          You can view the custom fields but not change them (your role lacks catalog:write).
        </p>
      )}
    </>
  );
}
