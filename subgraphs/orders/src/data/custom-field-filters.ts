import { badUserInput, type KeysetCondition } from '@ucos/kit';
import type { Sql } from '../db.ts';
import { customFields } from './custom-fields.ts';

/** A list filter on one custom field: its stored value is one of `values` (canonical strings). */
export interface CustomFieldFilter {
  key: string;
  values: readonly string[];
}

export const MAX_FIELD_FILTERS = 10;
export const MAX_FILTER_VALUES = 50;

/** Types whose canonical string is the stored JSON value as text (a money value is an object). */
const FILTERABLE = new Set(['TEXT', 'ENUM', 'BOOLEAN', 'NUMBER', 'DATE', 'REFERENCE']);

/**
 * The conditions of a customers or orders list filtered by custom fields, each one statement
 * parameter (a `{ key, values }` record), so the list stays two statements plus the one read of the
 * active definitions, whatever the page size. An unknown or archived key, a money field, too many
 * filters or values are the caller's mistake (`BAD_USER_INPUT` on the filter's path). A row matches
 * on the value it stores: a default it never stored does not match (lists do not apply defaults).
 */
export async function customFieldConditions(
  sql: Sql,
  entity: 'CUSTOMER' | 'ORDER',
  filters: readonly CustomFieldFilter[] | null | undefined,
): Promise<KeysetCondition[]> {
  if (!filters?.length) return [];
  if (filters.length > MAX_FIELD_FILTERS) {
    throw badUserInput(`At most ${MAX_FIELD_FILTERS} custom field filters`, ['filter', 'customFields']);
  }
  const definitions = new Map((await customFields.definitions(sql, entity)).map((row) => [row.key, row]));
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
    // a number is stored as JSON and read back as Postgres prints it: 3.50 typed is 3.5 stored
    const values = filter.values.map((value) =>
      definition.type === 'NUMBER' && value.trim() !== '' && Number.isFinite(Number(value))
        ? String(Number(value))
        : value,
    );
    return [
      `exists (select 1 from jsonb_to_record(?::jsonb) as f(key text, "values" text[])
         where custom_fields ->> f.key = any(f."values"))`,
      JSON.stringify({ key: definition.key, values }),
    ] as const;
  });
}
