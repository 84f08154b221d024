import type { CustomFieldDefinition } from './custom-fields.ts';
import type { CustomFieldEntity, CustomFieldStore } from './custom-fields-store.ts';
import type { Sql } from './db/pg-tenant-db.ts';
import { badUserInput } from './errors.ts';
import type { KeysetCondition } from './graphql/keyset.ts';

/** A list filter on one custom field: the row's value is one of `values` (canonical strings). */
export interface CustomFieldFilter {
  key: string;
  values: readonly string[];
}

export const MAX_FIELD_FILTERS = 10;
export const MAX_FILTER_VALUES = 50;

/** Types whose canonical string is the JSON value as Postgres prints it (a money value is an object). */
const FILTERABLE = new Set(['TEXT', 'ENUM', 'BOOLEAN', 'NUMBER', 'DATE', 'REFERENCE']);

/**
 * The condition that a row's value of one field is one of `values`. A row that never stored the
 * field has the definition's default, as the API answers it (a field defined, or given a default,
 * after the row was written): `fallback` is that default as JSON, and Postgres prints stored value
 * and default alike (`#>> '{}'`), so 3.50 typed, 3.5 stored and a default of 3.5 all match.
 * The arguments are SQL expressions of the field's key (text), values (text[]) and default (jsonb).
 */
export const customFieldMatch = (column: string, sql: { key: string; values: string; fallback: string }) =>
  `${customFieldText(column, sql)} = any(${sql.values})`;

/** A row's value of a field as its canonical string, the default when it stored none (facet counts). */
export function customFieldText(column: string, sql: { key: string; fallback: string }) {
  return `coalesce(${column} -> ${sql.key}, ${sql.fallback}) #>> '{}'`;
}

/** One filter as the statement parameter `customFieldMatch` reads (`key`, `values`, `fallback`). */
export const customFieldFilterParameter = (
  definition: Pick<CustomFieldDefinition, 'key' | 'type' | 'defaultValue'>,
  values: readonly string[],
) =>
  JSON.stringify({
    key: definition.key,
    // a number is stored as JSON and read back as Postgres prints it: 3.50 typed is 3.5 stored
    values: values.map((value) =>
      definition.type === 'NUMBER' && value.trim() !== '' && Number.isFinite(Number(value))
        ? String(Number(value))
        : value,
    ),
    fallback: definition.defaultValue,
  });

/**
 * The conditions of a list filtered by custom fields (customers, orders, suppliers), each one
 * statement parameter, so the list stays its statements plus the one read of the active definitions,
 * whatever the page size. An unknown or archived key, a money field, too many filters or values are
 * the caller's mistake (`BAD_USER_INPUT` on the filter's path). `column` is the entity's jsonb column.
 */
export async function customFieldConditions(
  store: CustomFieldStore,
  sql: Sql,
  entity: CustomFieldEntity,
  filters: readonly CustomFieldFilter[] | null | undefined,
  column = 'custom_fields',
): Promise<KeysetCondition[]> {
  if (!filters?.length) return [];
  if (filters.length > MAX_FIELD_FILTERS) {
    throw badUserInput(`At most ${MAX_FIELD_FILTERS} custom field filters`, ['filter', 'customFields']);
  }
  const definitions = new Map((await store.definitions(sql, entity)).map((row) => [row.key, row]));
  return filters.map((filter, index) => {
    const path = ['filter', 'customFields', String(index)];
    const definition = definitions.get(filter.key);
    if (!definition) throw badUserInput(`No custom field "${filter.key.slice(0, 40)}" here`, [...path, 'key']);
    if (!FILTERABLE.has(definition.type)) {
      throw badUserInput(`${definition.label}: ${definition.type} fields cannot be filtered`, [...path, 'key']);
    }
    if (filter.values.length === 0 || filter.values.length > MAX_FILTER_VALUES) {
      throw badUserInput(`Give 1 to ${MAX_FILTER_VALUES} values`, [...path, 'values']);
    }
    return [
      `exists (select 1 from jsonb_to_record(?::jsonb) as f(key text, "values" text[], fallback jsonb)
         where ${customFieldMatch(column, { key: 'f.key', values: 'f."values"', fallback: 'f.fallback' })})`,
      customFieldFilterParameter(definition, filter.values),
    ] as const;
  });
}
