import {
  assertUnprivileged,
  createInternalClient,
  createSubgraphServer,
  type EventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
  type Subscription,
} from '@ucos/kit';
import type { FulfillmentContext } from './context.ts';
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

export async function createFulfillmentServer(
  env: FulfillmentEnv,
  logger: Logger,
  bus: EventBus,
  overrides: FulfillmentOverrides = {},
) {
  const pool = connectPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, logger);
  await assertUnprivileged(pool);
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const carriers = overrides.carriers ?? [manualCarrier(parseRateTable(env.MANUAL_CARRIER_RATES))];
  const deps: FulfillmentDeps = {
    pool,
    log: logger,
    stock:
      overrides.stock ??
      inventoryStock(createInternalClient(env.INVENTORY_SUBGRAPH_URL, key, { service: 'inventory', logger })),
    carriers: new Map(carriers.map((carrier) => [carrier.name, carrier])),
    unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay),
  };
  const yoga = createSubgraphServer<FulfillmentContext>({
    name: 'fulfillment',
    schema,
    logger,
    internalTokenKey: key,
    context: (base) => ({ ...base, deps }),
    database: { pool, schema: SCHEMA },
  });
  const subscriptions: Subscription[] = [];
  return {
    yoga,
    deps,
    relay,
    async start() {
      relay.start();
      subscriptions.push(await subscribeOrders(bus, deps.unitOfWork(null)));
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
}
