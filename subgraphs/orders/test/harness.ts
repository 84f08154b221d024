import { randomUUID } from 'node:crypto';
import { type AuthContext, createLogger, type EventBus, encodeGlobalId, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { type Own, suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { loadOrdersEnv } from '../src/env.ts';
import type { CustomerAccountsPort } from '../src/ports/customer-accounts.ts';
import { TestPaymentProvider } from '../src/ports/payment.ts';
import type { PricingPort } from '../src/ports/pricing.ts';
import type { StockPort } from '../src/ports/stock.ts';
import { createOrdersServer } from '../src/yoga.ts';
import { MemoryCustomerAccounts, staticPricing } from './fakes.ts';
import { MemoryStock } from './memory-stock.ts';

export const SECRET = 'orders-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export type Caller = Partial<AuthContext>;

export interface OrdersHarness {
  db: TestDatabase;
  server: Awaited<ReturnType<typeof createOrdersServer>>;
  stock: MemoryStock;
  payments: TestPaymentProvider;
  bus: EventBus;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Caller,
  ): Promise<GraphQLResponse<T>>;
  /** `checkoutComplete` (`CHECKOUT`) of the cart as `auth`: `checkoutInput`'s defaults with these overrides */
  checkout<T = Record<string, any>>(
    cartId: string,
    auth?: Caller,
    overrides?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  db?: TestDatabase;
  pricing?: PricingPort;
  stock?: StockPort;
  customerAccounts?: CustomerAccountsPort;
  bus?: EventBus;
  env?: Record<string, string>;
}

/** Variants the static price list knows: uuid → sku, title, prices. */
export const VARIANTS = {
  mug: randomUUID(),
  tee: randomUUID(),
  draft: randomUUID(),
};
export const vid = (uuid: string) => encodeGlobalId('ProductVariant', uuid);

export function testPricing(): PricingPort {
  return staticPricing(
    new Map<string, { sku: string; title: string; amounts: Record<string, number>; status?: string }>([
      [VARIANTS.mug, { sku: 'MUG-1', title: 'Mug', amounts: { EUR: 1250, USD: 1400 } }],
      [VARIANTS.tee, { sku: 'TEE-1', title: 'Tee', amounts: { EUR: 2000 } }],
      [VARIANTS.draft, { sku: 'DRAFT-1', title: 'Draft', amounts: { EUR: 100 }, status: 'draft' }],
    ]),
  );
}

export async function startOrders(options: HarnessOptions = {}): Promise<OrdersHarness> {
  const db = options.db ?? (await createTestDatabase([{ schema: 'orders', directory: MIGRATIONS }]));
  const stock = new MemoryStock();
  const payments = new TestPaymentProvider();
  const bus = options.bus ?? new InProcessEventBus({ logger: createLogger('bus', 'silent') });
  const env = loadOrdersEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('orders'),
    DATABASE_POOL_SIZE: '20',
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const server = await createOrdersServer(env, createLogger('orders', process.env.DBG ? 'debug' : 'silent'), bus, {
    pricing: options.pricing ?? testPricing(),
    stock: options.stock ?? stock,
    customerAccounts: options.customerAccounts ?? new MemoryCustomerAccounts(),
    payments: [payments],
  });
  await server.start();
  const call = inProcessCaller(server.yoga, SECRET);
  return {
    db,
    server,
    stock,
    payments,
    bus,
    call,
    checkout: <T>(cartId: string, auth?: Caller, overrides?: Record<string, unknown>) =>
      call<T>(CHECKOUT, { input: checkoutInput(cartId, overrides) }, auth),
    async close() {
      await server.close();
      if (!options.bus) await bus.close();
      if (!options.db) await db.drop();
    },
  };
}

export interface OrdersSuiteOptions extends HarnessOptions {
  /** units on hand of the static price list's variants (the fake inventory's, shared by tenants) */
  onHand?: Partial<Record<keyof typeof VARIANTS, number>>;
  /** the file's own set-up once the service runs (a worker, a subscriber); `own` ends what it starts */
  started?(harness: OrdersHarness, own: Own): Promise<unknown>;
}

/** The suite's service, as `startOrders` answers it, and a look past the API at its database. */
export interface OrdersSuite extends OrdersHarness {
  /** the rows of a statement run as the database's owner (no RLS): what a test checks behind the API */
  adminQuery<T extends pg.QueryResultRow = Record<string, any>>(sql: string, values?: unknown[]): Promise<T[]>;
}

/** The rows of one statement run as the test database's owner, on a connection of its own. */
export async function adminQuery<T extends pg.QueryResultRow = Record<string, any>>(
  db: Pick<TestDatabase, 'adminUrl'>,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * How many statements every pg client of this process sends while `work` runs, the outbox relay's
 * polls included: the least of several runs (`leastStatements`) is the work's own cost.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: never[]) {
    count++;
    return (query as (...a: never[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return count;
}

/**
 * The set-up of a file that tests orders through its server: `startOrders(options)` once before the
 * file's tests (`suiteFixture`), `onHand` units in stock, closed after them. The answer is that harness, to
 * use inside the tests (it refuses to be used before the file's tests start).
 */
export function ordersSuite(options: OrdersSuiteOptions = {}): OrdersSuite {
  let suite: OrdersSuite | undefined;
  suiteFixture(async (own) => {
    const harness = own(await startOrders(options));
    for (const [variant, units] of Object.entries(options.onHand ?? {})) {
      harness.stock.available.set(VARIANTS[variant as keyof typeof VARIANTS], units);
    }
    suite = { ...harness, adminQuery: (sql, values) => adminQuery(harness.db, sql, values) };
    await options.started?.(harness, own);
  });
  return lateBound('ordersSuite', () => suite);
}

/**
 * A handle a test file takes at load time on what its suite starts before the tests: each property
 * read goes to the started value (a read before then is refused, naming the suite).
 */
export function lateBound<T extends object>(suite: string, value: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const started = value();
      if (!started) throw new Error(`${suite}: it starts before the file's tests, use it inside them`);
      return Reflect.get(started, key);
    },
  });
}

export const staff = (tenantId: string, scopes = ['orders:manage', 'orders:read']): Caller => ({
  kind: 'user',
  subject: randomUUID(),
  tenantId,
  scopes,
});
export const storefront = (tenantId: string): Caller => ({
  kind: 'publishable_key',
  subject: randomUUID(),
  tenantId,
  scopes: ['catalog:browse', 'cart:own', 'checkout'],
});
export const customer = (tenantId: string, customerId = randomUUID()): Caller => ({
  kind: 'customer',
  subject: customerId,
  tenantId,
  scopes: ['cart:own', 'checkout', 'orders:own'],
});

export const ADDRESS = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };

export const CART_CREATE = /* GraphQL */ `
  mutation ($currency: String!) { cartCreate(input: { currency: $currency }) { cart { id version } errors { code field message } } }`;
export const LINES_ADD = /* GraphQL */ `
  mutation ($input: CartLinesAddInput!) {
    cartLinesAdd(input: $input) {
      cart { id version lines { sku quantity unitPrice { amount currency } } subtotal { amount } shipping { amount } total { amount } }
      errors { code field message }
    }
  }`;
export const CHECKOUT = /* GraphQL */ `
  mutation ($input: CheckoutCompleteInput!) {
    checkoutComplete(input: $input) {
      order { id status paymentStatus version total { amount currency } lines { sku quantity unitPrice { amount } } }
      errors { code field message }
    }
  }`;

/** A cart with the given lines, as a shopper would build it. */
export async function cartWith(
  harness: Pick<OrdersHarness, 'call'>,
  auth: Caller,
  lines: { variantId: string; quantity: number }[],
  currency = 'EUR',
): Promise<{ id: string; version: number }> {
  const created = await harness.call(CART_CREATE, { currency }, auth);
  const cartId = created.data?.cartCreate.cart?.id;
  if (!cartId) throw new Error(`cartCreate failed: ${JSON.stringify(created)}`);
  const added = await harness.call(LINES_ADD, { input: { cartId, lines } }, auth);
  const cart = added.data?.cartLinesAdd.cart;
  if (!cart) throw new Error(`cartLinesAdd failed: ${JSON.stringify(added)}`);
  return cart;
}

export function checkoutInput(cartId: string, overrides: Record<string, unknown> = {}) {
  return {
    cartId,
    idempotencyKey: randomUUID(),
    email: 'ada@example.com',
    shippingAddress: ADDRESS,
    payment: { provider: 'test', token: 'tok_ok' },
    ...overrides,
  };
}
