/**
 * The subgraphs the platform is made of: where their schema module and entry point live and the
 * port each listens on by default. Adding a subgraph starts here (see the README).
 */
export interface SubgraphEntry {
  name: string;
  /** module exporting `schema` (the Pothos-built subgraph schema) */
  schemaModule: string;
  /** the file a runtime starts to run this subgraph alone */
  entry: string;
  /** module exporting `createService` (the kit's ServiceFactory), for the shared-process host */
  serviceModule: string;
  /** module exporting `createWorker` (the kit's WorkerFactory) when the domain has background work for the worker tier */
  workerModule?: string;
  /** the folder of its NNNN_*.sql migrations; its Postgres schema is its name */
  migrations: string;
  defaultPort: number;
}

/**
 * In start order: a domain comes after those it calls at start (orders asks plugins for its
 * validators); identity's and catalog's hook runners ask plugins only when a request needs them.
 */
export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'identity',
    schemaModule: '@ucos/identity/schema',
    entry: 'subgraphs/identity/src/index.ts',
    serviceModule: '@ucos/identity/service',
    workerModule: '@ucos/identity/worker',
    migrations: 'subgraphs/identity/migrations',
    defaultPort: 4001,
  },
  {
    name: 'catalog',
    schemaModule: '@ucos/catalog/schema',
    entry: 'subgraphs/catalog/src/index.ts',
    serviceModule: '@ucos/catalog/service',
    migrations: 'subgraphs/catalog/migrations',
    defaultPort: 4002,
  },
  {
    name: 'inventory',
    schemaModule: '@ucos/inventory/schema',
    entry: 'subgraphs/inventory/src/index.ts',
    serviceModule: '@ucos/inventory/service',
    workerModule: '@ucos/inventory/worker',
    migrations: 'subgraphs/inventory/migrations',
    defaultPort: 4003,
  },
  {
    name: 'plugins',
    schemaModule: '@ucos/plugins/schema',
    entry: 'subgraphs/plugins/src/index.ts',
    serviceModule: '@ucos/plugins/service',
    workerModule: '@ucos/plugins/worker',
    migrations: 'subgraphs/plugins/migrations',
    defaultPort: 4011,
  },
  {
    name: 'orders',
    schemaModule: '@ucos/orders/schema',
    entry: 'subgraphs/orders/src/index.ts',
    serviceModule: '@ucos/orders/service',
    workerModule: '@ucos/orders/worker',
    migrations: 'subgraphs/orders/migrations',
    defaultPort: 4004,
  },
  {
    name: 'fulfillment',
    schemaModule: '@ucos/fulfillment/schema',
    entry: 'subgraphs/fulfillment/src/index.ts',
    serviceModule: '@ucos/fulfillment/service',
    migrations: 'subgraphs/fulfillment/migrations',
    defaultPort: 4005,
  },
  {
    name: 'workflows',
    schemaModule: '@ucos/workflows/schema',
    entry: 'subgraphs/workflows/src/index.ts',
    serviceModule: '@ucos/workflows/service',
    workerModule: '@ucos/workflows/worker',
    migrations: 'subgraphs/workflows/migrations',
    defaultPort: 4006,
  },
  {
    name: 'webhooks',
    schemaModule: '@ucos/webhooks/schema',
    entry: 'subgraphs/webhooks/src/index.ts',
    serviceModule: '@ucos/webhooks/service',
    workerModule: '@ucos/webhooks/worker',
    migrations: 'subgraphs/webhooks/migrations',
    defaultPort: 4007,
  },
  {
    name: 'notifications',
    schemaModule: '@ucos/notifications/schema',
    entry: 'subgraphs/notifications/src/index.ts',
    serviceModule: '@ucos/notifications/service',
    workerModule: '@ucos/notifications/worker',
    migrations: 'subgraphs/notifications/migrations',
    defaultPort: 4008,
  },
  {
    name: 'procurement',
    schemaModule: '@ucos/procurement/schema',
    entry: 'subgraphs/procurement/src/index.ts',
    serviceModule: '@ucos/procurement/service',
    workerModule: '@ucos/procurement/worker',
    migrations: 'subgraphs/procurement/migrations',
    defaultPort: 4009,
  },
  {
    name: 'finance',
    schemaModule: '@ucos/finance/schema',
    entry: 'subgraphs/finance/src/index.ts',
    serviceModule: '@ucos/finance/service',
    workerModule: '@ucos/finance/worker',
    migrations: 'subgraphs/finance/migrations',
    defaultPort: 4010,
  },
];

export const routingUrl = (entry: SubgraphEntry, host = '127.0.0.1', port = entry.defaultPort) =>
  `http://${host}:${port}/graphql`;

export const portOf = (entry: SubgraphEntry, env: Record<string, string | undefined> = process.env) =>
  Number(env[`${entry.name.toUpperCase()}_PORT`] ?? entry.defaultPort);

/** `IDENTITY_DATABASE_URL`, `CATALOG_DATABASE_URL`, …: the connection a subgraph makes as its own role */
export const serviceUrlVariable = (name: string) => `${name.toUpperCase()}_DATABASE_URL`;

/** Where metrics are served, internal only: the gateway at `base`, each subgraph at base + (port − 4000). */
export const DEFAULT_METRICS_PORT_BASE = 9400;
export const metricsPortOf = (entry: SubgraphEntry, base: number) => base + (entry.defaultPort - 4000);
