import { createDomainServer, createInternalClient, type EventBus, internalTokenKey, type Logger } from '@ucos/kit';
import { connectPool, tenantDb } from './db.ts';
import { type FulfillmentDeps, SCHEMA } from './deps.ts';
import type { FulfillmentEnv } from './env.ts';
import { subscribeOrders } from './events/in/order-consumer.ts';
import { type CarrierAdapter, manualCarrier, parseRateTable } from './ports/carrier.ts';
import { inventoryStock, type StockPort } from './ports/stock.ts';
import { schema } from './schema/index.ts';

export { schema };

export interface FulfillmentOverrides {
  stock?: StockPort;
  carriers?: CarrierAdapter[];
}

/** Builds the fulfillment subgraph: pool, ports, Yoga, the outbox relay and the order consumer. */
export function createFulfillmentServer(
  env: FulfillmentEnv,
  logger: Logger,
  bus: EventBus,
  overrides: FulfillmentOverrides = {},
) {
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const carriers = overrides.carriers ?? [manualCarrier(parseRateTable(env.MANUAL_CARRIER_RATES))];
  return createDomainServer<FulfillmentDeps>({
    name: SCHEMA,
    schema,
    env,
    logger,
    bus,
    connectPool,
    deps: ({ pool, relay }) => ({
      pool,
      log: logger,
      stock:
        overrides.stock ??
        inventoryStock(createInternalClient(env.INVENTORY_SUBGRAPH_URL, key, { service: 'inventory', logger })),
      carriers: new Map(carriers.map((carrier) => [carrier.name, carrier])),
      unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
    }),
    subscribe: async (deps) => [await subscribeOrders(bus, deps.unitOfWork(null))],
  });
}
