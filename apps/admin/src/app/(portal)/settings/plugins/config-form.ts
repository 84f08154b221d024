import type { FieldSpec } from '../../../../components/action-form.tsx';

/**
 * The configuration form of a plugin, generated from its manifest's `configSchema`. The subset
 * rendered: an object of string, integer, number and boolean properties, and `enum`s of those; a
 * property of any other type is edited as JSON. The API validates the whole configuration against
 * the full schema, so this only decides the inputs and turns their text back into JSON values.
 */
interface PropertySchema {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
}

export interface ConfigSchema {
  type?: string;
  properties?: Record<string, PropertySchema>;
  required?: string[];
}

const typeOf = (property: PropertySchema) => (Array.isArray(property.type) ? property.type[0] : property.type);

const shown = (value: unknown) =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export function configFields(schema: ConfigSchema, config: Record<string, unknown>): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const name = `config.${key}`;
    const label = `${property.title ?? key}${required.has(key) ? '' : ' (optional)'}`;
    const current = key in config ? config[key] : property.default;
    const base = { name, path: name, label, required: required.has(key) };
    if (property.enum) {
      return {
        ...base,
        options: [
          ...(required.has(key) ? [] : [{ value: '', label: '—' }]),
          ...property.enum.map((value) => ({ value: JSON.stringify(value), label: shown(value) })),
        ],
        defaultValue: current === undefined ? '' : JSON.stringify(current),
      };
    }
    switch (typeOf(property)) {
      case 'boolean':
        return {
          ...base,
          options: [
            ...(required.has(key) ? [] : [{ value: '', label: '—' }]),
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ],
          defaultValue: current === undefined ? '' : String(current),
        };
      case 'integer':
      case 'number':
        return { ...base, type: 'number', defaultValue: shown(current) };
      case 'string':
        return { ...base, defaultValue: shown(current) };
      default:
        return { ...base, label: `${label}, as JSON`, defaultValue: shown(current) };
    }
  });
}

/** The form's text back to JSON values; a blank optional input leaves the key out. */
export function configFromForm(schema: ConfigSchema, form: FormData): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const raw = form.get(`config.${key}`);
    if (raw === null || String(raw).trim() === '') continue;
    const value = String(raw).trim();
    if (property.enum) {
      config[key] = parseJson(value);
      continue;
    }
    switch (typeOf(property)) {
      case 'boolean':
        config[key] = value === 'true';
        break;
      case 'integer':
      case 'number':
        // a text that is not a number goes as it is: the API names the field and why
        config[key] = Number.isFinite(Number(value)) ? Number(value) : value;
        break;
      case 'string':
        config[key] = String(raw);
        break;
      default:
        config[key] = parseJson(value);
    }
  }
  return config;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
