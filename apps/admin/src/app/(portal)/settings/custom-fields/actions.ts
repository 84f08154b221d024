'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { CUSTOM_FIELD_ENTITIES, type CustomFieldEntityName } from '../../../../lib/custom-fields.ts';
import { GatewayError, mutate } from '../../../../lib/gateway.ts';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from './types.ts';

const BACK = '/settings/custom-fields';

const CreateProduct = graphql(`
  mutation SettingsCustomFields_CreateProduct($input: CustomFieldDefinitionCreateInput!) {
    created: customFieldDefinitionCreate(input: $input) {
      customFieldDefinition {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveProduct = graphql(`
  mutation SettingsCustomFields_ArchiveProduct($input: CustomFieldDefinitionArchiveInput!) {
    archived: customFieldDefinitionArchive(input: $input) {
      customFieldDefinition {
        id
        archived
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation SettingsCustomFields_CreateCustomer($input: CustomerCustomFieldDefinitionCreateInput!) {
    created: customerCustomFieldDefinitionCreate(input: $input) {
      customFieldDefinition {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveCustomer = graphql(`
  mutation SettingsCustomFields_ArchiveCustomer($input: CustomFieldDefinitionArchiveInput!) {
    archived: customerCustomFieldDefinitionArchive(input: $input) {
      customFieldDefinition {
        id
        archived
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateOrder = graphql(`
  mutation SettingsCustomFields_CreateOrder($input: OrderCustomFieldDefinitionCreateInput!) {
    created: orderCustomFieldDefinitionCreate(input: $input) {
      customFieldDefinition {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveOrder = graphql(`
  mutation SettingsCustomFields_ArchiveOrder($input: CustomFieldDefinitionArchiveInput!) {
    archived: orderCustomFieldDefinitionArchive(input: $input) {
      customFieldDefinition {
        id
        archived
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateSupplier = graphql(`
  mutation SettingsCustomFields_CreateSupplier($input: SupplierCustomFieldDefinitionCreateInput!) {
    created: supplierCustomFieldDefinitionCreate(input: $input) {
      customFieldDefinition {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveSupplier = graphql(`
  mutation SettingsCustomFields_ArchiveSupplier($input: CustomFieldDefinitionArchiveInput!) {
    archived: supplierCustomFieldDefinitionArchive(input: $input) {
      customFieldDefinition {
        id
        archived
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A number typed in the form, or null when blank (a word is left for the API to refuse). */
const numberOf = (form: FormData, name: string) => {
  const value = text(form, name);
  return value === '' ? null : Number(value.replace(',', '.'));
};

const entityOf = (form: FormData): CustomFieldEntityName => {
  const entity = text(form, 'entity');
  return (CUSTOM_FIELD_ENTITIES as readonly string[]).includes(entity) ? (entity as CustomFieldEntityName) : 'PRODUCT';
};

/** The settings page of an entity's fields. */
const backOf = (entity: CustomFieldEntityName) => (entity === 'PRODUCT' ? BACK : `${BACK}?entity=${entity}`);

/** Defines a custom field (on products, customers, orders or suppliers) from the settings form. */
export async function createCustomField(_: FormState, form: FormData): Promise<FormState> {
  const type = (CUSTOM_FIELD_TYPES as readonly string[]).includes(text(form, 'type'))
    ? (text(form, 'type') as CustomFieldType)
    : 'TEXT';
  const values = text(form, 'values')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const validation = {
    min: numberOf(form, 'min'),
    max: numberOf(form, 'max'),
    pattern: optional(form, 'pattern'),
    values: values.length ? values : null,
  };
  const input = {
    key: text(form, 'key'),
    label: text(form, 'label'),
    type,
    required: text(form, 'required') === 'yes',
    visibility: text(form, 'visibility') === 'STOREFRONT' ? ('STOREFRONT' as const) : ('ADMIN' as const),
    defaultValue: optional(form, 'defaultValue'),
    validation,
  };
  const entity = entityOf(form);
  const back = backOf(entity);
  try {
    const created =
      entity === 'CUSTOMER'
        ? (await mutate(CreateCustomer, { input }, back)).created
        : entity === 'ORDER'
          ? (await mutate(CreateOrder, { input }, back)).created
          : entity === 'SUPPLIER'
            ? (await mutate(CreateSupplier, { input }, back)).created
            : (await mutate(CreateProduct, { input }, back)).created;
    if (created.errors.length) {
      const errors = fieldErrors(created.errors);
      // validation.values → values: the form's own field names
      for (const [path, message] of Object.entries(errors)) {
        if (path.startsWith('validation.')) errors[path.split('.')[1]!] = message;
      }
      return { errors, values: Object.fromEntries([...form.entries()].map(([name, value]) => [name, String(value)])) };
    }
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(BACK);
  return { ok: true, message: `Custom field ${input.label} created.` };
}

/** Archives a field (or restores it): hidden from forms and the storefront, its values kept. */
export async function archiveCustomField(_: FormState, form: FormData): Promise<FormState> {
  const archived = text(form, 'archived') !== 'false';
  const entity = entityOf(form);
  const back = backOf(entity);
  const input = { id: text(form, 'id'), version: Number(text(form, 'version')), archived };
  try {
    const done =
      entity === 'CUSTOMER'
        ? (await mutate(ArchiveCustomer, { input }, back)).archived
        : entity === 'ORDER'
          ? (await mutate(ArchiveOrder, { input }, back)).archived
          : entity === 'SUPPLIER'
            ? (await mutate(ArchiveSupplier, { input }, back)).archived
            : (await mutate(ArchiveProduct, { input }, back)).archived;
    if (done.errors.length) return { errors: fieldErrors(done.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(BACK);
  return { ok: true, message: archived ? 'Custom field archived.' : 'Custom field restored.' };
}
