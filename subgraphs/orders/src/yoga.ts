import { createDomainServer, type EventBus, internalClientsOf, type Logger } from '@ucos/kit';
import { masterKeyringFromEnv } from '@ucos/kit/adapters/envelope';
import { pluginHookRunner } from '@ucos/kit/plugin-hooks';
import { paymentProviders } from './data/integrations.ts';
import { database } from './db.ts';
import type { OrdersDeps } from './deps.ts';
import type { OrdersEnv } from './env.ts';
import { subscribeRefunds } from './events/in/refund-consumer.ts';
import { subscribeReservations } from './events/in/reservation-consumer.ts';
import { subscribeShipments } from './events/in/shipment-consumer.ts';
import { subscribeTenantSettings } from './events/in/tenant-settings-consumer.ts';
import { flatTax, zonesOfMethodTable } from './ports/calculators.ts';
import { catalogPricing } from './ports/catalog-pricing.ts';
import { identityCustomerAccounts } from './ports/customer-accounts.ts';
import { inventoryStock } from './ports/inventory-stock.ts';
import { type PaymentProvider, TestPaymentProvider } from './ports/payment.ts';
import { noValidators, pluginValidators } from './ports/plugin-validators.ts';
import { STRIPE_PROVIDER, StripePaymentProvider } from './ports/stripe.ts';
import { engineTax } from './ports/tax.ts';
import { schema } from './schema/index.ts';
import { stripeWebhookRoutes } from './stripe-webhooks.ts';

export { schema };

/** Ports a test (or a deployment with a real PSP) replaces. */
export type OrdersOverrides = Partial<
  Pick<OrdersDeps, 'pricing' | 'stock' | 'tax' | 'taxes' | 'customerAccounts' | 'validators'>
> & {
  payments?: PaymentProvider[];
  /** how the Stripe adapter calls out (tests: a fetch to a local fake) */
  stripeFetch?: typeof fetch;
};

/** What the stores need beyond the database: the ports, built once per process (the server and the worker). */
export type OrdersPorts = Omit<OrdersDeps, 'pool' | 'log' | 'unitOfWork'>;

/** The ports of orders from its environment, with a test's overrides. */
export function ordersPorts(env: OrdersEnv, logger: Logger, overrides: OrdersOverrides = {}): OrdersPorts {
  const callees = internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, {
    catalog: env.CATALOG_SUBGRAPH_URL,
    inventory: env.INVENTORY_SUBGRAPH_URL,
    identity: env.IDENTITY_SUBGRAPH_URL,
  });
  const keyring = masterKeyringFromEnv({
    key: env.INTEGRATIONS_MASTER_KEY,
    previous: env.INTEGRATIONS_MASTER_KEY_PREVIOUS,
    nodeEnv: env.NODE_ENV,
    warn: (message) => logger.warn(message),
  });
  const payments = paymentProviders(overrides.payments ?? [new TestPaymentProvider()], keyring, {
    [STRIPE_PROVIDER]: (settings) =>
      new StripePaymentProvider({
        secretKey: settings.secretKey!,
        apiBase: env.STRIPE_API_BASE,
        ...(overrides.stripeFetch ? { fetch: overrides.stripeFetch } : {}),
      }),
  });
  const validators =
    overrides.validators ??
    (env.PLUGINS_SUBGRAPH_URL
      ? pluginValidators(
          pluginHookRunner({
            plugins: internalClientsOf(env.INTERNAL_TOKEN_SECRET, logger, { plugins: env.PLUGINS_SUBGRAPH_URL })
              .plugins,
            caller: 'orders',
            logger,
          }),
        )
      : noValidators);
  return {
    pricing: overrides.pricing ?? catalogPricing(callees.catalog),
    stock: overrides.stock ?? inventoryStock(callees.inventory),
    customerAccounts: overrides.customerAccounts ?? identityCustomerAccounts(callees.identity),
    payments,
    integrationsKeyring: keyring,
    shippingDefaults: zonesOfMethodTable(env.SHIPPING_METHODS),
    tax: overrides.tax ?? flatTax(env.TAX_RATE_BPS),
    taxes: overrides.taxes ?? engineTax(overrides.tax ?? flatTax(env.TAX_RATE_BPS)),
    validators,
    reservationTtlSeconds: env.RESERVATION_TTL_SECONDS,
    checkoutLeaseSeconds: env.CHECKOUT_LEASE_SECONDS,
  };
}

/** Builds the orders subgraph: pool, ports, Yoga, the outbox relay and the consumers checkout waits on. */
export function createOrdersServer(env: OrdersEnv, logger: Logger, bus: EventBus, overrides: OrdersOverrides = {}) {
  const ports = ordersPorts(env, logger, overrides);
  return createDomainServer<OrdersDeps>({
    database,
    schema,
    env,
    logger,
    bus,
    deps: (runtime) => ({
      // compensations towards other services: idempotent, and inventory also learns them from the events
      ...database.deps(runtime, {
        onAfterCommitError: (error) => logger.error({ err: error }, 'post-commit step failed'),
      }),
      ...ports,
    }),
    subscribe: async (deps) => [
      await subscribeShipments(bus, deps.unitOfWork(null), logger),
      await subscribeReservations(bus, deps.stock, logger),
      await subscribeRefunds(bus, deps.unitOfWork(null), deps.payments),
      await subscribeTenantSettings(bus, deps.unitOfWork(null)),
      ...(await deps.validators.subscribe(bus)),
    ],
    server: (deps) => ({ routes: stripeWebhookRoutes(deps) }),
    release: (deps) => deps.validators.close(),
  });
}
