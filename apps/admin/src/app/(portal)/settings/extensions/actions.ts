'use server';
import type { PayloadError } from '@ucos/clients';
import { isCoreFormField, parseUiSchema, uiFormSections } from '@ucos/plugin-sdk/ui-schema';
import { type FormState, text } from '@ucos/ui/form';
import { graphql } from '../../../../generated/gql.ts';
import { formResult } from '../../../../lib/form-result.ts';
import { GatewayError, gql, mutate } from '../../../../lib/gateway.ts';
import { FORM_POINT_ENTITIES, type FormPointName, isFormPointName, isPoint } from './points.ts';

const LIST = '/settings/extensions';

const Save = graphql(`
  mutation Settings_UiExtensionSave($input: UiExtensionSaveInput!) {
    uiExtensionSave(input: $input) {
      uiExtension {
        id
        title
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const Delete = graphql(`
  mutation Settings_UiExtensionDelete($input: UiExtensionDeleteInput!) {
    uiExtensionDelete(input: $input) {
      deletedId
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The current (not archived) custom fields of each entity a form layout arranges. */
const ProductFieldKeys = graphql(`
  query SettingsExtensions_ProductFieldKeys {
    customFieldDefinitions {
      key
    }
  }
`);
const CustomerFieldKeys = graphql(`
  query SettingsExtensions_CustomerFieldKeys {
    customerCustomFieldDefinitions {
      key
    }
  }
`);
const OrderFieldKeys = graphql(`
  query SettingsExtensions_OrderFieldKeys {
    orderCustomFieldDefinitions {
      key
    }
  }
`);
const SupplierFieldKeys = graphql(`
  query SettingsExtensions_SupplierFieldKeys {
    supplierCustomFieldDefinitions {
      key
    }
  }
`);

async function fieldKeys(point: FormPointName): Promise<string[]> {
  switch (point) {
    case 'PRODUCT_FORM':
      return (await gql(ProductFieldKeys, {}, LIST)).customFieldDefinitions.map((field) => field.key);
    case 'CUSTOMER_FORM':
      return (await gql(CustomerFieldKeys, {}, LIST)).customerCustomFieldDefinitions.map((field) => field.key);
    case 'ORDER_FORM':
      return (await gql(OrderFieldKeys, {}, LIST)).orderCustomFieldDefinitions.map((field) => field.key);
    case 'SUPPLIER_FORM':
      return (await gql(SupplierFieldKeys, {}, LIST)).supplierCustomFieldDefinitions.map((field) => field.key);
  }
}

/**
 * A form layout's keys checked against the entity's current custom fields before the API is called:
 * each unknown key (archived, mistyped, another entity's) named with its place in the schema. A
 * schema the SDK refuses is left to the API, which reports every problem on its path.
 */
async function unknownLayoutKeys(point: FormPointName, schema: string): Promise<string | null> {
  const parsed = parseUiSchema(point, schema);
  const sections = parsed.ok ? uiFormSections(parsed.schema) : null;
  if (!sections) return null;
  let known: Set<string>;
  try {
    known = new Set(await fieldKeys(point));
  } catch (error) {
    if (error instanceof GatewayError)
      return `The ${FORM_POINT_ENTITIES[point]} fields could not be read: ${error.message}`;
    throw error;
  }
  const entity = FORM_POINT_ENTITIES[point];
  const unknown = sections.flatMap((section, sectionIndex) =>
    section.fields.flatMap((key, index) =>
      // the form's own fields (@title) the SDK checked already
      known.has(key) || isCoreFormField(key)
        ? []
        : [`blocks.0.sections.${sectionIndex}.fields.${index}: no ${entity} custom field has the key “${key}”`],
    ),
  );
  if (!unknown.length) return null;
  const offered = known.size ? `its keys: ${[...known].join(', ')}` : `no ${entity} custom fields yet`;
  return `${unknown.join('; ')} (${offered}; see Settings → Custom fields)`;
}

/**
 * A schema problem comes back on its path inside the schema (input.schema.blocks.0.type); the form
 * has one textarea, so each is shown under it, led by where in the JSON it is.
 */
function underTheSchema(errors: readonly PayloadError[]): PayloadError[] {
  return errors.map((error) => {
    const field = error.field ?? [];
    if (field[0] !== 'input' || field[1] !== 'schema' || field.length === 2) return error;
    return { ...error, field: ['input', 'schema'], message: `${field.slice(2).join('.')}: ${error.message}` };
  });
}

/** Creates an extension (or replaces one, with `id`) from the settings form. */
export async function saveExtension(_: FormState, form: FormData): Promise<FormState> {
  const point = text(form, 'point');
  // a tampered choice is refused under the field, not quietly made a product panel
  if (!isPoint(point)) return { errors: { point: 'Choose where the extension goes' } };
  const id = text(form, 'id');
  const input = {
    ...(id ? { id } : {}),
    point,
    title: text(form, 'title'),
    schema: text(form, 'schema'),
    position: Number(text(form, 'position') || 0),
    enabled: text(form, 'enabled') !== 'false',
  };
  const keys = isFormPointName(point) ? await unknownLayoutKeys(point, input.schema) : null;
  if (keys) {
    return {
      errors: { schema: keys },
      values: { point, title: input.title, schema: input.schema, position: text(form, 'position') },
    };
  }
  let title = '';
  const state = await formResult(
    async () => {
      const { uiExtensionSave } = await mutate(Save, { input }, LIST);
      title = uiExtensionSave.uiExtension?.title ?? '';
      return underTheSchema(uiExtensionSave.errors);
    },
    () => `Saved “${title}”.`,
    { revalidate: [LIST, '/'] },
  );
  return state.ok
    ? state
    : { ...state, values: { point, title: input.title, schema: input.schema, position: text(form, 'position') } };
}

/** Turns an extension on or off: the whole stored extension is sent back with the new state. */
export async function toggleExtension(_: FormState, form: FormData): Promise<FormState> {
  const enabled = text(form, 'enabled') === 'true';
  const point = text(form, 'point');
  if (!isPoint(point)) return { message: 'This extension’s place is not one the admin knows; reload the page.' };
  return formResult(
    async () =>
      underTheSchema(
        (
          await mutate(
            Save,
            {
              input: {
                id: text(form, 'id'),
                point,
                title: text(form, 'title'),
                schema: text(form, 'schema'),
                position: Number(text(form, 'position') || 0),
                enabled,
              },
            },
            LIST,
          )
        ).uiExtensionSave.errors,
      ),
    enabled ? 'Enabled.' : 'Disabled.',
    { revalidate: [LIST, '/'] },
  );
}

export async function deleteExtension(_: FormState, form: FormData): Promise<FormState> {
  return formResult(
    async () => (await mutate(Delete, { input: { id: text(form, 'id') } }, LIST)).uiExtensionDelete.errors,
    'Deleted.',
    { revalidate: [LIST, '/'] },
  );
}
