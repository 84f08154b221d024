import { badUserInput, localUuid, payloadType, toPayload } from '@ucos/kit';
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

const definitionPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      customFieldDefinition: t.field({
        type: CustomFieldDefinitionRef,
        nullable: true,
        resolve: (payload) => payload.customFieldDefinition ?? null,
      }),
    }),
  });

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

builder.mutationField('customFieldDefinitionCreate', (t) =>
  t.field({
    type: definitionPayload('CustomFieldDefinitionCreate', [
      'DUPLICATE_CUSTOM_FIELD_KEY',
      'INVALID_CUSTOM_FIELD_KEY',
      ...DEFINITION_CODES,
    ]),
    description: 'Defines a custom field on products (or variants: entity VARIANT).',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await createCustomFieldDefinition(context.db, input as CustomFieldDefinitionInput),
        (customFieldDefinition) => ({
          customFieldDefinition,
        }),
      ),
  }),
);

const UpdateInput = types.DefinitionUpdateInput;

builder.mutationField('customFieldDefinitionUpdate', (t) =>
  t.field({
    type: definitionPayload('CustomFieldDefinitionUpdate', ['CONFLICT', 'NOT_FOUND', ...DEFINITION_CODES]),
    description: "Changes a custom field's label, rules, default, visibility or order (its key and type stay).",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'CustomFieldDefinition', ['input', 'id']);
      const result = await updateCustomFieldDefinition(context.db, { ...input, id });
      return toPayload(result, (customFieldDefinition) => ({ customFieldDefinition }));
    },
  }),
);

const ArchiveInput = types.DefinitionArchiveInput;

builder.mutationField('customFieldDefinitionArchive', (t) =>
  t.field({
    type: definitionPayload('CustomFieldDefinitionArchive', ['CONFLICT', 'NOT_FOUND', ...DEFINITION_CODES]),
    description:
      'Archives a custom field: no longer shown or accepted on write; the stored values are kept and come back ' +
      'when it is restored (archived: false).',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ArchiveInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'CustomFieldDefinition', ['input', 'id']);
      const result = await updateCustomFieldDefinition(context.db, {
        id,
        version: input.version,
        archived: input.archived ?? true,
      });
      return toPayload(result, (customFieldDefinition) => ({ customFieldDefinition }));
    },
  }),
);
