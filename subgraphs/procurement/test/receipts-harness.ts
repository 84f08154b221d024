import { randomUUID } from 'node:crypto';
import {
  type AuthContext,
  countStatements,
  createLogger,
  decodeGlobalId,
  encodeGlobalId,
  InProcessEventBus,
} from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { expect } from 'vitest';
import { loadProcurementEnv } from '../src/env.ts';
import { createProcurementServer } from '../src/yoga.ts';

/**
 * Procurement in-process for the receiving tests, with an owner connection that seeds orders as
 * lane procurement's mutations leave them (an approved or sent order with its lines), so receipts and
 * bills are tested on their own.
 */

export const SECRET = 'receiving-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export async function startReceiving(options: { poolSize?: number } = {}) {
  const db: TestDatabase = await createTestDatabase([{ schema: 'procurement', directory: MIGRATIONS }]);
  const logger = createLogger('procurement', process.env.DBG ? 'debug' : 'silent');
  const bus = new InProcessEventBus({ logger });
  const env = loadProcurementEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('procurement'),
    DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
  });
  const server = await createProcurementServer(env, logger, bus);
  await server.start();
  const admin = new pg.Pool({ connectionString: db.adminUrl, max: 4 });
  const call = inProcessCaller(server.yoga, SECRET);
  return {
    db,
    server,
    call,
    admin,
    /** rows as the owner sees them (every tenant) */
    async rows<T = Record<string, unknown>>(text: string, values: unknown[] = []) {
      return (await admin.query(text, values)).rows as T[];
    },
    async close() {
      await server.close();
      await admin.end();
      await bus.close();
      await db.drop();
    },
  };
}

export type ReceivingHarness = Awaited<ReturnType<typeof startReceiving>>;

/** The set-up of a receiving test file: `startReceiving` once before its tests, ended after them. */
export function receivingSuite(started: (harness: ReceivingHarness) => void, options: { poolSize?: number } = {}) {
  suiteFixture(async (own) => {
    started(own(await startReceiving(options)));
  }, 60_000);
}

export const staff = (tenantId: string, scopes = ['procurement:manage']): Partial<AuthContext> => ({
  kind: 'user',
  subject: randomUUID(),
  tenantId,
  scopes,
});

export const approver = (tenantId: string) => staff(tenantId, ['procurement:manage', 'procurement:approve']);

export interface SeededOrder {
  tenantId: string;
  supplierId: string;
  orderId: string;
  number: string;
  warehouseId: string;
  lineIds: string[];
  variantIds: string[];
  skus: string[];
  /** global ids, as clients send them */
  gid: { order: string; lines: string[]; supplier: string; warehouse: string };
}

export interface OrderSeed {
  tenantId?: string;
  status?: string;
  currency?: string;
  exchangeRate?: string;
  /** quantity and unit cost (supplier minor units) per line */
  lines?: { quantity: number; unitCost: number; cancelled?: number }[];
  paymentTermsDays?: number;
  settings?: Partial<{
    receipt_over_tolerance_percent: number;
    match_quantity_tolerance_percent: number;
    match_price_tolerance_percent: number;
    match_price_tolerance_amount: number;
  }>;
}

let sequence = 0;

