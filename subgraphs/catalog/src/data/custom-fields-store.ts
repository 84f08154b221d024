import type {
  CustomFieldDefinition,
  CustomFieldDefinitionInput,
  CustomFieldValue,
  CustomFieldValueInput,
} from '@ucos/kit/custom-fields';
import { type CustomFieldDefinitionUpdate, customFieldStore } from '@ucos/kit/custom-fields-store';
import type { CatalogDatabase, Sql } from '../db.ts';
import { type CatalogResult, catalogFail } from './errors.ts';
import type { CustomFieldDefinitionRow } from './rows.ts';

export type { CustomFieldDefinitionUpdate } from '@ucos/kit/custom-fields-store';
export type { CustomFieldDefinitionRow } from './rows.ts';

/**
 * Catalog's custom fields: definitions of products and variants in `catalog.custom_field_definitions`,
 * values in `products.custom_fields` and `variants.custom_fields`. The statements and rules are the
 * kit's (`@ucos/kit/custom-fields-store`), shared with orders and procurement.
 */
export const customFields = customFieldStore('catalog');

/** The entities of catalog that take custom fields. */
export const CUSTOM_FIELD_ENTITIES = ['PRODUCT', 'VARIANT'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

export const isCatalogEntity = (entity: string): entity is CustomFieldEntity =>
  (CUSTOM_FIELD_ENTITIES as readonly string[]).includes(entity);

/** The tenant's field definitions of one entity in their order; archived ones only when asked. */
export const customFieldDefinitions = (
  sql: Sql,
  entity: CustomFieldEntity,
  includeArchived = false,
): Promise<CustomFieldDefinitionRow[]> =>
  customFields.definitions(sql, entity, includeArchived) as Promise<CustomFieldDefinitionRow[]>;

export async function createCustomFieldDefinition(
  db: CatalogDatabase,
  input: CustomFieldDefinitionInput & { position?: number | null; entity?: string | null },
): Promise<CatalogResult<CustomFieldDefinitionRow>> {
  const entity = input.entity ?? 'PRODUCT';
  if (!isCatalogEntity(entity)) {
    return catalogFail(
      'INVALID_CUSTOM_FIELD_DEFINITION',
      `${entity} fields are not catalog's: use ${entity.toLowerCase()}CustomFieldDefinitionCreate`,
      ['input', 'entity'],
    );
  }
  return (await customFields.create(db, entity, input)) as CatalogResult<CustomFieldDefinitionRow>;
}

/** Changes what may change of a definition (its key and type stay: stored values depend on them). */
export async function updateCustomFieldDefinition(
  db: CatalogDatabase,
  input: CustomFieldDefinitionUpdate,
): Promise<CatalogResult<CustomFieldDefinitionRow>> {
  return (await customFields.update(db, CUSTOM_FIELD_ENTITIES, input)) as CatalogResult<CustomFieldDefinitionRow>;
}

/**
 * Validates the custom field values written to one product or variant against the tenant's active
 * definitions of that entity (inside the writer's unit of work) and returns the object to store;
 * refuses with every problem, each naming its field. `current` null: a new one (defaults stored,
 * required fields needed).
 */
export const entityCustomFields = (
  sql: Sql,
  entity: CustomFieldEntity,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  current: Record<string, CustomFieldValue> | null,
  path: string[] | ((key: string) => string[]) = ['input', 'customFields'],
  definitions?: readonly CustomFieldDefinition[],
): Promise<Record<string, CustomFieldValue>> =>
  customFields.values(sql, entity, inputs, current, { path, ...(definitions ? { definitions } : {}) });

/** The product's values (see `entityCustomFields`). */
export const productCustomFields = (
  sql: Sql,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  current: Record<string, CustomFieldValue> | null,
  path: string[] | ((key: string) => string[]) = ['input', 'customFields'],
) => entityCustomFields(sql, 'PRODUCT', inputs, current, path);
