import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import { connectPool, tenantDb } from './db.ts';
import { type ProcurementDeps, SCHEMA } from './deps.ts';
import type { ProcurementEnv } from './env.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: settings, suppliers and purchase orders over GraphQL. */
export function createProcurementServer(env: ProcurementEnv, logger: Logger, bus: EventBus) {
  return createDomainServer<ProcurementDeps>({
    name: SCHEMA,
    schema,
    env,
    logger,
    bus,
    connectPool,
    deps: ({ pool, relay }) => ({
      pool,
      log: logger,
      unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
    }),
  });
}
