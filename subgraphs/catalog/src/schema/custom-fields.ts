import { encodeGlobalId, localUuid, payloadType, toPayload } from '@ucos/kit';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_FIELD_VISIBILITIES,
  type CustomFieldValue,
  customFieldList,
  customFieldValueToString,
  visibleCustomFields,
} from '@ucos/kit/custom-fields';
import { builder, MoneyRef, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';
import {
  CUSTOM_FIELD_ENTITIES,
  type CustomFieldDefinitionRow,
  type CustomFieldEntity,
  createCustomFieldDefinition,
  customFieldDefinitions,
  updateCustomFieldDefinition,
} from '../data/custom-fields-store.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { ProductRef, VariantRef } from './product-types.ts';

export const CustomFieldTypeEnum = builder.enumType('CustomFieldType', { values: CUSTOM_FIELD_TYPES });
export const CustomFieldVisibilityEnum = builder.enumType('CustomFieldVisibility', {
  values: CUSTOM_FIELD_VISIBILITIES,
  description: 'ADMIN: staff and services only; STOREFRONT: also storefront keys (shown to shoppers)',
});

export const CustomFieldEntityEnum = builder.enumType('CustomFieldEntity', {
  values: CUSTOM_FIELD_ENTITIES,
  description: 'What a custom field is defined on',
});

/** The tenant's active field definitions of an entity, once per request (every row of a page shares them). */
export const activeDefinitions = (context: CatalogContext, entity: CustomFieldEntity = 'PRODUCT') =>
  context.loaders
    .get<CustomFieldEntity, CustomFieldDefinitionRow[]>('customFieldDefinitions', (keys) =>
      context.db.run((sql) => Promise.all(keys.map((key) => customFieldDefinitions(sql, key)))),
    )
    .load(entity);

const CustomFieldValidationRef = builder
  .objectRef<CustomFieldDefinitionRow['validation']>('CustomFieldValidation')
  .implement({
    fields: (t) => ({
      min: t.float({ nullable: true, resolve: (v) => v.min ?? null }),
      max: t.float({ nullable: true, resolve: (v) => v.max ?? null }),
      pattern: t.string({ nullable: true, resolve: (v) => v.pattern ?? null }),
      values: t.stringList({ nullable: true, resolve: (v) => v.values ?? null }),
      referenceType: t.string({ nullable: true, resolve: (v) => v.referenceType ?? null }),
    }),
  });

export const CustomFieldDefinitionRef = builder.objectRef<CustomFieldDefinitionRow>('CustomFieldDefinition').implement({
  description: "A tenant's own field on products or variants: what it is called, holds and who sees it.",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('CustomFieldDefinition', row.id) }),
    entity: t.field({ type: CustomFieldEntityEnum, resolve: (row) => row.entity }),
    key: t.exposeString('key', { description: 'Unique per tenant; how values are written and filtered' }),
    label: t.exposeString('label'),
    type: t.field({ type: CustomFieldTypeEnum, resolve: (row) => row.type }),
    required: t.exposeBoolean('required'),
    defaultValue: t.string({
      nullable: true,
      resolve: (row) => (row.defaultValue === null ? null : customFieldValueToString(row.defaultValue)),
    }),
    validation: t.field({ type: CustomFieldValidationRef, resolve: (row) => row.validation }),
    visibility: t.field({ type: CustomFieldVisibilityEnum, resolve: (row) => row.visibility }),
    position: t.exposeInt('position'),
    archived: t.boolean({ resolve: (row) => row.archivedAt !== null }),
    version: t.exposeInt('version'),
  }),
});

interface CustomFieldEntry {
  definition: CustomFieldDefinitionRow;
  value: CustomFieldValue | null;
}

