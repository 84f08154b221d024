import { domainServer, internalClientsOf } from '@ucos/kit';
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
export const createFulfillmentServer = domainServer<FulfillmentDeps, FulfillmentEnv, FulfillmentOverrides>(
  database,
  schema,
  {
    ports: (env, { logger }, overrides) => {
      const carriers = overrides.carriers ?? [manualCarrier(parseRateTable(env.MANUAL_CARRIER_RATES))];
      return {
        stock:
          overrides.stock ??
          inventoryStock(
            internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, { inventory: env.INVENTORY_SUBGRAPH_URL }).inventory,
          ),
        carriers: new Map(carriers.map((carrier) => [carrier.name, carrier])),
      };
    },
    subscribe: async (deps, { bus }) => [await subscribeOrders(bus, deps.unitOfWork(null))],
  },
);
