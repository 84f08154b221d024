import { builder } from '../builder.ts';
import { WORKFLOW_JSON_SCHEMA_TEXT } from '../definitions/json-schema.ts';

builder.queryField('workflowJsonSchema', (t) =>
  t.string({
    description: 'The JSON Schema (draft 2020-12, as JSON text) every workflow document is validated against',
    authScopes: { scope: 'workflows:manage' },
    resolve: () => WORKFLOW_JSON_SCHEMA_TEXT,
  }),
);
