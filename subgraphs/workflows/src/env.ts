import { envFields, parseEnv, processedMessagesPruneEnvShape, standaloneEnvShape } from '@ucos/kit';
import { z } from 'zod';

export const workflowsEnvShape = {
  NODE_ENV: envFields.nodeEnv,
  ...standaloneEnvShape(4006),
  DATABASE_URL: envFields.url,
  DATABASE_POOL_SIZE: envFields.positiveInt.default(10),
  INTERNAL_TOKEN_SECRET: envFields.secret,
  /** seals the tenants' workflow secrets at rest; unset: derived from INTERNAL_TOKEN_SECRET (HKDF) */
  WORKFLOWS_SECRET_KEY: envFields.secret.optional(),
  ...processedMessagesPruneEnvShape,
  /** where `action` steps send their mutations: the public gateway, as the workflow's own service identity */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  IDENTITY_SUBGRAPH_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** the worker's timer loop: due wake-ups (waits, retries, approvals' due dates) and dead workers' runs */
  WORKFLOWS_TICK_MS: envFields.positiveInt.default(1_000),
  /** how long a worker holds a run without a transition before another worker may resume it */
  WORKFLOWS_LEASE_MS: envFields.positiveInt.default(30_000),
  /** events the router handles at once: each starts independent runs (deduplicated by event id) */
  WORKFLOWS_CONSUMER_CONCURRENCY: envFields.positiveInt.default(8),
  /** how often cron triggers are checked */
  WORKFLOWS_SCHEDULE_INTERVAL_MS: envFields.positiveInt.default(15_000),
};

export type WorkflowsEnv = ReturnType<typeof loadWorkflowsEnv>;

export function loadWorkflowsEnv(source: Record<string, string | undefined> = process.env) {
  return parseEnv(workflowsEnvShape, source, 'workflows');
}