export const CustomFieldRef = builder.objectRef<CustomFieldEntry>('CustomField').implement({
  description:
    "One custom field of an entity: the definition's key, label and type, and the value as its canonical string " +
    '(number in decimal, boolean true/false, date YYYY-MM-DD, money "19.99 EUR", reference a global id); ' +
    'the typed accessors answer for their type only.',
  fields: (t) => ({
    key: t.string({ resolve: (field) => field.definition.key }),
    label: t.string({ resolve: (field) => field.definition.label }),
    type: t.field({ type: CustomFieldTypeEnum, resolve: (field) => field.definition.type }),
    value: t.string({
      nullable: true,
      resolve: (field) => (field.value === null ? null : customFieldValueToString(field.value)),
    }),
    numberValue: t.float({
      nullable: true,
      resolve: (field) => (typeof field.value === 'number' ? field.value : null),
    }),
    booleanValue: t.boolean({
      nullable: true,
      resolve: (field) => (typeof field.value === 'boolean' ? field.value : null),
    }),
    moneyValue: t.field({
      type: MoneyRef,
      nullable: true,
      resolve: (field) => (field.value !== null && typeof field.value === 'object' ? field.value : null),
    }),
  }),
});

builder.objectField(ProductRef, 'customFields', (t) =>
  t.field({
    type: [CustomFieldRef],
    description:
      "The tenant's active custom fields, in their order, with this product's value (or the default; null when " +
      'neither). Storefront keys get STOREFRONT fields only.',
    resolve: async (product, _args, context) =>
      customFieldList(await activeDefinitions(context), product.customFields, context.seesEverything),
  }),
);

builder.objectField(ProductRef, 'customField', (t) =>
  t.field({
    type: CustomFieldRef,
    nullable: true,
    description: 'One custom field by key; null when there is no such field the caller may see',
    args: { key: t.arg.string({ required: true }) },
    resolve: async (product, { key }, context) =>
      customFieldList(await activeDefinitions(context), product.customFields, context.seesEverything).find(
        (field) => field.definition.key === key,
      ) ?? null,
  }),
);

builder.objectField(VariantRef, 'customFields', (t) =>
  t.field({
    type: [CustomFieldRef],
    description: "The tenant's active VARIANT custom fields with this variant's value (as Product.customFields)",
    resolve: async (variant, _args, context) =>
      customFieldList(await activeDefinitions(context, 'VARIANT'), variant.customFields, context.seesEverything),
  }),
);

builder.objectField(VariantRef, 'customField', (t) =>
  t.field({
    type: CustomFieldRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (variant, { key }, context) =>
      customFieldList(await activeDefinitions(context, 'VARIANT'), variant.customFields, context.seesEverything).find(
        (field) => field.definition.key === key,
      ) ?? null,
  }),
);

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
      if (!context.seesEverything) return visibleCustomFields(await activeDefinitions(context, of), false);
      return context.db.run((sql) => customFieldDefinitions(sql, of, includeArchived ?? false));
    },
  }),
);

// ---- mutations

const ValidationInput = builder.inputType('CustomFieldValidationInput', {
  fields: (t) => ({
    min: t.float({ description: 'NUMBER: smallest value; TEXT: fewest characters; MONEY: minor units' }),
    max: t.float({ description: 'NUMBER: largest value; TEXT: most characters; MONEY: minor units' }),
    pattern: t.string({ description: 'TEXT: a regular expression the whole value must match' }),
    values: t.stringList({ description: 'ENUM: the allowed values' }),
    referenceType: t.string({ description: 'REFERENCE: the type the global id must name (Product, …)' }),
  }),
});

export const CustomFieldValueInput = builder.inputType('CustomFieldValueInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.string({ description: 'The canonical string (see CustomField.value); null or "" removes the value' }),
  }),
});

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
    validation: t.field({ type: ValidationInput }),
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
      toPayload(await createCustomFieldDefinition(context.db, input), (customFieldDefinition) => ({
        customFieldDefinition,
      })),
  }),
);

const UpdateInput = builder.inputType('CustomFieldDefinitionUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    label: t.string(),
    required: t.boolean(),
    defaultValue: t.string({ description: '"" removes the default' }),
    validation: t.field({ type: ValidationInput, description: 'Replaces the validation' }),
    visibility: t.field({ type: CustomFieldVisibilityEnum }),
    position: t.int(),
  }),
});

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

const ArchiveInput = builder.inputType('CustomFieldDefinitionArchiveInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    archived: t.boolean({ defaultValue: true, description: 'false restores it' }),
  }),
});

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
