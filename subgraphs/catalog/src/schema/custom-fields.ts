import { badUserInput, inputMutation, localUuid } from '@ucos/kit';
import { type CustomFieldDefinitionInput, type CustomFieldValue, visibleCustomFields } from '@ucos/kit/custom-fields';
import {
  activeCustomFieldDefinitions,
  type CustomFieldEntry,
  customFieldsOn,
  customFieldTypes,
} from '@ucos/kit/graphql/custom-fields-schema';
import { builder, MoneyRef, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';
import {
  type CustomFieldDefinitionRow,
  type CustomFieldEntity,
  createCustomFieldDefinition,
  customFieldDefinitions,
  customFields,
  isCatalogEntity,
  updateCustomFieldDefinition,
} from '../data/custom-fields-store.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { ProductRef, VariantRef } from './product-types.ts';

/** The custom field types every subgraph with custom fields shares (the kit's, shareable). */
const types = customFieldTypes(builder, MoneyRef);
export const {
  CustomFieldTypeEnum,
  CustomFieldVisibilityEnum,
  CustomFieldEntityEnum,
  CustomFieldDefinitionRef,
  CustomFieldRef,
  CustomFieldValueInput,
} = types;
export type { CustomFieldEntry };

const seesEverything = (context: CatalogContext) => context.seesEverything;
const dbOf = (context: CatalogContext) => context.db;

/** The tenant's active field definitions of an entity, once per request (every row of a page shares them). */
export const activeDefinitions = (context: CatalogContext, entity: CustomFieldEntity = 'PRODUCT') =>
  activeCustomFieldDefinitions(context, { store: customFields, db: dbOf }, entity) as Promise<
    CustomFieldDefinitionRow[]
  >;

const fieldsOptions = { store: customFields, db: dbOf, seesEverything };
customFieldsOn<CatalogContext, { customFields: Record<string, CustomFieldValue> }>(builder, types, ProductRef, {
  ...fieldsOptions,
  entity: 'PRODUCT',
  values: (product) => product.customFields,
});
customFieldsOn<CatalogContext, { customFields: Record<string, CustomFieldValue> }>(builder, types, VariantRef, {
  ...fieldsOptions,
  entity: 'VARIANT',
  values: (variant) => variant.customFields,
});

builder.queryField('customFieldDefinitions', (t) =>
  t.field({
    type: [CustomFieldDefinitionRef],
    description: "The tenant's custom fields of an entity in order. Storefront keys get active STOREFRONT ones only.",
    authScopes: READ_SCOPES,
    args: {
      entity: t.arg({ type: CustomFieldEntityEnum, defaultValue: 'PRODUCT' }),
      includeArchived: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, { entity, includeArchived }, context) => {
      const of = entity ?? 'PRODUCT';
      if (!isCatalogEntity(of)) {
        throw badUserInput(`${of} fields are listed by ${of.toLowerCase()}CustomFieldDefinitions`, ['entity']);
      }
      if (!context.seesEverything) return visibleCustomFields(await activeDefinitions(context, of), false);
      return context.db.run((sql) => customFieldDefinitions(sql, of, includeArchived ?? false));
    },
  }),
);

// ---- mutations

/** A definition mutation's payload: the definition, null when its errors say why. */
const definitionPayload = (codes: readonly CatalogErrorCode[]) => ({
  codes,
  field: 'customFieldDefinition',
  type: CustomFieldDefinitionRef,
});

/** The definition an input's `id` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const definitionUuid = (id: string) => localUuid(id, 'CustomFieldDefinition', ['input', 'id']);

const DEFINITION_CODES = ['INVALID_CUSTOM_FIELD_DEFINITION', 'INVALID_CUSTOM_FIELD_VALUE'] as const;

const CreateInput = builder.inputType('CustomFieldDefinitionCreateInput', {
  fields: (t) => ({
    entity: t.field({ type: CustomFieldEntityEnum, defaultValue: 'PRODUCT' }),
    key: t.string({ required: true, description: 'a-z, 0-9 and _, starting with a letter, at most 40' }),
    label: t.string({ required: true }),
    type: t.field({ type: CustomFieldTypeEnum, required: true }),
    required: t.boolean({ defaultValue: false }),
    defaultValue: t.string({ description: 'The canonical string of the default value' }),
    validation: t.field({ type: types.ValidationInput }),
    visibility: t.field({ type: CustomFieldVisibilityEnum, defaultValue: 'ADMIN' }),
    position: t.int({ description: 'Order in forms and lists; after the last one by default' }),
  }),
});

inputMutation(builder, 'customFieldDefinitionCreate', {
  input: CreateInput,
  payload: definitionPayload(['DUPLICATE_CUSTOM_FIELD_KEY', 'INVALID_CUSTOM_FIELD_KEY', ...DEFINITION_CODES]),
  description: 'Defines a custom field on products (or variants: entity VARIANT).',
  authScopes: WRITE_SCOPES,
  run: (context, input) => createCustomFieldDefinition(context.db, input as CustomFieldDefinitionInput),
  fields: (customFieldDefinition) => ({ customFieldDefinition }),
});

const UpdateInput = types.DefinitionUpdateInput;

inputMutation(builder, 'customFieldDefinitionUpdate', {
  input: UpdateInput,
  payload: definitionPayload(['CONFLICT', 'NOT_FOUND', ...DEFINITION_CODES]),
  description: "Changes a custom field's label, rules, default, visibility or order (its key and type stay).",
  authScopes: WRITE_SCOPES,
  // the kit's definition inputs are untyped refs: their shapes are the store's
  run: (context, input: Parameters<typeof updateCustomFieldDefinition>[1]) =>
    updateCustomFieldDefinition(context.db, { ...input, id: definitionUuid(input.id) }),
  fields: (customFieldDefinition) => ({ customFieldDefinition }),
});

const ArchiveInput = types.DefinitionArchiveInput;

inputMutation(builder, 'customFieldDefinitionArchive', {
  input: ArchiveInput,
  payload: definitionPayload(['CONFLICT', 'NOT_FOUND', ...DEFINITION_CODES]),
  description:
    'Archives a custom field: no longer shown or accepted on write; the stored values are kept and come back ' +
    'when it is restored (archived: false).',
  authScopes: WRITE_SCOPES,
  run: (context, input: { id: string; version: number; archived?: boolean | null }) =>
    updateCustomFieldDefinition(context.db, {
      id: definitionUuid(input.id),
      version: input.version,
      archived: input.archived ?? true,
    }),
  fields: (customFieldDefinition) => ({ customFieldDefinition }),
});
