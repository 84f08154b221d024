import { RE2JS } from 're2js';
import { z } from 'zod';
import { decodeGlobalId, isUuid } from './graphql/global-id.ts';
import { formatMinorUnits, isCurrencyCode, parseDecimalAmount } from './graphql/money.ts';

/**
 * Custom fields (issue 15 §3): a tenant defines extra fields on an entity (products first), each
 * with a key, label, type, required flag, default, validation and visibility. A domain stores its
 * definitions in its own table and the values as one JSON object per entity (`{ key: value }`);
 * this module is the one place that says what a definition and a value may be, so every domain
 * validates them the same way. The API carries values as canonical strings (`valueToString`):
 * text and enum as given, numbers in decimal, booleans `true`/`false`, dates `YYYY-MM-DD`, money
 * `19.99 EUR`, references a global id.
 */

export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'BOOLEAN', 'DATE', 'ENUM', 'MONEY', 'REFERENCE'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const CUSTOM_FIELD_VISIBILITIES = ['ADMIN', 'STOREFRONT'] as const;
export type CustomFieldVisibility = (typeof CUSTOM_FIELD_VISIBILITIES)[number];

/** Types a product search may filter and facet on: few distinct values. */
export const FACETABLE_CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = ['ENUM', 'BOOLEAN'];

/** Payload error codes of definitions and values. */
export const CUSTOM_FIELD_ERROR_CODES = [
  'INVALID_CUSTOM_FIELD_KEY',
  'INVALID_CUSTOM_FIELD_DEFINITION',
  'DUPLICATE_CUSTOM_FIELD_KEY',
  'UNKNOWN_CUSTOM_FIELD',
  'CUSTOM_FIELD_REQUIRED',
  'INVALID_CUSTOM_FIELD_VALUE',
] as const;
export type CustomFieldErrorCode = (typeof CUSTOM_FIELD_ERROR_CODES)[number];

export const CUSTOM_FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_CUSTOM_FIELDS = 100;
export const MAX_CUSTOM_FIELD_TEXT = 2_000;
export const MAX_ENUM_VALUES = 100;

export interface CustomFieldValidation {
  /** NUMBER: smallest value; TEXT: fewest characters; MONEY: smallest amount in minor units */
  min?: number | null;
  /** NUMBER: largest value; TEXT: most characters; MONEY: largest amount in minor units */
  max?: number | null;
  /** TEXT: a regular expression the whole value must match */
  pattern?: string | null;
  /** ENUM: the allowed values */
  values?: string[] | null;
  /** REFERENCE: the entity type the global id must name (Product, ProductVariant, Customer, …) */
  referenceType?: string | null;
}

/** A stored value: what the JSON object of an entity holds under the field's key. */
export type CustomFieldValue = string | number | boolean | { amount: number; currency: string };

export interface CustomFieldDefinition {
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  defaultValue: CustomFieldValue | null;
  validation: CustomFieldValidation;
  visibility: CustomFieldVisibility;
}

export interface CustomFieldProblem {
  code: CustomFieldErrorCode;
  message: string;
  field: string[];
}

/** What a caller passes to define a field; the default as a canonical string. */
export interface CustomFieldDefinitionInput {
  key: string;
  label: string;
  type: CustomFieldType;
  required?: boolean | null;
  defaultValue?: string | null;
  validation?: CustomFieldValidation | null;
  visibility?: CustomFieldVisibility | null;
}

const isoDate = z.iso.date();
const decimal = /^-?\d+(\.\d+)?$/;

const validationShape = z
  .object({
    min: z.number().finite().nullish(),
    max: z.number().finite().nullish(),
    pattern: z.string().max(200).nullish(),
    values: z.array(z.string().trim().min(1).max(100)).max(MAX_ENUM_VALUES).nullish(),
    referenceType: z
      .string()
      .regex(/^[A-Z][A-Za-z]{0,39}$/)
      .nullish(),
  })
  .strict();

/** The options each type accepts; any other option on a definition is refused. */
const OPTIONS_OF: Record<CustomFieldType, readonly (keyof CustomFieldValidation)[]> = {
  TEXT: ['min', 'max', 'pattern'],
  NUMBER: ['min', 'max'],
  BOOLEAN: [],
  DATE: [],
  ENUM: ['values'],
  MONEY: ['min', 'max'],
  REFERENCE: ['referenceType'],
};

/** The options that are set (neither null nor undefined), as a clean object. */
function cleanValidation(validation: CustomFieldValidation | null | undefined): CustomFieldValidation {
  const clean: CustomFieldValidation = {};
  for (const [name, value] of Object.entries(validation ?? {})) {
    if (value !== null && value !== undefined) (clean as Record<string, unknown>)[name] = value;
  }
  return clean;
}

/**
 * Checks a definition and returns it normalised (default parsed to its stored value), or every
 * problem found, each on its input field (`field` is prefixed with `path`).
 */
