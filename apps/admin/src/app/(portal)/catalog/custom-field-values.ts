/** The form's `cf.<key>` inputs as the API's custom field values (blank: no value). */
export function customFieldValues(form: FormData): { key: string; value: string | null }[] {
  const values: { key: string; value: string | null }[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith('cf.') || typeof value !== 'string') continue;
    values.push({ key: name.slice(3), value: value.trim() || null });
  }
  return values;
}
