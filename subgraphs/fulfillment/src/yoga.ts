import { createDomainServer, type EventBus, internalClientsOf, type Logger } from '@ucos/kit';
import { database } from './db.ts';
import type { FulfillmentDeps } from './deps.ts';
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
  const callees = internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, { inventory: env.INVENTORY_SUBGRAPH_URL });
  const carriers = overrides.carriers ?? [manualCarrier(parseRateTable(env.MANUAL_CARRIER_RATES))];
  return createDomainServer<FulfillmentDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => ({
      ...database.deps(runtime),
      stock: overrides.stock ?? inventoryStock(callees.inventory),
      carriers: new Map(carriers.map((carrier) => [carrier.name, carrier])),
    }),
    subscribe: async (deps) => [await subscribeOrders(bus, deps.unitOfWork(null))],
  });
}
