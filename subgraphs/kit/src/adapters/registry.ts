import { z } from 'zod';

/**
 * The one registry of integration adapters: for each kind of port a domain has towards the world
 * (payment provider, tax calculator, shipping rates, carrier, ERP export), the adapters a tenant may
 * select, each with the fields of its settings and credentials (a zod object that validates them,
 * and a JSON Schema the admin renders a form from). A tenant selects at most one adapter per kind;
 * without a selection the kind's built-in default applies (the test payment provider, say).
 *
 * Pure: the registry knows no database. The domain that owns the port stores tenants' selections
 * (credentials encrypted with `envelope.ts`) and builds the adapter from them.
 */

export const ADAPTER_KINDS = ['payment', 'tax', 'shippingRates', 'carrier', 'erpExport'] as const;
export type AdapterKind = (typeof ADAPTER_KINDS)[number];

export const ADAPTER_KIND_LABELS: Record<AdapterKind, string> = {
  payment: 'Payment provider',
  tax: 'Tax calculator',
  shippingRates: 'Shipping rates',
  carrier: 'Carrier',
  erpExport: 'ERP export',
};

export interface AdapterField {
  key: string;
  label: string;
  /** a secret is stored encrypted and never answered; the API tells only that it is set and its last 4 */
  secret: boolean;
  required: boolean;
  description?: string | undefined;
}

export interface AdapterDefinition {
  kind: AdapterKind;
  /** unique within its kind: `stripe`, `test` */
  id: string;
  label: string;
  description: string;
  /** the kind's default when a tenant selected nothing; needs no settings */
  builtIn?: boolean;
  fields: readonly AdapterField[];
  /** validates the settings as a whole (shapes, prefixes); keys are the fields' */
  settings: z.ZodType<Record<string, string>>;
}

export type AdapterSettings = Record<string, string>;

export interface SettingsProblem {
  field: string;
  message: string;
}

const ID = /^[a-z][a-z0-9-]{1,39}$/;

export class AdapterRegistry {
  readonly #adapters = new Map<string, AdapterDefinition>();

  register(definition: AdapterDefinition): this {
    if (!ADAPTER_KINDS.includes(definition.kind)) throw new Error(`unknown adapter kind ${definition.kind}`);
    if (!ID.test(definition.id)) throw new Error(`adapter id "${definition.id}" must match ${ID}`);
    const key = `${definition.kind}/${definition.id}`;
    if (this.#adapters.has(key)) throw new Error(`adapter ${key} is registered twice`);
    if (definition.builtIn && this.defaultOf(definition.kind)) {
      throw new Error(`kind ${definition.kind} already has a built-in default`);
    }
    const keys = new Set<string>();
    for (const field of definition.fields) {
      if (keys.has(field.key)) throw new Error(`adapter ${key} declares field ${field.key} twice`);
      keys.add(field.key);
    }
    this.#adapters.set(key, definition);
    return this;
  }

  list(kind?: AdapterKind): AdapterDefinition[] {
    return [...this.#adapters.values()].filter((adapter) => !kind || adapter.kind === kind);
  }

  get(kind: AdapterKind, id: string): AdapterDefinition | undefined {
    return this.#adapters.get(`${kind}/${id}`);
  }

  defaultOf(kind: AdapterKind): AdapterDefinition | undefined {
    return this.list(kind).find((adapter) => adapter.builtIn);
  }

  /**
   * Merges `changes` into the `current` settings (an absent or empty secret keeps the stored one, so
   * a form never has to show a secret to save the others) and validates the result: unknown fields,
   * missing required ones and the adapter's own rules are problems, each on its field.
   */
  resolveSettings(
    adapter: AdapterDefinition,
    current: AdapterSettings,
    changes: AdapterSettings,
  ): { ok: true; settings: AdapterSettings } | { ok: false; problems: SettingsProblem[] } {
    const problems: SettingsProblem[] = [];
    const merged: AdapterSettings = {};
    const fields = new Map(adapter.fields.map((field) => [field.key, field]));
    for (const key of Object.keys(changes)) {
      if (!fields.has(key)) problems.push({ field: key, message: `${adapter.label} has no setting "${key}"` });
    }
    for (const field of adapter.fields) {
      const change = changes[field.key];
      const value = change === undefined || (field.secret && change === '') ? current[field.key] : change.trim();
      if (value) merged[field.key] = value;
      else if (field.required) problems.push({ field: field.key, message: `${field.label} is required` });
    }
    if (problems.length) return { ok: false, problems };
    const parsed = adapter.settings.safeParse(merged);
    if (!parsed.success) {
      return {
        ok: false,
        problems: parsed.error.issues.map((issue) => ({
          field: String(issue.path[0] ?? ''),
          message: issue.message,
        })),
      };
    }
    return { ok: true, settings: parsed.data };
  }
}

/** A JSON Schema of an adapter's settings, for forms (secrets marked `writeOnly`). */
export function settingsJsonSchema(adapter: AdapterDefinition): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: adapter.fields.filter((field) => field.required).map((field) => field.key),
    properties: Object.fromEntries(
      adapter.fields.map((field) => [
        field.key,
        {
          type: 'string',
          title: field.label,
          ...(field.description ? { description: field.description } : {}),
          ...(field.secret ? { writeOnly: true, format: 'password' } : {}),
        },
      ]),
    ),
  };
}

/** What the API may say of a secret: its last four characters, only when it is long enough not to give it away. */
export const secretHint = (value: string): string | null => (value.length >= 12 ? value.slice(-4) : null);

/** A settings object whose values are non-empty strings, for `AdapterDefinition.settings`. */
export const settingsObject = <Shape extends Record<string, z.ZodType<string | undefined>>>(shape: Shape) =>
  z.strictObject(shape) as unknown as z.ZodType<Record<string, string>>;
