import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * A plugin's configuration is checked against its manifest's `configSchema` (JSON Schema) before it
 * is stored and again when the version it runs changes, so a running plugin never sees a config its
 * schema refuses. Every problem is reported, each on its own path.
 */
export interface ConfigProblem {
  path: string[];
  message: string;
}

const validators = new WeakMap<object, ReturnType<Ajv['compile']>>();

function ajvFor(schema: object) {
  const dialect = (schema as { $schema?: unknown }).$schema;
  const options = { allErrors: true, strict: false } as const;
  return typeof dialect === 'string' && dialect.includes('2020-12') ? new Ajv2020(options) : new Ajv(options);
}

function validatorOf(schema: object) {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajvFor(schema).compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Why the schema itself cannot be used, or null. */
export function schemaProblem(schema: unknown): string | null {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'must be a JSON Schema object';
  try {
    validatorOf(schema);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export function configProblems(schema: object, config: unknown): ConfigProblem[] {
  const validate = validatorOf(schema);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = error.instancePath.split('/').filter(Boolean);
    const missing = error.keyword === 'required' ? String(error.params.missingProperty) : null;
    return {
      path: missing ? [...path, missing] : path,
      message: missing ? 'Required' : (error.message ?? 'Invalid'),
    };
  });
}

/** A JSON object from the form's text, or why not. */
export function parseConfig(
  text: string,
): { ok: true; config: Record<string, unknown> } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The configuration is a JSON object' };
  }
  return { ok: true, config: value as Record<string, unknown> };
}
