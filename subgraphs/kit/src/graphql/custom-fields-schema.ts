import type { ObjectRef } from '@pothos/core';
import type { KitContext } from '../context.ts';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_FIELD_VISIBILITIES,
  type CustomFieldValue,
  customFieldList,
  customFieldValueToString,
  visibleCustomFields,
} from '../custom-fields.ts';
import {
  CUSTOM_FIELD_ENTITIES,
  type CustomFieldDefinitionCode,
  type CustomFieldDefinitionRow,
  type CustomFieldEntity,
  type CustomFieldStore,
  type CustomFieldsDb,
} from '../custom-fields-store.ts';
import type { Sql } from '../db/pg-tenant-db.ts';
import { encodeGlobalId, localUuid } from './global-id.ts';
import { payloadType, toPayload } from './payload.ts';

/**
 * The GraphQL side of custom fields, the same in every subgraph that has them (catalog, orders,
 * procurement): the shared types (`CustomField`, `CustomFieldDefinition`, their enums and inputs,
 * shareable and identical wherever defined, so the subgraphs compose), the definitions' query and
 * mutations of one entity, and `customFields`/`customField(key)` on the entity's type.
 */

// biome-ignore lint/suspicious/noExplicitAny: each subgraph's builder has its own SchemaTypes
type AnyBuilder = PothosSchemaTypes.SchemaBuilder<any>;
// biome-ignore lint/suspicious/noExplicitAny: refs belong to the caller's builder
type AnyRef = ObjectRef<any, any>;

export interface CustomFieldEntry {
  definition: CustomFieldDefinitionRow;
  value: CustomFieldValue | null;
}

export interface CustomFieldTypes {
  // biome-ignore lint/suspicious/noExplicitAny: enum refs of the caller's builder
  CustomFieldTypeEnum: any;
  // biome-ignore lint/suspicious/noExplicitAny: enum refs of the caller's builder
  CustomFieldVisibilityEnum: any;
  // biome-ignore lint/suspicious/noExplicitAny: enum refs of the caller's builder
  CustomFieldEntityEnum: any;
  CustomFieldDefinitionRef: AnyRef;
  CustomFieldRef: AnyRef;
  // biome-ignore lint/suspicious/noExplicitAny: input refs of the caller's builder
  ValidationInput: any;
  // biome-ignore lint/suspicious/noExplicitAny: input refs of the caller's builder
  CustomFieldValueInput: any;
  // biome-ignore lint/suspicious/noExplicitAny: input refs of the caller's builder
  DefinitionUpdateInput: any;
  // biome-ignore lint/suspicious/noExplicitAny: input refs of the caller's builder
  DefinitionArchiveInput: any;
}

const typesOf = new WeakMap<object, CustomFieldTypes>();

