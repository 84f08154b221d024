// Posting a 50-line goods receipt: the procurement service in this process on a fresh database, one
// sent purchase order of RECEIVING_BENCH_LINES lines per tenant, receipts of every line posted one after
// another (each locks the order, updates its lines in one statement, writes history and the event).
//   DATABASE_URL=postgres://… node infra/src/bench/receiving.ts
//   RECEIVING_BENCH_LINES=50 RECEIVING_BENCH_RECEIPTS=200 RECEIVING_BENCH_TENANTS=4
import { randomUUID } from 'node:crypto';
import { countStatements, createEventBus, createLogger, encodeGlobalId } from '@ucos/kit';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import { createProcurementServer } from '@ucos/procurement';
import { loadProcurementEnv } from '@ucos/procurement/env';
import pg from 'pg';

const lineCount = Number(process.env.RECEIVING_BENCH_LINES ?? 50);
const receipts = Number(process.env.RECEIVING_BENCH_RECEIPTS ?? 200);
const tenants = Number(process.env.RECEIVING_BENCH_TENANTS ?? 4);
const secret = 'receiving-bench-internal-secret-0123456789';

const db = await createTestDatabase([
  { schema: 'procurement', directory: new URL('../../../subgraphs/procurement/migrations/', import.meta.url) },
]);
const logger = createLogger('bench', 'warn');
const bus = await createEventBus({ natsUrl: process.env.NATS_URL, logger });
const env = loadProcurementEnv({
  NODE_ENV: 'test',
  DATABASE_URL: db.serviceUrl('procurement'),
  INTERNAL_TOKEN_SECRET: secret,
  LOG_LEVEL: 'warn',
});
const server = await createProcurementServer(env, logger, bus);
await server.start();
const call = inProcessCaller(server.yoga, secret);
const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });

/** A sent order of `lineCount` lines, large enough for every receipt of the run. */
async function seed(tenantId: string) {
  const supplier = await admin.query<{ id: string }>(
    `insert into procurement.suppliers (tenant_id, code, name, currency) values ($1, 'BENCH', 'Bench supplier', 'USD') returning id`,
    [tenantId],
  );
  const order = await admin.query<{ id: string }>(
    `insert into procurement.purchase_orders (tenant_id, number, supplier_id, status, currency, base_currency, exchange_rate, warehouse_id)
     values ($1, 'PO-BENCH', $2, 'SENT', 'USD', 'EUR', 0.92, $3) returning id`,
    [tenantId, supplier.rows[0]?.id, randomUUID()],
  );
  const orderId = order.rows[0]?.id as string;
  const lines = await admin.query<{ id: string }>(
    `insert into procurement.purchase_order_lines (tenant_id, purchase_order_id, position, variant_id, sku, description,
       warehouse_id, quantity, unit_cost)
     select $1, $2, n, gen_random_uuid(), 'SKU-' || n, 'Item ' || n, o.warehouse_id, 1000000, 1000 + n
       from generate_series(1, $3::int) n, procurement.purchase_orders o where o.id = $2
     returning id`,
    [tenantId, orderId, lineCount],
  );
  return {
    tenantId,
    order: encodeGlobalId('PurchaseOrder', orderId),
    lines: lines.rows.map((row) => encodeGlobalId('PurchaseOrderLine', row.id)),
  };
}

const orders = [];
for (let n = 0; n < tenants; n++) orders.push(await seed(randomUUID()));

const RECEIVE = `mutation ($input: ReceiptCreateInput!) { receiptCreate(input: $input) { receipt { id status } errors { code message } } }`;
const latencies: number[] = [];
// every statement the service's pool sends, the outbox relay's publishing of each receipt's event included
const statements = countStatements(server.pool);
let measuredStatements = 0;
for (let n = 0; n < receipts + 20; n++) {
  const target = orders[n % orders.length] as Awaited<ReturnType<typeof seed>>;
  const started = performance.now();
  const result = await call(
    RECEIVE,
    {
      input: {
        purchaseOrderId: target.order,
        lines: target.lines.map((purchaseOrderLineId) => ({
          purchaseOrderLineId,
          acceptedQuantity: 2,
          rejectedQuantity: 0,
        })),
        idempotencyKey: randomUUID(),
      },
    },
    { kind: 'user', subject: randomUUID(), tenantId: target.tenantId, scopes: ['procurement:manage'] },
  );
  const elapsed = performance.now() - started;
  if (result.data?.receiptCreate?.receipt?.status !== 'POSTED') throw new Error(JSON.stringify(result));
  // the first 20 warm the pool, the plans and the JIT
  if (n === 19) statements.reset();
  if (n >= 20) latencies.push(elapsed);
}

measuredStatements = statements.count;
const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1) ?? '—';
console.log(
  `| receipt post (${lineCount} lines) | ${latencies.length} receipts, ${tenants} tenants, sequential | p50 ${at(0.5)} ms | p95 ${at(0.95)} ms | p99 ${at(0.99)} ms | max ${sorted.at(-1)?.toFixed(1) ?? '—'} ms | ${(measuredStatements / latencies.length).toFixed(1)} statements per receipt |`,
);

await server.close();
await bus.close();
await admin.end();
await db.drop();
