import { filterableFields } from '../lib/custom-fields.ts';

/**
 * The "Custom field" and "Value" inputs of a list's GET filter form (`cf`, `cfv`): a row matches when
 * the field's value (stored, or its default when it stored none) is the value as the API writes it
 * (yes/no: true/false, a date YYYY-MM-DD).
 * Nothing when the shop has no field the list can be filtered by.
 */
export function CustomFieldFilterInputs({
  definitions,
  selected,
}: {
  definitions: readonly {
    key: string;
    label: string;
    type: string;
    validation: { values?: readonly string[] | null };
  }[];
  selected: { key: string; value: string };
}) {
  const fields = filterableFields(definitions);
  if (fields.length === 0) return null;
  const choices = fields.flatMap((field) =>
    field.type === 'BOOLEAN' ? ['true', 'false'] : field.type === 'ENUM' ? (field.validation.values ?? []) : [],
  );
  return (
    <>
      <div>
        <label htmlFor="cf">Custom field</label>
        <select id="cf" name="cf" defaultValue={selected.key}>
          <option value="">Any</option>
          {fields.map((field) => (
            <option key={field.key} value={field.key}>
              {field.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="cfv">Field value</label>
        <input
          id="cfv"
          name="cfv"
          list="cfv-choices"
          placeholder="e.g. gold, true, 2026-12-24"
          defaultValue={selected.value}
        />
        <datalist id="cfv-choices">
          {[...new Set(choices)].map((choice) => (
            <option key={choice} value={choice} />
          ))}
        </datalist>
      </div>
    </>
  );
}
