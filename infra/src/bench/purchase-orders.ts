// A purchase order's writes, one after another: the procurement service in this process on a fresh
// database (catalog and workflows answered in process, as the tests' fakes do), one supplier per tenant,
// then PURCHASE_ORDERS_BENCH_ORDERS orders of PURCHASE_ORDERS_BENCH_LINES lines created, submitted
// (no approval workflow matches, so the rule approves it) and sent. Each step is timed on its own.
//   DATABASE_URL=postgres://… node infra/src/bench/purchase-orders.ts
//   PURCHASE_ORDERS_BENCH_LINES=10 PURCHASE_ORDERS_BENCH_ORDERS=200 PURCHASE_ORDERS_BENCH_TENANTS=4
import { randomUUID } from 'node:crypto';
import { countStatements, createEventBus, createLogger, encodeGlobalId } from '@ucos/kit';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import { createProcurementServer } from '@ucos/procurement';
import { loadProcurementEnv } from '@ucos/procurement/env';
import pg from 'pg';

const lineCount = Number(process.env.PURCHASE_ORDERS_BENCH_LINES ?? 10);
const orderCount = Number(process.env.PURCHASE_ORDERS_BENCH_ORDERS ?? 200);
const tenantCount = Number(process.env.PURCHASE_ORDERS_BENCH_TENANTS ?? 4);
const warmup = 20;
const secret = 'purchase-orders-bench-internal-secret-0123456789';

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
const server = await createProcurementServer(env, logger, bus, {
  catalog: {
    async snapshots(_tenantId, variantIds) {
      return new Map(
        variantIds.map((variantId) => [
          variantId,
          { variantId, sku: `SKU-${variantId.slice(0, 8)}`, description: 'Bench item' },
        ]),
      );
    },
  },
  workflows: { anyMatching: async () => false },
});
await server.start();
const call = inProcessCaller(server.yoga, secret);
const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });

/** A supplier in the base currency with a cost for each of `lineCount` variants. */
async function seed(tenantId: string) {
  const supplier = await admin.query<{ id: string }>(
    `insert into procurement.suppliers (tenant_id, code, name, email, currency) values ($1, 'BENCH', 'Bench supplier', 'orders@bench.example', 'EUR') returning id`,
    [tenantId],
  );
  const supplierId = supplier.rows[0]?.id as string;
  const items = await admin.query<{ variant_id: string }>(
    `insert into procurement.supplier_items (tenant_id, supplier_id, variant_id, unit_cost)
     select $1, $2, gen_random_uuid(), 1000 + n from generate_series(1, $3::int) n returning variant_id`,
    [tenantId, supplierId, lineCount],
  );
  return {
    tenantId,
    supplierId: encodeGlobalId('Supplier', supplierId),
    variants: items.rows.map((row) => encodeGlobalId('ProductVariant', row.variant_id)),
    warehouseId: encodeGlobalId('Warehouse', randomUUID()),
  };
}

const tenants = [];
for (let n = 0; n < tenantCount; n++) tenants.push(await seed(randomUUID()));

const CREATE = `mutation ($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) { purchaseOrder { id status } errors { code message } } }`;
const SUBMIT = `mutation ($input: PurchaseOrderSubmitInput!) { purchaseOrderSubmit(input: $input) { purchaseOrder { id status } errors { code message } } }`;
const SEND = `mutation ($input: PurchaseOrderSendInput!) { purchaseOrderSend(input: $input) { purchaseOrder { id status } errors { code message } } }`;

type Step = 'create' | 'submit' | 'send';
const latencies: Record<Step, number[]> = { create: [], submit: [], send: [] };
const statements = countStatements(server.pool);
// this process's CPU (service, Prisma, pg), steadier than wall time on a shared machine
let cpuAtStart = process.cpuUsage();

async function timed(
  step: Step,
  measured: boolean,
  run: () => Promise<{ id: string; status: string }>,
  expect: string,
) {
  const started = performance.now();
  const order = await run();
  const elapsed = performance.now() - started;
  if (order.status !== expect) throw new Error(`${step}: ${JSON.stringify(order)}`);
  if (measured) latencies[step].push(elapsed);
  return order.id;
}

for (let n = 0; n < orderCount + warmup; n++) {
  const tenant = tenants[n % tenants.length] as Awaited<ReturnType<typeof seed>>;
  const actor: Parameters<typeof call>[2] = {
    kind: 'user',
    subject: randomUUID(),
    tenantId: tenant.tenantId,
    scopes: ['procurement:manage', 'procurement:approve'],
  };
  const measured = n >= warmup;
  if (n === warmup) {
    statements.reset();
    cpuAtStart = process.cpuUsage();
  }
  const mutate = async (document: string, field: string, input: object) => {
    const result = await call(document, { input: { ...input, idempotencyKey: randomUUID() } }, actor);
    const payload = (
      result.data as Record<string, { purchaseOrder: { id: string; status: string } | null }> | undefined
    )?.[field];
    if (!payload?.purchaseOrder) throw new Error(JSON.stringify(result));
    return payload.purchaseOrder;
  };
  const id = await timed(
    'create',
    measured,
    () =>
      mutate(CREATE, 'purchaseOrderCreate', {
        supplierId: tenant.supplierId,
        warehouseId: tenant.warehouseId,
        lines: tenant.variants.map((variantId, index) => ({ variantId, quantity: 10 + index })),
      }),
    'DRAFT',
  );
  await timed('submit', measured, () => mutate(SUBMIT, 'purchaseOrderSubmit', { purchaseOrderId: id }), 'APPROVED');
  await timed('send', measured, () => mutate(SEND, 'purchaseOrderSend', { purchaseOrderId: id }), 'SENT');
}

const measuredStatements = statements.count;
const cpu = process.cpuUsage(cpuAtStart);
for (const step of ['create', 'submit', 'send'] as const) {
  const sorted = [...latencies[step]].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1) ?? '—';
  console.log(
    `| purchase order ${step} (${lineCount} lines) | ${sorted.length} orders, ${tenantCount} tenants, sequential | p50 ${at(0.5)} ms | p95 ${at(0.95)} ms | p99 ${at(0.99)} ms | max ${sorted.at(-1)?.toFixed(1) ?? '—'} ms |`,
  );
}
console.log(
  `statements per order (create + submit + send, relay included): ${(measuredStatements / orderCount).toFixed(1)}; CPU per order: ${((cpu.user + cpu.system) / orderCount).toFixed(0)} µs`,
);

await server.close();
await bus.close();
await admin.end();
await db.drop();
