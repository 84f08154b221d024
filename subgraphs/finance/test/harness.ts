import { randomUUID } from 'node:crypto';
import { type AuthContext, createEnvelope, createLogger, type EventEnvelope, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase, waitFor } from '@ucos/kit/testing';
import { type Own, suiteFixture } from '@ucos/kit/testing/suite';
import { connectPool, tenantDb } from '../src/db.ts';
import { loadFinanceEnv } from '../src/env.ts';
import { financeHandler } from '../src/events/in/consumer.ts';
import { createFinanceWorker } from '../src/worker.ts';
import { createFinanceServer } from '../src/yoga.ts';

export const SECRET = 'finance-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export const testEnv = (db: TestDatabase, overrides: Record<string, string> = {}) =>
  loadFinanceEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('finance'),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...overrides,
  });

const logger = () => createLogger('finance', process.env.DBG ? 'debug' : 'silent');

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

/** The server and the worker on one in-process bus, as the platform runs them. */
export async function startFinance(db: TestDatabase, bus = newBus()) {
  const env = testEnv(db);
  const server = await createFinanceServer(env, logger(), bus);
  await server.start();
  const worker = await createFinanceWorker(env, logger(), bus);
  await worker.start();
  // a second consumer on the server's pool: what a second worker replica would do with the same event
  const handle = financeHandler(tenantDb(server.pool, null, null));
  return {
    bus,
    server,
    worker,
    call: inProcessCaller(server.yoga, SECRET),
    /** delivers one event straight to a finance consumer (as a bus redelivery would) */
    deliver: (envelope: EventEnvelope) =>
      handle(envelope, { deliveryCount: 1, consumer: 'finance-posting', subject: `ucos.${envelope.type}` }),
    async close() {
      await worker.close();
      await server.close();
    },
  };
}

export type FinanceHarness = Awaited<ReturnType<typeof startFinance>>;

/** What a file that tests finance through its server starts: a migrated database and the service on it. */
export interface FinanceSuite {
  db: TestDatabase;
  finance: FinanceHarness;
}

/**
 * The set-up of a file that tests finance through its server: a migrated database and `startFinance`
 * on it, once before the file's tests and ended after them. `started` receives them, and `own` for
 * what the file starts besides.
 */
export function financeSuite(started: (suite: FinanceSuite, own: Own) => unknown): void {
  suiteFixture(async (own) => {
    const db = own(await createTestDatabase([{ schema: 'finance', directory: MIGRATIONS }]));
    const finance = own(await startFinance(db));
    await started({ db, finance }, own);
  });
}

/** A worker's pool, built as the service builds it (bigint amounts read as numbers). */
export type FinancePool = ReturnType<typeof connectPool>;

/**
 * The set-up of a file that drives finance's consumers straight on a worker's pool of `size`
 * connections, without the server: a migrated database and the pool, once before the file's tests
 * and ended after them.
 */
export function consumerSuite(size: number, started: (suite: { db: TestDatabase; pool: FinancePool }) => void): void {
  suiteFixture(async (own) => {
    const db = own(await createTestDatabase([{ schema: 'finance', directory: MIGRATIONS }]));
    started({ db, pool: own(connectPool(db.serviceUrl('finance'), size)) });
  });
}

/**
 * Two finance consumers, as two worker replicas run them: one on the server's pool and one on a
 * replica's own pool (built as the service builds it: bigint amounts read as numbers), each taking one
 * delivery of an event.
 */
export function replicaConsumers({ db, finance }: FinanceSuite, own: Own) {
  const meta = { deliveryCount: 1, consumer: 'finance-posting', subject: 'ucos.test' };
  const first = financeHandler(tenantDb(finance.server.pool, null, null));
  const replicaPool = own(connectPool(db.serviceUrl('finance'), 4));
  const second = financeHandler(tenantDb(replicaPool, null, null));
  return {
    here: async (envelope: EventEnvelope) => first(envelope, meta),
    elsewhere: async (envelope: EventEnvelope) => second(envelope, meta),
  };
}

export const staff = (
  tenantId: string,
  scopes = ['finance:read', 'finance:write', 'finance:manage'],
): Partial<AuthContext> => ({
  kind: 'user',
  subject: randomUUID(),
  tenantId,
  scopes,
});