/** A supplier and an order in `status` (SENT by default) with its lines, written as the owner. */
export async function seedOrder(harness: ReceivingHarness, seed: OrderSeed = {}): Promise<SeededOrder> {
  const tenantId = seed.tenantId ?? randomUUID();
  const lines = seed.lines ?? [{ quantity: 10, unitCost: 1000 }];
  const currency = seed.currency ?? 'EUR';
  const warehouseId = randomUUID();
  const client = await harness.admin.connect();
  try {
    await client.query('begin');
    if (seed.settings) {
      const columns = Object.keys(seed.settings);
      await client.query(
        `insert into procurement.settings (tenant_id, ${columns.join(', ')}) values ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
         on conflict (tenant_id) do update set ${columns.map((column) => `${column} = excluded.${column}`).join(', ')}`,
        [tenantId, ...Object.values(seed.settings)],
      );
    }
    sequence++;
    const supplier = await client.query<{ id: string }>(
      `insert into procurement.suppliers (tenant_id, code, name, email, currency, payment_terms_days)
       values ($1, $2, $3, 'orders@supplier.test', $4, $5) returning id`,
      [
        tenantId,
        `SUP-${sequence}-${randomUUID().slice(0, 6)}`,
        `Supplier ${sequence}`,
        currency,
        seed.paymentTermsDays ?? 30,
      ],
    );
    const supplierId = supplier.rows[0]?.id as string;
    const number = `PO-T${sequence}-${randomUUID().slice(0, 6)}`;
    const order = await client.query<{ id: string }>(
      `insert into procurement.purchase_orders (tenant_id, number, supplier_id, status, currency, base_currency, exchange_rate, warehouse_id, version)
       values ($1, $2, $3, $4, $5, 'EUR', $6, $7, 3) returning id`,
      [tenantId, number, supplierId, seed.status ?? 'SENT', currency, seed.exchangeRate ?? '1', warehouseId],
    );
    const orderId = order.rows[0]?.id as string;
    const lineIds: string[] = [];
    const variantIds: string[] = [];
    const skus: string[] = [];
    for (const [index, line] of lines.entries()) {
      const variantId = randomUUID();
      const sku = `SKU-${sequence}-${index + 1}-${randomUUID().slice(0, 4)}`;
      skus.push(sku);
      const inserted = await client.query<{ id: string }>(
        `insert into procurement.purchase_order_lines (tenant_id, purchase_order_id, position, variant_id, sku, description,
           supplier_sku, warehouse_id, quantity, unit_cost, quantity_cancelled)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
        [
          tenantId,
          orderId,
          index + 1,
          variantId,
          sku,
          `Item ${index + 1}`,
          `SUP-${sku}`,
          warehouseId,
          line.quantity,
          line.unitCost,
          line.cancelled ?? 0,
        ],
      );
      lineIds.push(inserted.rows[0]?.id as string);
      variantIds.push(variantId);
    }
    await client.query('commit');
    return {
      tenantId,
      supplierId,
      orderId,
      number,
      warehouseId,
      lineIds,
      variantIds,
      skus,
      gid: {
        order: encodeGlobalId('PurchaseOrder', orderId),
        lines: lineIds.map((id) => encodeGlobalId('PurchaseOrderLine', id)),
        supplier: encodeGlobalId('Supplier', supplierId),
        warehouse: encodeGlobalId('Warehouse', warehouseId),
      },
    };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

export const key = () => randomUUID();

/** the local uuid of a global id the API answered */
export const uuidOf = (globalId: string) => decodeGlobalId(globalId)?.id as string;

export const RECEIPT_FIELDS = `id number status purchaseOrderNumber acceptedQuantity rejectedQuantity postedAt
  lines { position sku acceptedQuantity rejectedQuantity rejectionReason supplierUnitCost unitCost }`;

export const RECEIPT_CREATE = `mutation ($input: ReceiptCreateInput!) {
  receiptCreate(input: $input) { receipt { ${RECEIPT_FIELDS} } errors { code field message } }
}`;

export const BILL_FIELDS = `id number kind status supplierInvoiceNumber billDate dueDate currency exchangeRate
  subtotalAmount taxAmount freightAmount totalAmount baseTotalAmount releaseComment version
  holdReasons { billLineId code message }
  lines { position description quantity unitPrice amount baseAmount receivedBaseAmount matchStatus matchReasons { code message } }`;

export const BILL_CREATE = `mutation ($input: SupplierBillCreateInput!) {
  supplierBillCreate(input: $input) { bill { ${BILL_FIELDS} } errors { code field message } }
}`;

export const BILL_RELEASE = `mutation ($input: SupplierBillReleaseInput!) {
  supplierBillRelease(input: $input) { bill { ${BILL_FIELDS} } errors { code field message } }
}`;

/** The order line quantities as stored. */
export async function lineState(harness: ReceivingHarness, lineId: string) {
  const [row] = await harness.rows<{
    quantity_received: number;
    quantity_rejected: number;
    quantity_billed: number;
    received_base_value: string;
  }>(
    `select quantity_received, quantity_rejected, quantity_billed, received_base_value::text
       from procurement.purchase_order_lines where id = $1`,
    [lineId],
  );
  return row;
}

/** Events in the outbox of a type for an aggregate (each emitted event is one row, published or not). */
export async function outboxEvents(harness: ReceivingHarness, type: string, aggregateId?: string) {
  return harness.rows<{ payload: Record<string, unknown> }>(
    `select payload from procurement.outbox where type = $1 and ($2::text is null or aggregate_id = $2) order by id`,
    [type, aggregateId ?? null],
  );
}

/**
 * Asserts that one page of the connection `field` costs the same statements for 2 nodes as for 20
 * (the tenant holds at least 20). The outbox relay polls through the same pool: it is paused, so only
 * the query is counted.
 */
export async function expectPageStatementsFlat(
  harness: ReceivingHarness,
  field: string,
  nodeFields: string,
  tenantId: string,
) {
  const counter = countStatements(harness.server.deps.pool);
  const list = `query ($first: Int!) { ${field}(first: $first) { totalCount edges { node { ${nodeFields} } } } }`;
  const measure = async (first: number) => {
    counter.reset();
    const result = await harness.call(list, { first }, staff(tenantId));
    expect(result.data?.[field].edges).toHaveLength(first);
    return counter.count;
  };
  await harness.server.relay.stop();
  try {
    const two = await measure(2);
    expect(two).toBeGreaterThan(0);
    expect(await measure(20)).toBe(two);
  } finally {
    harness.server.relay.start();
  }
}
