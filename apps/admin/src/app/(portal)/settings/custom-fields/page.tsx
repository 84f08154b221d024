import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { CUSTOM_FIELD_ENTITIES, type CustomFieldEntityName } from '../../../../lib/custom-fields.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { archiveCustomField, createCustomField } from './actions.ts';
import { CUSTOM_FIELD_TYPES, TYPE_LABELS } from './types.ts';

export const metadata = { title: 'Custom fields' };
const HERE = '/settings/custom-fields';

const Products = graphql(`
  query SettingsCustomFields_Products {
    definitions: customFieldDefinitions(includeArchived: true) {
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

const Customers = graphql(`
  query SettingsCustomFields_Customers {
    definitions: customerCustomFieldDefinitions(includeArchived: true) {
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

const Orders = graphql(`
  query SettingsCustomFields_Orders {
    definitions: orderCustomFieldDefinitions(includeArchived: true) {
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

const Suppliers = graphql(`
  query SettingsCustomFields_Suppliers {
    definitions: supplierCustomFieldDefinitions(includeArchived: true) {
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

/** Each entity's tab: its list, the scope that changes it and what its fields do. */
const ENTITIES = {
  PRODUCT: {
    tab: 'Products',
    document: Products,
    scope: 'catalog:write',
    about:
      'Each product form gets an input per field, values are checked on save and in the import (a cf.<key> column), choice and yes/no fields filter and facet the product search, and fields shown on the storefront appear on the product page.',
  },
  CUSTOMER: {
    tab: 'Customers',
    document: Customers,
    scope: 'orders:manage',
    about:
      'Each customer page gets an input per field; fields shown on the storefront are the ones shoppers may read and set on their own profile.',
  },
  ORDER: {
    tab: 'Orders',
    document: Orders,
    scope: 'orders:manage',
    about:
      'Each order page gets an input per field; fields shown on the storefront may be filled in by the shopper at checkout (a required one must be).',
  },
  SUPPLIER: {
    tab: 'Suppliers',
    document: Suppliers,
    scope: 'procurement:manage',
    about: 'Each supplier page gets an input per field; suppliers are never shown on the storefront.',
  },
} as const satisfies Record<CustomFieldEntityName, unknown>;

const entityOf = (value: string | string[] | undefined): CustomFieldEntityName =>
  typeof value === 'string' && value in ENTITIES ? (value as CustomFieldEntityName) : 'PRODUCT';

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

export default async function CustomFieldsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const entity = entityOf((await searchParams).entity);
  const here = entity === 'PRODUCT' ? HERE : `${HERE}?entity=${entity}`;
  const viewer = await requireViewer(here);
  const spec = ENTITIES[entity];
  const write = can(viewer.scopes, spec.scope);
  const { definitions: fields } = await gql(spec.document, {}, here);
  const what = spec.tab.toLowerCase();
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Custom fields</h1>
      <nav aria-label="What the fields are on" className="subnav">
        {CUSTOM_FIELD_ENTITIES.map((name) => (
          <Link
            key={name}
            href={name === 'PRODUCT' ? HERE : `${HERE}?entity=${name}`}
            aria-current={name === entity ? 'page' : undefined}
          >
            {ENTITIES[name].tab}
          </Link>
        ))}
      </nav>
      <p className="muted">
        Your own fields on {what}. {spec.about}
      </p>
      {fields.length ? (
        <table aria-label={`Custom fields on ${what}`} data-testid="custom-fields">
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
                      hidden={{
                        entity,
                        id: field.id,
                        version: field.version,
                        archived: field.archived ? 'false' : 'true',
                      }}
                      fields={[]}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No custom fields on {what} yet.</p>
      )}
      {write ? (
        <section className="card" aria-labelledby="new-custom-field">
          <h2 id="new-custom-field">Add a custom field on {what}</h2>
          <ActionForm
            label="Add a custom field"
            action={createCustomField}
            submit="Add field"
            idPrefix="new-custom-field"
            hidden={{ entity }}
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
          You can view the custom fields on {what} but not change them (your role lacks {spec.scope}).
        </p>
      )}
    </>
  );
}
