const SCHEMA = /^[a-z_][a-z0-9_]*$/;

/**
 * `"schema".name`. Schema names come from code, never from requests, but they are spliced into SQL,
 * so anything that is not a plain lower-case identifier is refused rather than escaped.
 */
export function qualified(schema: string, name: string): string {
  if (!SCHEMA.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  return `"${schema}".${name}`;
}
