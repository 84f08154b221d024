import { domainServer, internalClientsOf } from '@ucos/kit';
import { pluginHooksOf } from '@ucos/kit/plugin-hooks';
import { database } from './db.ts';
import type { ProcurementDeps } from './deps.ts';
import type { ProcurementEnv } from './env.ts';
import { catalogSnapshots } from './ports/catalog.ts';
import { inventoryNeeds } from './ports/inventory.ts';
import { workflowsMatching } from './ports/workflows.ts';
import { schema } from './schema/index.ts';

export { schema };

/** Ports a test replaces (fakes live in test/). */
export type ProcurementOverrides = Partial<Pick<ProcurementDeps, 'catalog' | 'inventory' | 'workflows' | 'plugins'>>;

/** The request path: settings, suppliers and purchase orders over GraphQL. */
export const createProcurementServer = domainServer<ProcurementDeps, ProcurementEnv, ProcurementOverrides>(
  database,
  schema,
  {
    ports: (env, { logger }, overrides) => {
      const callees = internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, {
        catalog: env.CATALOG_SUBGRAPH_URL,
        inventory: env.INVENTORY_SUBGRAPH_URL,
        workflows: env.WORKFLOWS_SUBGRAPH_URL,
      });
      return {
        catalog: overrides.catalog ?? catalogSnapshots(callees.catalog),
        inventory: overrides.inventory ?? inventoryNeeds(callees.inventory),
        workflows: overrides.workflows ?? workflowsMatching(callees.workflows),
        plugins:
          overrides.plugins ??
          pluginHooksOf({
            url: env.PLUGINS_SUBGRAPH_URL,
            secret: env.INTERNAL_TOKEN_SECRET,
            caller: 'procurement',
            logger,
          }),
      };
    },
    subscribe: async ({ plugins }, { bus }) => plugins.subscribe(bus),
    release: ({ plugins }) => plugins.close(),
  },
);
