import { randomUUID } from 'node:crypto';
import { seedCatalog, seedVariantId } from '@ucos/catalog/seed';
import { createService as createCatalog } from '@ucos/catalog/service';
import { seededWarehouseId, seedInventory } from '@ucos/inventory/seed';
import { createService as createInventory } from '@ucos/inventory/service';
import {
  type AuthContext,
  createLogger,
  type EventBus,
  encodeGlobalId,
  type RunningServer,
  type SubgraphService,
  serve,
} from '@ucos/kit';
import { createTestDatabase, httpCaller, type TestDatabase } from '@ucos/kit/testing';
import { createService as createFulfillment } from '../../fulfillment/src/service.ts';
import { loadOrdersEnv } from '../src/env.ts';
import { TestPaymentProvider } from '../src/ports/payment.ts';
import { createOrdersServer } from '../src/yoga.ts';
import { ADDRESS, CHECKOUT, storefront } from './harness.ts';

const root = new URL('../../../', import.meta.url);
export const STACK_SECRET = 'stack-test-internal-secret-0123456789abcdef';

export const stackMigrations = () => [
  { schema: 'catalog', directory: new URL('subgraphs/catalog/migrations/', root) },
  { schema: 'inventory', directory: new URL('subgraphs/inventory/migrations/', root) },
  { schema: 'orders', directory: new URL('subgraphs/orders/migrations/', root) },
  { schema: 'fulfillment', directory: new URL('subgraphs/fulfillment/migrations/', root) },
];

type Call = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  auth?: Partial<AuthContext>,
) => Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export interface Stack {
  db: TestDatabase;
  tenantId: string;
  urls: Record<'catalog' | 'inventory' | 'orders' | 'fulfillment', string>;
  orders: Awaited<ReturnType<typeof createOrdersServer>>;
  payments: TestPaymentProvider;
  call: Record<'catalog' | 'inventory' | 'orders' | 'fulfillment', Call>;
  /** catalog's seeded variant (product p, variant v) as a global id */
  variant(p: number, v: number): string;
  variantUuid(p: number, v: number): string;
  warehouse: string;
  /** sets a variant's on-hand in the first warehouse through inventory's API */
  setStock(p: number, v: number, onHand: number): Promise<void>;
  /**
   * A storefront cart of `lines` (variant global ids), checked out with the test provider by
   * `checkout` (default: as the storefront); returns the placed order's global id.
   */
  placeOrder(lines: { variantId: string; quantity: number }[], options?: PlaceOrderOptions): Promise<string>;
  close(): Promise<void>;
}

export interface PlaceOrderOptions {
  email?: string;
  /** who checks the cart out, e.g. a signed-in shopper through the gateway */
  checkout?: (query: string, variables: Record<string, unknown>) => Promise<{ data?: any }>;
}

/**
 * The real catalog, inventory, orders and fulfillment services in this process, each on its own HTTP
 * port (orders calls catalog and inventory over HTTP with service tokens, as in production), over one
 * test database with four schemas, seeded for one tenant.
 */
