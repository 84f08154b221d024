// replenishmentNeeds at the size procurement's suggestions screen asks it for: 5,000 variants × 3
// warehouses, every level with a reorder policy and a share of them at or below their point.
// The inventory subgraph in this process (yoga.fetch, a signed internal token as procurement's
// service), one request at a time; latency = the whole GraphQL request.
//   node infra/src/bench/replenishment.ts          (DATABASE_URL: real PostgreSQL, else embedded)
//   REPLENISHMENT_BENCH_REQUESTS=400 REPLENISHMENT_BENCH_PRODUCTS=1000 (× 5 variants)
import { createInventoryServer } from '@ucos/inventory';
import { seedInventory } from '@ucos/inventory/seed';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller } from '@ucos/kit/testing';
import pg from 'pg';
import { loadInventoryEnv } from '../../../subgraphs/inventory/src/env.ts';

const requests = Number(process.env.REPLENISHMENT_BENCH_REQUESTS ?? 400);
const products = Number(process.env.REPLENISHMENT_BENCH_PRODUCTS ?? 1000);
const secret = 'replenishment-bench-internal-secret-0123456789';

const db = await createTestDatabase([
  { schema: 'inventory', directory: new URL('../../../subgraphs/inventory/migrations/', import.meta.url) },
]);
const logger = createLogger('bench', 'warn');
const bus = new InProcessEventBus({ logger });
const env = loadInventoryEnv({
  NODE_ENV: 'test',
  DATABASE_URL: db.appUrl,
  INTERNAL_TOKEN_SECRET: secret,
  LOG_LEVEL: 'warn',
});
const server = await createInventoryServer(env, logger, bus);
const admin = new pg.Client({ connectionString: db.adminUrl });
await admin.connect();
try {
  const tenantId = crypto.randomUUID();
  await seedInventory(server.pool, tenantId, { products, variantsPerProduct: 5, warehouses: 3 });
  // a policy on every level; the point varies so that about a third of the levels need stock
  const { rowCount: policies } = await admin.query(
    `update inventory.stock_levels set reorder_point = (hashtext(variant_id::text || warehouse_id::text) & 31),
       reorder_quantity = 24 where tenant_id = $1`,
    [tenantId],
  );
  await admin.query('analyze inventory.stock_levels');
  const call = inProcessCaller(server.yoga, secret);
  const procurement = { kind: 'service' as const, subject: 'procurement', tenantId, scopes: ['inventory:read'] };
  const query = `query ($first: Int, $after: String) { replenishmentNeeds(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { variantId warehouseId onHand reserved available incoming reorderPoint reorderQuantity shortfall } } } }`;
  const first = await call<{ replenishmentNeeds: { totalCount: number; pageInfo: { endCursor: string } } }>(
    query,
    { first: 100 },
    procurement,
  );
  if (first.errors?.length) throw new Error(JSON.stringify(first.errors));
  const needs = first.data?.replenishmentNeeds.totalCount ?? 0;
  const after = first.data?.replenishmentNeeds.pageInfo.endCursor;
  const uncounted = query.replace('totalCount', '');
  console.log('| query | levels with a policy | needs | page | requests | p50 | p99 | max |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [label, text] of [
    ['replenishmentNeeds', query],
    ['replenishmentNeeds without totalCount', uncounted],
  ] as const) {
    const timings: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      // alternate the first page and a later one: the keyset cursor must not cost more
      const result = await call(text, { first: 100, after: i % 2 ? after : null }, procurement);
      timings.push(performance.now() - started);
      if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    }
    timings.sort((a, b) => a - b);
    const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!.toFixed(1);
    console.log(
      `| ${label} | ${policies} | ${needs} | 100 | ${requests} | ${at(0.5)} ms | ${at(0.99)} ms | ${timings.at(-1)!.toFixed(1)} ms |`,
    );
  }
} finally {
  await admin.end();
  await server.close();
  await bus.close();
  await db.drop();
}
