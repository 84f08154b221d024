import { createDomainServer, type EventBus, type Logger } from '@ucos/kit';
import type { InventoryContext } from './context.ts';
import { connectInventoryDatabase, database, type InventoryConnections, type InventoryDb, tenantDb } from './db.ts';
import type { InventoryEnv } from './env.ts';
import { subscribeProcurement } from './events/in/procurement.ts';
import { subscribeReturnRestock } from './events/in/return-restock.ts';
import { schema } from './schema/index.ts';

export { schema };

/** What the request path is built on: the unit of work for any tenant, kicking the relay. */
interface InventoryDeps {
  unitOfWork(tenantId: string | null): InventoryDb;
}

/**
 * Builds the inventory subgraph with the kit's `createDomainServer`: its pool as its own role, the
 * outbox relay, and the return-restock and procurement consumers (started by `start()`, stopped by
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
  const settings = {
    defaultReservationTtlSeconds: env.RESERVATION_DEFAULT_TTL_SECONDS,
    defaultLowStockThreshold: env.LOW_STOCK_DEFAULT_THRESHOLD,
  };
  return createDomainServer<InventoryDeps, InventoryContext>({
    database,
    schema,
    // the pool below is already placed by tenant: nothing more to place
    env: { ...env, TENANT_PLACEMENT: undefined },
    logger,
    bus,
    pool: connections.pool,
    // every unit of work kicks the relay after a commit that emitted: mutations and consumers (the
    // reservation sweeper runs in the worker tier, src/worker.ts; the relay's poll publishes its events)
    deps: ({ pool, relay }) => ({ unitOfWork: (tenantId) => tenantDb(pool, tenantId, relay) }),
    context: (base, { unitOfWork }) => ({ ...base, db: unitOfWork(base.auth.tenantId), settings }),
    subscribe: async ({ unitOfWork }) => [
      await subscribeReturnRestock(bus, unitOfWork(null)),
      ...(await subscribeProcurement(bus, unitOfWork(null))),
    ],
  });
}