export async function startStack(
  bus: EventBus,
  options: { db?: TestDatabase; poolSize?: number } = {},
): Promise<Stack> {
  const db = options.db ?? (await createTestDatabase(stackMigrations()));
  const tenantId = randomUUID();
  const logger = createLogger('stack', process.env.DBG ? 'debug' : 'silent');
  const base = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: String(options.poolSize ?? 12),
    INTERNAL_TOKEN_SECRET: STACK_SECRET,
  };
  const services: SubgraphService[] = [];
  const servers: RunningServer[] = [];
  const host = async (service: SubgraphService) => {
    services.push(service);
    await service.start();
    const server = await serve(service.yoga, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    return `${server.url}`;
  };
  // each service connects as its own role, and its connections carry its name, so tests can count
  // statements per service
  const named = (name: string) => {
    const url = new URL(db.serviceUrl(name));
    url.searchParams.set('application_name', name);
    return { ...base, DATABASE_URL: url.toString() };
  };
  const catalogUrl = await host(await createCatalog(named('catalog'), { logger, bus }));
  const inventoryUrl = await host(
    await createInventory({ ...named('inventory'), RESERVATION_SWEEP_INTERVAL_MS: '500' }, { logger, bus }),
  );
  const payments = new TestPaymentProvider();
  const orders = await createOrdersServer(
    loadOrdersEnv({ ...named('orders'), CATALOG_SUBGRAPH_URL: catalogUrl, INVENTORY_SUBGRAPH_URL: inventoryUrl }),
    logger,
    bus,
    { payments: [payments] },
  );
  const ordersUrl = await host({ name: 'orders', yoga: orders.yoga, start: orders.start, close: orders.close });
  const fulfillmentUrl = await host(
    await createFulfillment({ ...named('fulfillment'), INVENTORY_SUBGRAPH_URL: inventoryUrl }, { logger, bus }),
  );
  await seedCatalog(db.servicePool('catalog'), tenantId, { products: 7, variantsPerProduct: 2 });
  await seedInventory(db.servicePool('inventory'), tenantId, { products: 7, variantsPerProduct: 2, warehouses: 1 });

  const caller = (url: string): Call => httpCaller(url, STACK_SECRET);
  const call = {
    catalog: caller(catalogUrl),
    inventory: caller(inventoryUrl),
    orders: caller(ordersUrl),
    fulfillment: caller(fulfillmentUrl),
  };
  const warehouse = encodeGlobalId('Warehouse', seededWarehouseId(tenantId, 0));
  return {
    db,
    tenantId,
    urls: { catalog: catalogUrl, inventory: inventoryUrl, orders: ordersUrl, fulfillment: fulfillmentUrl },
    orders,
    payments,
    call,
    variant: (p, v) => encodeGlobalId('ProductVariant', seedVariantId(tenantId, p, v)),
    variantUuid: (p, v) => seedVariantId(tenantId, p, v),
    warehouse,
    async setStock(p, v, onHand) {
      const result = await call.inventory(
        `mutation ($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`,
        {
          input: {
            variantId: encodeGlobalId('ProductVariant', seedVariantId(tenantId, p, v)),
            warehouseId: warehouse,
            setOnHand: onHand,
            idempotencyKey: randomUUID(),
          },
        },
        { kind: 'user', subject: randomUUID(), tenantId, scopes: ['inventory:adjust', 'inventory:read'] },
      );
      const errors = (result.data as { stockAdjust?: { errors: unknown[] } } | undefined)?.stockAdjust?.errors;
      if (!errors || errors.length) throw new Error(`stockAdjust failed: ${JSON.stringify(result)}`);
    },
    async placeOrder(lines, options = {}) {
      const guest = storefront(tenantId);
      const created = await call.orders(
        `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }`,
        {},
        guest,
      );
      const cartId = (created.data as any)?.cartCreate.cart.id;
      if (!cartId) throw new Error(`cartCreate failed: ${JSON.stringify(created)}`);
      await call.orders(
        `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`,
        { input: { cartId, lines } },
        guest,
      );
      const input = {
        cartId,
        idempotencyKey: randomUUID(),
        email: options.email ?? 'a@example.com',
        shippingAddress: ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
      };
      const placed = options.checkout
        ? await options.checkout(CHECKOUT, { input })
        : await call.orders(CHECKOUT, { input }, guest);
      const orderId = (placed.data as any)?.checkoutComplete.order?.id;
      if (!orderId) throw new Error(`checkout failed: ${JSON.stringify(placed)}`);
      return orderId;
    },
    async close() {
      for (const server of servers.reverse()) await server.close();
      for (const service of services.reverse()) await service.close();
      if (!options.db) await db.drop();
    },
  };
}

/** What inventory says about a variant's stock (staff view). */
export async function stockOf(stack: Stack, p: number, v: number) {
  const result = await stack.call.inventory(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { inventory { available onHand reserved } } } }`,
    { r: [{ __typename: 'ProductVariant', id: stack.variant(p, v) }] },
    { kind: 'user', subject: randomUUID(), tenantId: stack.tenantId, scopes: ['inventory:read'] },
  );
  const entity = (
    result.data as { _entities?: { inventory: { available: number; onHand: number; reserved: number } }[] }
  )?._entities?.[0];
  if (!entity) throw new Error(`inventory read failed: ${JSON.stringify(result)}`);
  return entity.inventory;
}