/** The shared custom field types on a subgraph's builder (once per builder); `money` is its `moneyType`. */
export function customFieldTypes(builder: AnyBuilder, money: AnyRef): CustomFieldTypes {
  const known = typesOf.get(builder);
  if (known) return known;
  const CustomFieldTypeEnum = builder.enumType('CustomFieldType', { values: CUSTOM_FIELD_TYPES });
  const CustomFieldVisibilityEnum = builder.enumType('CustomFieldVisibility', {
    values: CUSTOM_FIELD_VISIBILITIES,
    description: 'ADMIN: staff and services only; STOREFRONT: also storefront keys (shown to shoppers)',
  });
  const CustomFieldEntityEnum = builder.enumType('CustomFieldEntity', {
    values: CUSTOM_FIELD_ENTITIES,
    description:
      'What a custom field is defined on. Catalog holds PRODUCT and VARIANT fields, orders CUSTOMER and ORDER, ' +
      'procurement SUPPLIER (each with its own definitions query and mutations).',
  });

  const ValidationRef = builder.objectRef<CustomFieldDefinitionRow['validation']>('CustomFieldValidation').implement({
    shareable: true,
    fields: (t) => ({
      min: t.float({ nullable: true, resolve: (v: CustomFieldDefinitionRow['validation']) => v.min ?? null }),
      max: t.float({ nullable: true, resolve: (v: CustomFieldDefinitionRow['validation']) => v.max ?? null }),
      pattern: t.string({ nullable: true, resolve: (v: CustomFieldDefinitionRow['validation']) => v.pattern ?? null }),
      values: t.stringList({
        nullable: true,
        resolve: (v: CustomFieldDefinitionRow['validation']) => v.values ?? null,
      }),
      referenceType: t.string({
        nullable: true,
        resolve: (v: CustomFieldDefinitionRow['validation']) => v.referenceType ?? null,
      }),
    }),
  });

  const CustomFieldDefinitionRef = builder.objectRef<CustomFieldDefinitionRow>('CustomFieldDefinition').implement({
    shareable: true,
    description: "A tenant's own field on an entity: what it is called, holds and who sees it.",
    fields: (t) => ({
      id: t.id({ resolve: (row: CustomFieldDefinitionRow) => encodeGlobalId('CustomFieldDefinition', row.id) }),
      entity: t.field({ type: CustomFieldEntityEnum, resolve: (row: CustomFieldDefinitionRow) => row.entity }),
      key: t.exposeString('key', { description: 'Unique per tenant and entity; how values are written and filtered' }),
      label: t.exposeString('label'),
      type: t.field({ type: CustomFieldTypeEnum, resolve: (row: CustomFieldDefinitionRow) => row.type }),
      required: t.exposeBoolean('required'),
      defaultValue: t.string({
        nullable: true,
        resolve: (row: CustomFieldDefinitionRow) =>
          row.defaultValue === null ? null : customFieldValueToString(row.defaultValue),
      }),
      validation: t.field({ type: ValidationRef, resolve: (row: CustomFieldDefinitionRow) => row.validation }),
      visibility: t.field({
        type: CustomFieldVisibilityEnum,
        resolve: (row: CustomFieldDefinitionRow) => row.visibility,
      }),
      position: t.exposeInt('position'),
      archived: t.boolean({ resolve: (row: CustomFieldDefinitionRow) => row.archivedAt !== null }),
      version: t.exposeInt('version'),
    }),
  });

  const CustomFieldRef = builder.objectRef<CustomFieldEntry>('CustomField').implement({
    shareable: true,
    description:
      "One custom field of an entity: the definition's key, label and type, and the value as its canonical string " +
      '(number in decimal, boolean true/false, date YYYY-MM-DD, money "19.99 EUR", reference a global id); ' +
      'the typed accessors answer for their type only.',
    fields: (t) => ({
      key: t.string({ resolve: (field: CustomFieldEntry) => field.definition.key }),
      label: t.string({ resolve: (field: CustomFieldEntry) => field.definition.label }),
      type: t.field({ type: CustomFieldTypeEnum, resolve: (field: CustomFieldEntry) => field.definition.type }),
      value: t.string({
        nullable: true,
        resolve: (field: CustomFieldEntry) => (field.value === null ? null : customFieldValueToString(field.value)),
      }),
      numberValue: t.float({
        nullable: true,
        resolve: (field: CustomFieldEntry) => (typeof field.value === 'number' ? field.value : null),
      }),
      booleanValue: t.boolean({
        nullable: true,
        resolve: (field: CustomFieldEntry) => (typeof field.value === 'boolean' ? field.value : null),
      }),
      moneyValue: t.field({
        type: money,
        nullable: true,
        resolve: (field: CustomFieldEntry) =>
          field.value !== null && typeof field.value === 'object' ? field.value : null,
      }),
    }),
  });

  const ValidationInput = builder.inputType('CustomFieldValidationInput', {
    fields: (t) => ({
      min: t.float({ description: 'NUMBER: smallest value; TEXT: fewest characters; MONEY: minor units' }),
      max: t.float({ description: 'NUMBER: largest value; TEXT: most characters; MONEY: minor units' }),
      pattern: t.string({ description: 'TEXT: a regular expression the whole value must match' }),
      values: t.stringList({ description: 'ENUM: the allowed values' }),
      referenceType: t.string({ description: 'REFERENCE: the type the global id must name (Product, …)' }),
    }),
  });

  const CustomFieldValueInput = builder.inputType('CustomFieldValueInput', {
    fields: (t) => ({
      key: t.string({ required: true }),
      value: t.string({ description: 'The canonical string (see CustomField.value); null or "" removes the value' }),
    }),
  });

  const DefinitionUpdateInput = builder.inputType('CustomFieldDefinitionUpdateInput', {
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

  const DefinitionArchiveInput = builder.inputType('CustomFieldDefinitionArchiveInput', {
    fields: (t) => ({
      id: t.id({ required: true }),
      version: t.int({ required: true }),
      archived: t.boolean({ defaultValue: true, description: 'false restores it' }),
    }),
  });

  const types: CustomFieldTypes = {
    CustomFieldTypeEnum,
    CustomFieldVisibilityEnum,
    CustomFieldEntityEnum,
    CustomFieldDefinitionRef,
    CustomFieldRef,
    ValidationInput,
    CustomFieldValueInput,
    DefinitionUpdateInput,
    DefinitionArchiveInput,
  };
  typesOf.set(builder, types);
  return types;
}

/** What a subgraph tells the kit to serve one entity's custom fields. */
export interface CustomFieldEntityOptions<Context extends KitContext> {
  entity: CustomFieldEntity;
  store: CustomFieldStore;
  /** the caller's tenant database (reads and units of work) */
  db(context: Context): CustomFieldsDb & { run<T>(work: (sql: Sql) => Promise<T>): Promise<T> };
  /** staff and services see ADMIN fields too; storefront callers STOREFRONT ones only */
  seesEverything(context: Context): boolean;
}

/**
 * The tenant's active definitions of an entity, read once per request for every entity of the store
 * asked for in the same tick (one statement): every row of a page shares them.
 */
export function activeCustomFieldDefinitions<Context extends KitContext>(
  context: Context,
  options: Pick<CustomFieldEntityOptions<Context>, 'store' | 'db'>,
  entity: CustomFieldEntity,
): Promise<CustomFieldDefinitionRow[]> {
  const { store } = options;
  return context.loaders
    .get<CustomFieldEntity, CustomFieldDefinitionRow[]>(`customFieldDefinitions:${store.schema}`, async (entities) => {
      const rows = await options.db(context).run((sql) => store.activeDefinitions(sql, entities));
      return entities.map((entity) => rows.filter((row) => row.entity === entity));
    })
    .load(entity);
}

/** `customFields` and `customField(key)` on an entity's type, from the values its row holds. */
export function customFieldsOn<Context extends KitContext, Row>(
  builder: AnyBuilder,
  types: CustomFieldTypes,
  ref: AnyRef,
  options: CustomFieldEntityOptions<Context> & { values(row: Row): Record<string, CustomFieldValue> | null },
): void {
  const list = async (row: Row, context: Context) =>
    customFieldList(
      await activeCustomFieldDefinitions(context, options, options.entity),
      options.values(row),
      options.seesEverything(context),
    );
  builder.objectField(ref, 'customFields', (t) =>
    t.field({
      type: [types.CustomFieldRef],
      description: `The tenant's active ${options.entity} custom fields in their order, with this one's value (or the default; null when neither). Storefront callers get STOREFRONT fields only.`,
      resolve: (row: Row, _args: unknown, context: Context) => list(row, context),
    }),
  );
  builder.objectField(ref, 'customField', (t) =>
    t.field({
      type: types.CustomFieldRef,
      nullable: true,
      description: 'One custom field by key; null when there is no such field the caller may see',
      args: { key: t.arg.string({ required: true }) },
      resolve: async (row: Row, { key }: { key: string }, context: Context) =>
        (await list(row, context)).find((field) => field.definition.key === key) ?? null,
    }),
  );
}

/**
 * The definitions of one entity in the API: `<prefix>CustomFieldDefinitions(includeArchived)` and
 * `<prefix>CustomFieldDefinitionCreate`/`Update`/`Archive` (prefix `customer` → `customerCustomField
 * DefinitionCreate`). A definition of another entity is NOT_FOUND to these mutations.
 */
export function customFieldDefinitionFields<Context extends KitContext>(
  builder: AnyBuilder,
  types: CustomFieldTypes,
  options: CustomFieldEntityOptions<Context> & {
    prefix: string;
    // biome-ignore lint/suspicious/noExplicitAny: the caller builder's auth scopes
    readScopes: any;
    // biome-ignore lint/suspicious/noExplicitAny: the caller builder's auth scopes
    writeScopes: any;
  },
): void {
  const { entity, store, prefix } = options;
  const Prefix = prefix.charAt(0).toUpperCase() + prefix.slice(1);
  const payload = (mutation: string, codes: readonly CustomFieldDefinitionCode[]) =>
    payloadType(builder, mutation, {
      codes,
      fields: (t) => ({
        customFieldDefinition: t.field({
          type: types.CustomFieldDefinitionRef,
          nullable: true,
          resolve: (value: { customFieldDefinition?: CustomFieldDefinitionRow }) => value.customFieldDefinition ?? null,
        }),
      }),
    });
  const valueCodes = ['INVALID_CUSTOM_FIELD_DEFINITION', 'INVALID_CUSTOM_FIELD_VALUE'] as const;
  const changeCodes = ['CONFLICT', 'NOT_FOUND', ...valueCodes] as const;

  builder.queryField(`${prefix}CustomFieldDefinitions`, (t) =>
    t.field({
      type: [types.CustomFieldDefinitionRef],
      description: `The tenant's ${entity} custom fields in order. Storefront callers get active STOREFRONT ones only.`,
      authScopes: options.readScopes,
      args: { includeArchived: t.arg.boolean({ defaultValue: false }) },
      resolve: async (_root: unknown, args: { includeArchived?: boolean | null }, context: Context) => {
        if (!options.seesEverything(context)) {
          return visibleCustomFields(await activeCustomFieldDefinitions(context, options, entity), false);
        }
        return options.db(context).run((sql) => store.definitions(sql, entity, args.includeArchived ?? false));
      },
    }),
  );

  const CreateInput = builder.inputType(`${Prefix}CustomFieldDefinitionCreateInput`, {
    fields: (t) => ({
      key: t.string({ required: true, description: 'a-z, 0-9 and _, starting with a letter, at most 40' }),
      label: t.string({ required: true }),
      type: t.field({ type: types.CustomFieldTypeEnum, required: true }),
      required: t.boolean({ defaultValue: false }),
      defaultValue: t.string({ description: 'The canonical string of the default value' }),
      validation: t.field({ type: types.ValidationInput }),
      visibility: t.field({ type: types.CustomFieldVisibilityEnum, defaultValue: 'ADMIN' }),
      position: t.int({ description: 'Order in forms and lists; after the last one by default' }),
    }),
  });

  builder.mutationField(`${prefix}CustomFieldDefinitionCreate`, (t) =>
    t.field({
      type: payload(`${Prefix}CustomFieldDefinitionCreate`, [
        'DUPLICATE_CUSTOM_FIELD_KEY',
        'INVALID_CUSTOM_FIELD_KEY',
        ...valueCodes,
      ]),
      description: `Defines a custom field on ${entity.toLowerCase()}s.`,
      authScopes: options.writeScopes,
      args: { input: t.arg({ type: CreateInput, required: true }) },
      // biome-ignore lint/suspicious/noExplicitAny: the input's generated shape
      resolve: async (_root: unknown, { input }: { input: any }, context: Context) =>
        toPayload(await store.create(options.db(context), entity, input), (customFieldDefinition) => ({
          customFieldDefinition,
        })),
    }),
  );

  builder.mutationField(`${prefix}CustomFieldDefinitionUpdate`, (t) =>
    t.field({
      type: payload(`${Prefix}CustomFieldDefinitionUpdate`, changeCodes),
      description: `Changes a ${entity} custom field's label, rules, default, visibility or order (its key and type stay).`,
      authScopes: options.writeScopes,
      args: { input: t.arg({ type: types.DefinitionUpdateInput, required: true }) },
      // biome-ignore lint/suspicious/noExplicitAny: the input's generated shape
      resolve: async (_root: unknown, { input }: { input: any }, context: Context) => {
        const id = localUuid(input.id, 'CustomFieldDefinition', ['input', 'id']);
        const result = await store.update(options.db(context), entity, { ...input, id });
        return toPayload(result, (customFieldDefinition) => ({ customFieldDefinition }));
      },
    }),
  );

  builder.mutationField(`${prefix}CustomFieldDefinitionArchive`, (t) =>
    t.field({
      type: payload(`${Prefix}CustomFieldDefinitionArchive`, changeCodes),
      description: `Archives a ${entity} custom field: no longer shown or accepted on write; the stored values are kept and come back when it is restored (archived: false).`,
      authScopes: options.writeScopes,
      args: { input: t.arg({ type: types.DefinitionArchiveInput, required: true }) },
      resolve: async (
        _root: unknown,
        { input }: { input: { id: string; version: number; archived?: boolean | null } },
        context: Context,
      ) => {
        const id = localUuid(input.id, 'CustomFieldDefinition', ['input', 'id']);
        const result = await store.update(options.db(context), entity, {
          id,
          version: input.version,
          archived: input.archived ?? true,
        });
        return toPayload(result, (customFieldDefinition) => ({ customFieldDefinition }));
      },
    }),
  );
}

const valueFiltersOf = new WeakMap<object, unknown>();

/**
 * The input of a list filtered by custom fields (customers, orders, suppliers; `@ucos/kit/custom-field-filters`),
 * once per builder: the subgraphs that have such lists declare it identically.
 */
// biome-ignore lint/suspicious/noExplicitAny: input refs of the caller's builder
export function customFieldValueFilterType(builder: AnyBuilder): any {
  const known = valueFiltersOf.get(builder);
  if (known) return known;
  const filter = builder.inputType('CustomFieldValueFilter', {
    description:
      'Rows whose value of this field is one of `values`: the value stored, or the default for a row that stored none ' +
      '(as the API answers it); not for MONEY fields',
    fields: (t) => ({
      key: t.string({ required: true, description: 'An active custom field of the list’s entity' }),
      values: t.stringList({
        required: true,
        description: 'Canonical strings, 1 to 50 (true/false for a BOOLEAN, YYYY-MM-DD for a DATE)',
      }),
    }),
  });
  valueFiltersOf.set(builder, filter);
  return filter;
}
