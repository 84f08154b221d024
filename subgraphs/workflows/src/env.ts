import { envFields, parseEnv, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const workflowsEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4006),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** where `action` steps send their mutations: the public gateway, as the workflow's own service identity */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  IDENTITY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4001/graphql'),
};

export type WorkflowsEnv = ReturnType<typeof loadWorkflowsEnv>;

export function loadWorkflowsEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(workflowsEnvShape, source, 'workflows');
}
