'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { GatewayError, mutate } from '../../../../lib/gateway.ts';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from './types.ts';

const BACK = '/settings/custom-fields';

const Create = graphql(`
  mutation SettingsCustomFields_Create($input: CustomFieldDefinitionCreateInput!) {
    customFieldDefinitionCreate(input: $input) {
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

const Archive = graphql(`
  mutation SettingsCustomFields_Archive($input: CustomFieldDefinitionArchiveInput!) {
    customFieldDefinitionArchive(input: $input) {
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

/** Defines a custom field on products from the settings form. */
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
  try {
    const { customFieldDefinitionCreate } = await mutate(Create, { input }, BACK);
    if (customFieldDefinitionCreate.errors.length) {
      const errors = fieldErrors(customFieldDefinitionCreate.errors);
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
  try {
    const { customFieldDefinitionArchive } = await mutate(
      Archive,
      { input: { id: text(form, 'id'), version: Number(text(form, 'version')), archived } },
      BACK,
    );
    if (customFieldDefinitionArchive.errors.length) return { errors: fieldErrors(customFieldDefinitionArchive.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(BACK);
  return { ok: true, message: archived ? 'Custom field archived.' : 'Custom field restored.' };
}
