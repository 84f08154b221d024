import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
} from '@ucos/kit';
import type { WorkflowsContext } from './context.ts';
import { connectPool, tenantDb } from './db.ts';
import { SCHEMA, type WorkflowsDeps } from './deps.ts';
import type { WorkflowsEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: definitions, runs and tasks over GraphQL. Runs advance in the worker (`worker.ts`). */
export async function createWorkflowsServer(env: WorkflowsEnv, logger: Logger, bus: EventBus) {
  const pool = connectPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const deps: WorkflowsDeps = {
    pool,
    log: logger,
    unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
  };
  const yoga = createSubgraphServer<WorkflowsContext>({
    name: 'workflows',
    schema,
    logger,
    internalTokenKey: key,
    context: (base) => ({ ...base, deps }),
    database: { pool, schema: SCHEMA },
  });
  return {
    yoga,
    deps,
    relay,
    async start() {
      relay.start();
    },
    async close() {
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
}
