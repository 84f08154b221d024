import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import { workflowSecretKey } from './data/secrets.ts';
import { database } from './db.ts';
import type { WorkflowsDeps } from './deps.ts';
import type { WorkflowsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: definitions, runs and tasks over GraphQL. Runs advance in the worker (`worker.ts`). */
export function createWorkflowsServer(env: WorkflowsEnv, logger: Logger, bus: EventBus) {
  return createDomainServer<WorkflowsDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => ({
      ...database.deps(runtime),
      secretKey: workflowSecretKey(env.WORKFLOWS_SECRET_KEY ?? env.INTERNAL_TOKEN_SECRET),
    }),
  });
}
