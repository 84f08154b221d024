/**
 * A shop's custom fields on the storefront (docs/architecture/custom-fields.md): the public
 * (STOREFRONT) fields of the signed-in customer and of their orders, as the API lists them for a
 * shopper. Values travel as the API's canonical strings; inputs are named `cf.<key>` and the API's
 * errors on `input.customFields.<key>` come back under them.
 */

export interface PublicField {
  key: string;
  label: string;
  type: string;
  required: boolean;
  choices: readonly string[];
  value: string | null;
  /** the shopper may change it: every public customer field but a reference (an id means nothing to them) */
  editable: boolean;
}

/** The definitions (in their order) with the values by key. */
export function publicFields(
  definitions: readonly {
    key: string;
    label: string;
    type: string;
    required: boolean;
    validation: { values?: readonly string[] | null };
  }[],
  values: readonly { key: string; value?: string | null }[],
  editable: boolean,
): PublicField[] {
  const byKey = new Map(values.map((field) => [field.key, field.value ?? null]));
  return definitions.map((definition) => ({
    key: definition.key,
    label: definition.label,
    type: definition.type,
    required: definition.required,
    choices: definition.validation.values ?? [],
    value: byKey.get(definition.key) ?? null,
    editable: editable && definition.type !== 'REFERENCE',
  }));
}

/** The API's path of a field's errors, as `fieldErrors` keys it. */
export const fieldPath = (key: string) => `customFields.${key}`;

/** The form's `cf.<key>` inputs as the API's values (blank: no value, which removes one). */
export function formValues(form: FormData): { key: string; value: string | null }[] {
  const values: { key: string; value: string | null }[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith('cf.') || typeof value !== 'string') continue;
    values.push({ key: name.slice(3), value: value.trim() || null });
  }
  return values;
}
