import { createDomainServer, createInternalClient, type EventBus, internalTokenKey, type Logger } from '@ucos/kit';
import { connectPool, tenantDb } from './db.ts';
import { type ProcurementDeps, SCHEMA } from './deps.ts';
import type { ProcurementEnv } from './env.ts';
import { catalogSnapshots } from './ports/catalog.ts';
import { inventoryNeeds } from './ports/inventory.ts';
import { workflowsMatching } from './ports/workflows.ts';
import { schema } from './schema/index.ts';

export { schema };

/** Ports a test replaces (fakes live in test/). */
export type ProcurementOverrides = Partial<Pick<ProcurementDeps, 'catalog' | 'inventory' | 'workflows'>>;

/** The request path: settings, suppliers and purchase orders over GraphQL. */
export function createProcurementServer(
  env: ProcurementEnv,
  logger: Logger,
  bus: EventBus,
  overrides: ProcurementOverrides = {},
) {
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
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
      catalog:
        overrides.catalog ??
        catalogSnapshots(createInternalClient(env.CATALOG_SUBGRAPH_URL, key, { service: 'catalog', logger })),
      inventory:
        overrides.inventory ??
        inventoryNeeds(createInternalClient(env.INVENTORY_SUBGRAPH_URL, key, { service: 'inventory', logger })),
      workflows:
        overrides.workflows ??
        workflowsMatching(createInternalClient(env.WORKFLOWS_SUBGRAPH_URL, key, { service: 'workflows', logger })),
      unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
    }),
  });
}
