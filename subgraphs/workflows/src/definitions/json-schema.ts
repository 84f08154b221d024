import { readFileSync } from 'node:fs';

/** The published JSON Schema of a workflow document (served by the API so editors can use it). */
export const WORKFLOW_JSON_SCHEMA_TEXT = readFileSync(
  new URL('../../schema/workflow.schema.json', import.meta.url),
  'utf8',
);
export const WORKFLOW_JSON_SCHEMA: Record<string, unknown> = JSON.parse(WORKFLOW_JSON_SCHEMA_TEXT);