export const domainEvent = (
  tenantId: string,
  type: string,
  aggregateId: string,
  payload: Record<string, unknown>,
  occurredAt?: string,
): EventEnvelope =>
  createEnvelope({
    type,
    tenantId,
    aggregateType: type.split('.')[1]?.replace(/(^|_)(.)/g, (_m, _u, c: string) => c.toUpperCase()) ?? 'Thing',
    aggregateId,
    payload: payload as EventEnvelope['payload'],
    ...(occurredAt ? { occurredAt } : {}),
  });

/** Payload builders for the events finance posts from, shaped as their producers publish them. */
export const events = {
  orderCreated: (
    tenantId: string,
    o: {
      orderId: string;
      number: number;
      subtotal: number;
      shipping: number;
      tax: number;
      currency?: string;
      customerId?: string;
      email?: string;
    },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      'orders.order.created',
      o.orderId,
      {
        orderId: o.orderId,
        number: o.number,
        customerId: o.customerId ?? null,
        actor: null,
        email: o.email ?? 'shopper@example.com',
        currency: o.currency ?? 'EUR',
        subtotalAmount: o.subtotal,
        shippingAmount: o.shipping,
        taxAmount: o.tax,
        totalAmount: o.subtotal + o.shipping + o.tax,
        shippingMethod: { code: 'std', name: 'Standard', amount: o.shipping },
        lines: [],
      },
      at,
    ),
  paymentStatus: (
    tenantId: string,
    o: { orderId: string; number: number; total: number; to: string; from: string; currency?: string },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      'orders.order.payment_status_changed',
      o.orderId,
      {
        orderId: o.orderId,
        number: o.number,
        customerId: null,
        status: 'pending',
        paymentStatus: o.to,
        from: o.from,
        currency: o.currency ?? 'EUR',
        totalAmount: o.total,
      },
      at,
    ),
  /** an edit as orders publishes it: the amounts after it, and before it in `previous` */
  orderEdited: (
    tenantId: string,
    o: {
      orderId: string;
      number: number;
      version: number;
      before: { subtotal: number; shipping: number; tax: number };
      after: { subtotal: number; shipping: number; tax: number };
      currency?: string;
    },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      'orders.order.edited',
      o.orderId,
      {
        orderId: o.orderId,
        number: o.number,
        customerId: null,
        status: 'confirmed',
        paymentStatus: 'authorized',
        currency: o.currency ?? 'EUR',
        totalAmount: o.after.subtotal + o.after.shipping + o.after.tax,
        actor: null,
        lines: [],
        version: o.version,
        subtotalAmount: o.after.subtotal,
        shippingAmount: o.after.shipping,
        taxAmount: o.after.tax,
        discountAmount: 0,
        previous: {
          subtotalAmount: o.before.subtotal,
          shippingAmount: o.before.shipping,
          taxAmount: o.before.tax,
          totalAmount: o.before.subtotal + o.before.shipping + o.before.tax,
          giftCardAmount: 0,
        },
      },
      at,
    ),
  orderCancelled: (tenantId: string, o: { orderId: string; number: number; total: number }, at?: string) =>
    domainEvent(
      tenantId,
      'orders.order.cancelled',
      o.orderId,
      {
        orderId: o.orderId,
        number: o.number,
        customerId: null,
        status: 'cancelled',
        paymentStatus: 'voided',
        currency: 'EUR',
        totalAmount: o.total,
        reason: null,
      },
      at,
    ),
  shipped: (
    tenantId: string,
    s: { shipmentId: string; orderId: string; lines: { variantId: string; quantity: number }[] },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      'fulfillment.shipment.shipped',
      s.shipmentId,
      {
        shipmentId: s.shipmentId,
        orderId: s.orderId,
        warehouseId: null,
        carrier: 'manual',
        trackingNumber: null,
        status: 'shipped',
        from: 'packed',
        lines: s.lines,
      },
      at,
    ),
  returnMoved: (
    tenantId: string,
    type: 'fulfillment.return.received' | 'fulfillment.return.refunded',
    r: {
      returnId: string;
      orderId: string;
      refundAmount: number | null;
      lines: { variantId: string; quantity: number }[];
    },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      type,
      r.returnId,
      {
        returnId: r.returnId,
        orderId: r.orderId,
        status: type.endsWith('received') ? 'received' : 'refunded',
        from: 'approved',
        warehouseId: null,
        refundAmount: r.refundAmount,
        currency: 'EUR',
        lines: r.lines.map((line) => ({ ...line, warehouseId: null })),
      },
      at,
    ),
  variantCost: (
    tenantId: string,
    c: {
      variantId: string;
      /** decimal minor units; inventory publishes it as an exact decimal string */
      averageCost: number | string;
      onHand?: number;
      receiptId?: string;
      receivedQuantity?: number;
      unitCost?: number | string;
    },
    at?: string,
  ) =>
    domainEvent(
      tenantId,
      'inventory.variant_cost.changed',
      c.variantId,
      {
        variantId: c.variantId,
        averageCost: c.averageCost,
        currency: 'EUR',
        onHand: c.onHand ?? 10,
        receiptId: c.receiptId ?? randomUUID(),
        receivedQuantity: c.receivedQuantity ?? 10,
        unitCost: c.unitCost ?? c.averageCost,
      },
      at,
    ),
  receipt: (
    tenantId: string,
    r: { receiptId: string; receivedAt: string; lines: { variantId: string; accepted: number; unitCost: number }[] },
  ) =>
    domainEvent(tenantId, 'procurement.receipt.posted', r.receiptId, {
      receiptId: r.receiptId,
      number: 'GR-1',
      purchaseOrderId: randomUUID(),
      purchaseOrderNumber: 'PO-1',
      supplierId: randomUUID(),
      warehouseId: randomUUID(),
      receivedAt: r.receivedAt,
      baseCurrency: 'EUR',
      lines: r.lines.map((line) => ({
        receiptLineId: randomUUID(),
        purchaseOrderLineId: randomUUID(),
        variantId: line.variantId,
        warehouseId: randomUUID(),
        acceptedQuantity: line.accepted,
        rejectedQuantity: 0,
        unitCost: line.unitCost,
        supplierUnitCost: Math.round(line.unitCost),
        supplierCurrency: 'EUR',
        exchangeRate: '1',
      })),
    }),
  bill: (
    tenantId: string,
    kind: 'bill' | 'credit_note',
    b: {
      billId: string;
      billDate: string;
      lines: { amount: number; receivedBaseAmount: number }[];
      tax: number;
      freight: number;
      currency?: string;
      rate?: number;
      supplierId?: string;
      supplierName?: string;
      number?: string;
      dueDate?: string;
    },
  ) => {
    const rate = b.rate ?? 1;
    const lines = b.lines.map((line, index) => ({
      billLineId: randomUUID(),
      purchaseOrderLineId: randomUUID(),
      variantId: randomUUID(),
      description: `line ${index + 1}`,
      quantity: 1,
      unitPrice: line.amount,
      amount: line.amount,
      baseAmount: Math.round(line.amount * rate),
      receivedBaseAmount: line.receivedBaseAmount,
    }));
    const total = b.lines.reduce((sum, line) => sum + line.amount, 0) + b.tax + b.freight;
    return domainEvent(
      tenantId,
      kind === 'bill' ? 'procurement.bill.posted' : 'procurement.credit_note.posted',
      b.billId,
      {
        billId: b.billId,
        number: b.number ?? 'B-1',
        kind,
        supplierId: b.supplierId ?? randomUUID(),
        supplierName: b.supplierName ?? 'Acme Supplies',
        purchaseOrderId: randomUUID(),
        billDate: b.billDate,
        dueDate: b.dueDate ?? b.billDate,
        currency: b.currency ?? 'EUR',
        exchangeRate: String(rate),
        baseCurrency: 'EUR',
        lines,
        taxAmount: b.tax,
        freightAmount: b.freight,
        totalAmount: total,
        baseTaxAmount: Math.round(b.tax * rate),
        baseFreightAmount: Math.round(b.freight * rate),
        baseTotalAmount: Math.round(total * rate),
      },
    );
  },
};

export { createTestDatabase, waitFor };
