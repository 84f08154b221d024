import { domainServer } from '@ucos/kit';
import { workflowSecretKey } from './data/secrets.ts';
import { database } from './db.ts';
import type { WorkflowsDeps } from './deps.ts';
import type { WorkflowsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: definitions, runs and tasks over GraphQL. Runs advance in the worker (`worker.ts`). */
export const createWorkflowsServer = domainServer<WorkflowsDeps, WorkflowsEnv>(database, schema, {
  ports: (env) => ({ secretKey: workflowSecretKey(env.WORKFLOWS_SECRET_KEY ?? env.INTERNAL_TOKEN_SECRET) }),
});
