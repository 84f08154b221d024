import {
  assertUnprivileged,
  createSubgraphServer,
  type EventBus,
  internalTokenKey,
  type Logger,
  OutboxRelay,
  type Subscription,
} from '@ucos/kit';
import type { InventoryContext } from './context.ts';
import { connectInventoryDatabase, type InventoryConnections, tenantDb } from './db.ts';
import type { InventoryEnv } from './env.ts';
import { subscribeProcurement } from './events/in/procurement.ts';
import { subscribeReturnRestock } from './events/in/return-restock.ts';
import { schema } from './schema/index.ts';

export { schema };

/**
 * Builds the inventory subgraph: connects as the unprivileged app role, serves the schema, and
 * prepares the outbox relay and the return-restock consumer (started by `start()`, stopped by
 * `close()`). The reservation sweeper is background work: `createWorker` in src/worker.ts.
 */
export async function createInventoryServer(
  env: InventoryEnv,
  logger: Logger,
  bus: EventBus,
  // tests pass their own, to count its statements from the first connection on
  connections: InventoryConnections = connectInventoryDatabase(
    env.DATABASE_URL,
    env.DATABASE_POOL_SIZE,
    logger,
    env.TENANT_PLACEMENT,
  ),
) {
  await assertUnprivileged(connections.pool);
  const relay = new OutboxRelay({ pool: connections.pool, schema: 'inventory', bus, logger });
  // every unit of work kicks the relay after a commit that emitted: mutations and consumers (the
  // reservation sweeper runs in the worker tier, src/worker.ts; the relay's poll publishes its events)
  const unitOfWork = (tenantId: string | null) => tenantDb(connections.pool, tenantId, relay);
  let restockSubscription: Subscription | null = null;
  let procurementSubscriptions: Subscription[] = [];
  const settings = {
    defaultReservationTtlSeconds: env.RESERVATION_DEFAULT_TTL_SECONDS,
    defaultLowStockThreshold: env.LOW_STOCK_DEFAULT_THRESHOLD,
  };
  const yoga = createSubgraphServer<InventoryContext>({
    name: 'inventory',
    schema,
    logger,
    internalTokenKey: internalTokenKey(env.INTERNAL_TOKEN_SECRET),
    context: (base) => ({ ...base, db: unitOfWork(base.auth.tenantId), settings }),
    database: { pool: connections.pool, schema: 'inventory' },
  });
  return {
    yoga,
    pool: connections.pool,
    relay,
    async start() {
      relay.start();
      restockSubscription = await subscribeReturnRestock(bus, unitOfWork(null));
      procurementSubscriptions = await subscribeProcurement(bus, unitOfWork(null));
    },
    async close() {
      await restockSubscription?.stop();
      for (const subscription of procurementSubscriptions) await subscription.stop();
      await relay.stop();
      await connections.close();
    },
  };
}
