import type { FieldSpec } from '../components/action-form.tsx';

/**
 * Custom fields in the admin's forms (issue 15 §3), for every entity that has them: products and
 * variants (catalog), customers and orders (orders), suppliers (procurement). Inputs are named
 * `cf.<key>` and hold the API's canonical string; the API's errors on `input.customFields.<key>`
 * come back under them.
 */

/** The entities with custom fields, as the API's CustomFieldEntity names them. */
export const CUSTOM_FIELD_ENTITIES = ['PRODUCT', 'CUSTOMER', 'ORDER', 'SUPPLIER'] as const;
export type CustomFieldEntityName = (typeof CUSTOM_FIELD_ENTITIES)[number];

/** One field as a form edits it: its definition and the entity's value (canonical string). */
export interface CustomFieldOnForm {
  key: string;
  label: string;
  type: string;
  required: boolean;
  choices: readonly string[];
  value: string | null;
}

/** The definitions (in their order) with the entity's values by key. */
export function customFieldsOnForm(
  definitions: readonly {
    key: string;
    label: string;
    type: string;
    required: boolean;
    validation: { values?: readonly string[] | null };
  }[],
  values: readonly { key: string; value?: string | null }[],
): CustomFieldOnForm[] {
  const byKey = new Map(values.map((field) => [field.key, field.value ?? null]));
  return definitions.map((definition) => ({
    key: definition.key,
    label: definition.label,
    type: definition.type,
    required: definition.required,
    choices: definition.validation.values ?? [],
    value: byKey.get(definition.key) ?? null,
  }));
}

/** The API's path of a field's errors (input.customFields.<key>), as fieldErrors keys it. */
export const customFieldPath = (key: string) => `customFields.${key}`;

/** How one custom field is typed in: a select's options (choices, yes/no), else an input type and hint. */
export function customFieldControl(
  field: CustomFieldOnForm,
):
  | { options: { value: string; label: string }[] }
  | { type: 'number' | 'date' | 'text'; placeholder: string | undefined } {
  if (field.type === 'BOOLEAN') {
    return {
      options: [
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
      ],
    };
  }
  if (field.type === 'ENUM') return { options: field.choices.map((choice) => ({ value: choice, label: choice })) };
  return {
    type: field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text',
    placeholder: field.type === 'MONEY' ? '19.99 EUR' : field.type === 'REFERENCE' ? 'the id of the entity' : undefined,
  };
}

/** An ActionForm field per custom field: a select for choices and yes/no, else a typed input. */
export function customFieldFormFields(fields: readonly CustomFieldOnForm[]): FieldSpec[] {
  return fields.map((field) => {
    const base = {
      name: `cf.${field.key}`,
      path: customFieldPath(field.key),
      label: `${field.label}${field.required ? ' *' : ''}`,
      defaultValue: field.value ?? '',
    };
    const control = customFieldControl(field);
    if ('options' in control) return { ...base, options: [{ value: '', label: '—' }, ...control.options] };
    return { ...base, type: control.type, ...(control.placeholder ? { placeholder: control.placeholder } : {}) };
  });
}

/** The form's `cf.<key>` inputs as the API's custom field values (blank: no value). */
export function customFieldValues(form: FormData): { key: string; value: string | null }[] {
  const values: { key: string; value: string | null }[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith('cf.') || typeof value !== 'string') continue;
    values.push({ key: name.slice(3), value: value.trim() || null });
  }
  return values;
}

/** A value as the detail pages show it: yes/no for booleans, a dash when none. */
export const customFieldText = (field: Pick<CustomFieldOnForm, 'type' | 'value'>) =>
  field.value === null || field.value === ''
    ? '—'
    : field.type === 'BOOLEAN'
      ? field.value === 'true'
        ? 'Yes'
        : 'No'
      : field.value;

/** Types a list may be filtered by (a money value is not one string the list can compare). */
const FILTERABLE_TYPES = new Set(['TEXT', 'ENUM', 'BOOLEAN', 'NUMBER', 'DATE', 'REFERENCE']);

/** The definitions a list's "Custom field" filter offers. */
export const filterableFields = <D extends { type: string }>(definitions: readonly D[]) =>
  definitions.filter((definition) => FILTERABLE_TYPES.has(definition.type));

/**
 * A list's custom field filter from its URL (`cf` the key, `cfv` the value): the API's filter when
 * the key is one the list offers and a value is given, else none (a stale link shows every row).
 */
export function customFieldFilterOf(
  definitions: readonly { key: string; type: string }[],
  params: Record<string, string | undefined>,
): { key: string; value: string; filter: { key: string; values: string[] }[] | null } {
  const key = params.cf?.trim() ?? '';
  const value = params.cfv?.trim().slice(0, 200) ?? '';
  const offered = filterableFields(definitions).some((definition) => definition.key === key);
  return { key, value, filter: offered && value ? [{ key, values: [value] }] : null };
}