export function parseCustomFieldDefinition(
  input: CustomFieldDefinitionInput,
  path: string[] = ['input'],
): { ok: true; definition: CustomFieldDefinition } | { ok: false; problems: CustomFieldProblem[] } {
  const problems: CustomFieldProblem[] = [];
  const add = (code: CustomFieldErrorCode, message: string, field: string[]) =>
    problems.push({ code, message, field: [...path, ...field] });
  if (!CUSTOM_FIELD_KEY_PATTERN.test(input.key)) {
    add('INVALID_CUSTOM_FIELD_KEY', 'a key is 1 to 40 lower-case letters, digits or _, starting with a letter', [
      'key',
    ]);
  }
  const label = input.label.trim();
  if (label.length === 0 || label.length > 100) {
    add('INVALID_CUSTOM_FIELD_DEFINITION', 'a label is 1 to 100 characters', ['label']);
  }
  if (!CUSTOM_FIELD_TYPES.includes(input.type)) {
    add('INVALID_CUSTOM_FIELD_DEFINITION', `type must be one of ${CUSTOM_FIELD_TYPES.join(', ')}`, ['type']);
    return { ok: false, problems };
  }
  const parsed = validationShape.safeParse(input.validation ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add('INVALID_CUSTOM_FIELD_DEFINITION', issue.message, ['validation', ...issue.path.map(String)]);
    }
    return { ok: false, problems };
  }
  const validation = cleanValidation(parsed.data);
  for (const option of Object.keys(validation) as (keyof CustomFieldValidation)[]) {
    if (!OPTIONS_OF[input.type].includes(option)) {
      add('INVALID_CUSTOM_FIELD_DEFINITION', `${option} does not apply to a ${input.type} field`, [
        'validation',
        option,
      ]);
    }
  }
  if (validation.min != null && validation.max != null && validation.min > validation.max) {
    add('INVALID_CUSTOM_FIELD_DEFINITION', 'min is greater than max', ['validation', 'min']);
  }
  if (input.type === 'TEXT' && (validation.min ?? 0) < 0) {
    add('INVALID_CUSTOM_FIELD_DEFINITION', 'a length cannot be negative', ['validation', 'min']);
  }
  if (validation.pattern != null && compilePattern(validation.pattern) === null) {
    add(
      'INVALID_CUSTOM_FIELD_DEFINITION',
      'not a valid regular expression (RE2 syntax: no look-around or back-references)',
      ['validation', 'pattern'],
    );
  }
  if (input.type === 'ENUM') {
    const values = validation.values ?? [];
    if (values.length === 0) add('INVALID_CUSTOM_FIELD_DEFINITION', 'an enum needs values', ['validation', 'values']);
    if (new Set(values).size !== values.length) {
      add('INVALID_CUSTOM_FIELD_DEFINITION', 'an enum value appears twice', ['validation', 'values']);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const definition: CustomFieldDefinition = {
    key: input.key,
    label,
    type: input.type,
    required: input.required ?? false,
    defaultValue: null,
    validation,
    visibility: input.visibility ?? 'ADMIN',
  };
  if (input.defaultValue != null && input.defaultValue !== '') {
    const value = parseCustomFieldValue(definition, input.defaultValue);
    if (!value.ok) {
      add('INVALID_CUSTOM_FIELD_VALUE', `the default ${value.message}`, ['defaultValue']);
      return { ok: false, problems };
    }
    definition.defaultValue = value.value;
  }
  return { ok: true, definition };
}

/**
 * A tenant's pattern, compiled with RE2 (re2js): matching takes linear time whatever the pattern, so
 * a pattern such as `(a+)+$` cannot stall the process that serves every tenant. Null when RE2
 * refuses it. `matches` is a whole-value match.
 */
function compilePattern(pattern: string): RE2JS | null {
  try {
    return RE2JS.compile(pattern);
  } catch {
    return null;
  }
}

/** The zod schema of one field's input (a canonical string), producing the stored value. */
export function customFieldValueSchema(definition: CustomFieldDefinition): z.ZodType<CustomFieldValue> {
  const { min, max, pattern, values, referenceType } = definition.validation;
  switch (definition.type) {
    case 'TEXT': {
      const text = z
        .string()
        .max(Math.min(max ?? MAX_CUSTOM_FIELD_TEXT, MAX_CUSTOM_FIELD_TEXT), 'is too long')
        .min(min ?? 0, 'is too short');
      const compiled = pattern ? compilePattern(pattern) : null;
      return compiled ? text.refine((value) => compiled.matches(value), 'does not match the pattern') : text;
    }
    case 'NUMBER':
      return z
        .string()
        .trim()
        .regex(decimal, 'is not a number')
        .transform(Number)
        .pipe(
          z
            .number()
            .finite('is not a number')
            .min(min ?? Number.NEGATIVE_INFINITY, `is below ${min}`)
            .max(max ?? Number.POSITIVE_INFINITY, `is above ${max}`),
        );
    case 'BOOLEAN':
      return z.enum(['true', 'false'], 'must be true or false').transform((text) => text === 'true');
    case 'DATE':
      return z.string().trim().pipe(isoDate.refine(Boolean, 'is not a date (YYYY-MM-DD)'));
    case 'ENUM':
      return z.string().refine((text) => (values ?? []).includes(text), `must be one of ${(values ?? []).join(', ')}`);
    case 'MONEY':
      return z
        .string()
        .trim()
        .transform((text, context) => {
          const match = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(text);
          const currency = match?.[2] ?? '';
          const amount = match && isCurrencyCode(currency) ? parseDecimalAmount(match[1]!, currency) : null;
          if (amount === null) {
            context.addIssue({ code: 'custom', message: 'is not an amount and currency (19.99 EUR)' });
            return z.NEVER;
          }
          if ((min != null && amount < min) || (max != null && amount > max)) {
            context.addIssue({ code: 'custom', message: 'is out of the allowed range' });
            return z.NEVER;
          }
          return { amount, currency };
        });
    case 'REFERENCE':
      return z
        .string()
        .trim()
        .refine(
          (text) => {
            const type = globalIdType(text);
            return type !== null && (!referenceType || type === referenceType);
          },
          `is not the id of a ${referenceType ?? 'known entity'}`,
        );
  }
}

/** The type a global id names, or null when it is not one. */
function globalIdType(id: string): string | null {
  const decoded = decodeGlobalId(id);
  return decoded && isUuid(decoded.id) ? decoded.type : null;
}

/** One value from its canonical string, or the reason it is refused ("must be one of S, M"). */
export function parseCustomFieldValue(
  definition: CustomFieldDefinition,
  raw: string,
): { ok: true; value: CustomFieldValue } | { ok: false; message: string } {
  const parsed = customFieldValueSchema(definition).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
}

/** A stored value as its canonical string (what the API returns and the forms edit). */
export function customFieldValueToString(value: CustomFieldValue): string {
  if (typeof value === 'object') return `${formatMinorUnits(value)} ${value.currency}`;
  return String(value);
}

export interface CustomFieldValueInput {
  key: string;
  /** the canonical string; null or '' removes the value */
  value?: string | null;
}

/**
 * Validates values written to one entity against the tenant's active definitions and merges them
 * into what it holds. On create (`current` null) every required field needs a value or a default,
 * and defaults are stored. Every problem names the field: `[...path, key]` (or `path(key)`).
 */
export function applyCustomFieldValues(
  definitions: readonly CustomFieldDefinition[],
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  current: Readonly<Record<string, CustomFieldValue>> | null,
  path: string[] | ((key: string) => string[]) = ['input', 'customFields'],
): { ok: true; values: Record<string, CustomFieldValue> } | { ok: false; problems: CustomFieldProblem[] } {
  const fieldOf = (key: string) => (typeof path === 'function' ? path(key) : [...path, key]);
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const problems: CustomFieldProblem[] = [];
  const values: Record<string, CustomFieldValue> = { ...(current ?? {}) };
  if (current === null) {
    for (const definition of definitions) {
      if (definition.defaultValue !== null) values[definition.key] = definition.defaultValue;
    }
  }
  const seen = new Set<string>();
  const refused = new Set<string>();
  for (const input of inputs ?? []) {
    const definition = byKey.get(input.key);
    if (!definition) {
      problems.push({
        code: 'UNKNOWN_CUSTOM_FIELD',
        message: `No custom field ${input.key}`,
        field: fieldOf(input.key),
      });
      continue;
    }
    if (seen.has(input.key)) {
      problems.push({
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        message: `${definition.label} is given twice`,
        field: fieldOf(input.key),
      });
      continue;
    }
    seen.add(input.key);
    if (input.value == null || input.value === '') {
      delete values[input.key];
      continue;
    }
    const parsed = parseCustomFieldValue(definition, input.value);
    if (parsed.ok) values[input.key] = parsed.value;
    else {
      refused.add(input.key);
      problems.push({
        code: 'INVALID_CUSTOM_FIELD_VALUE',
        message: `${definition.label} ${parsed.message}`,
        field: fieldOf(input.key),
      });
    }
  }
  for (const definition of definitions) {
    if (definition.required && values[definition.key] === undefined && !refused.has(definition.key)) {
      problems.push({
        code: 'CUSTOM_FIELD_REQUIRED',
        message: `${definition.label} is required`,
        field: fieldOf(definition.key),
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

/** The definitions a caller may see: storefront callers only the `STOREFRONT` ones. */
export function visibleCustomFields<T extends Pick<CustomFieldDefinition, 'visibility'>>(
  definitions: readonly T[],
  seesEverything: boolean,
): T[] {
  return seesEverything ? [...definitions] : definitions.filter((definition) => definition.visibility === 'STOREFRONT');
}

/**
 * One entity's fields as the API's generic list: every visible definition in order, with the
 * stored value or else the default (null when neither).
 */
export function customFieldList<T extends CustomFieldDefinition>(
  definitions: readonly T[],
  values: Readonly<Record<string, CustomFieldValue>> | null | undefined,
  seesEverything: boolean,
): { definition: T; value: CustomFieldValue | null }[] {
  return visibleCustomFields(definitions, seesEverything).map((definition) => ({
    definition,
    value: values?.[definition.key] ?? definition.defaultValue,
  }));
}
