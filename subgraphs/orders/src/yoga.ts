import { createDomainServer, createInternalClient, type EventBus, internalTokenKey, type Logger } from '@ucos/kit';
import { connectPool, tenantDb } from './db.ts';
import { type OrdersDeps, SCHEMA } from './deps.ts';
import type { OrdersEnv } from './env.ts';
import { subscribeRefunds } from './events/in/refund-consumer.ts';
import { subscribeReservations } from './events/in/reservation-consumer.ts';
import { subscribeShipments } from './events/in/shipment-consumer.ts';
import { flatTax, zonesOfMethodTable } from './ports/calculators.ts';
import { catalogPricing } from './ports/catalog-pricing.ts';
import { identityCustomerAccounts } from './ports/customer-accounts.ts';
import { inventoryStock } from './ports/inventory-stock.ts';
import { type PaymentProvider, TestPaymentProvider } from './ports/payment.ts';
import { engineTax } from './ports/tax.ts';
import { schema } from './schema/index.ts';

export { schema };

/** Ports a test (or a deployment with a real PSP) replaces. */
export type OrdersOverrides = Partial<Pick<OrdersDeps, 'pricing' | 'stock' | 'tax' | 'taxes' | 'customerAccounts'>> & {
  payments?: PaymentProvider[];
};

/** Builds the orders subgraph: pool, ports, Yoga, the outbox relay and the consumers checkout waits on. */
export function createOrdersServer(env: OrdersEnv, logger: Logger, bus: EventBus, overrides: OrdersOverrides = {}) {
  const key = internalTokenKey(env.INTERNAL_TOKEN_SECRET);
  const payments = overrides.payments ?? [new TestPaymentProvider()];
  return createDomainServer<OrdersDeps>({
    name: SCHEMA,
    schema,
    env,
    logger,
    bus,
    connectPool,
    deps: ({ pool, relay }) => ({
      pool,
      log: logger,
      pricing:
        overrides.pricing ??
        catalogPricing(createInternalClient(env.CATALOG_SUBGRAPH_URL, key, { service: 'catalog', logger })),
      stock:
        overrides.stock ??
        inventoryStock(createInternalClient(env.INVENTORY_SUBGRAPH_URL, key, { service: 'inventory', logger })),
      customerAccounts:
        overrides.customerAccounts ??
        identityCustomerAccounts(createInternalClient(env.IDENTITY_SUBGRAPH_URL, key, { service: 'identity', logger })),
      payments: new Map(payments.map((provider) => [provider.name, provider])),
      shippingDefaults: zonesOfMethodTable(env.SHIPPING_METHODS),
      tax: overrides.tax ?? flatTax(env.TAX_RATE_BPS),
      taxes: overrides.taxes ?? engineTax(overrides.tax ?? flatTax(env.TAX_RATE_BPS)),
      reservationTtlSeconds: env.RESERVATION_TTL_SECONDS,
      checkoutLeaseSeconds: env.CHECKOUT_LEASE_SECONDS,
      // compensations towards other services: idempotent, and inventory also learns them from the events
      unitOfWork: (tenantId) =>
        tenantDb(pool, tenantId, relay, (error) => logger.error({ err: error }, 'post-commit step failed')),
    }),
    subscribe: async (deps) => [
      await subscribeShipments(bus, deps.unitOfWork(null), logger),
      await subscribeReservations(bus, deps.stock, logger),
      await subscribeRefunds(bus, deps.unitOfWork(null), deps.payments),
    ],
  });
}
