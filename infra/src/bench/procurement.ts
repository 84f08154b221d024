// Procurement's read paths at scale, on real PostgreSQL when DATABASE_URL is set (embedded otherwise):
// the inventory and procurement services in this process, each on its own port as in production
// (procurement asks inventory over HTTP with a service token), one tenant with 5,000 variants × 3
// warehouses all at or below their reorder point and a preferred supplier for every variant, and
// PROCUREMENT_BENCH_ORDERS purchase orders of 5 lines.
//   node infra/src/bench/procurement.ts
//   PROCUREMENT_BENCH_SECONDS=10 PROCUREMENT_BENCH_VARIANTS=5000 PROCUREMENT_BENCH_ORDERS=2000
// Measures: one page (100) of replenishment suggestions, closed loop on 4 connections (target p99 <
// 300 ms), and the purchase order list (first 50, with supplier and lines) open loop at 50 req/s
// (target p99 < 100 ms).
import { randomUUID } from 'node:crypto';
import {
  createLogger,
  INTERNAL_TOKEN_HEADER,
  InProcessEventBus,
  internalTokenKey,
  serve,
  signInternalToken,
} from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { measure, measureOpenLoop, verify } from './measure.ts';

const seconds = Number(process.env.PROCUREMENT_BENCH_SECONDS ?? 10);
const variants = Number(process.env.PROCUREMENT_BENCH_VARIANTS ?? 5000);
const orders = Number(process.env.PROCUREMENT_BENCH_ORDERS ?? 2000);
const secret = 'procurement-bench-internal-secret-0123456789';
const root = new URL('../../../', import.meta.url);

const db = await createTestDatabase([
  { schema: 'inventory', directory: new URL('subgraphs/inventory/migrations/', root) },
  { schema: 'procurement', directory: new URL('subgraphs/procurement/migrations/', root) },
]);
const logger = createLogger('bench', 'warn');
const bus = new InProcessEventBus({ logger });
const common = { NODE_ENV: 'test', LOG_LEVEL: 'warn', INTERNAL_TOKEN_SECRET: secret, DATABASE_POOL_SIZE: '10' };
const inventoryModule = await import('@ucos/inventory/service');
const inventory = await inventoryModule.createService(
  { ...common, DATABASE_URL: db.serviceUrl('inventory') },
  { logger, bus },
);
await inventory.start();
const inventoryServer = await serve(inventory.yoga, { port: 0, host: '127.0.0.1' });
const procurementModule = await import('@ucos/procurement/service');
const procurement = await procurementModule.createService(
  { ...common, DATABASE_URL: db.serviceUrl('procurement'), INVENTORY_SUBGRAPH_URL: inventoryServer.url },
  { logger, bus },
);
await procurement.start();
const procurementServer = await serve(procurement.yoga, { port: 0, host: '127.0.0.1' });

const tenantId = randomUUID();
const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
const seedStarted = performance.now();
await admin.query(
  `insert into inventory.warehouses (tenant_id, id, code, name)
   select $1, gen_random_uuid(), 'WH' || n, 'Warehouse ' || n from generate_series(1, 3) n`,
  [tenantId],
);
await admin.query(
  `create temporary table bench_variants as select gen_random_uuid() as id, n from generate_series(1, $1::int) n`,
  [variants],
);
await admin.query(
  `insert into inventory.stock_levels (tenant_id, variant_id, warehouse_id, on_hand, reorder_point, reorder_quantity)
   select $1, v.id, w.id, (v.n % 7), 10, 24 from bench_variants v cross join inventory.warehouses w where w.tenant_id = $1`,
  [tenantId],
);
await admin.query(
  `insert into procurement.suppliers (tenant_id, id, code, name, currency, email)
   select $1, gen_random_uuid(), 'S' || n, 'Supplier ' || n, 'EUR', 's' || n || '@example.com' from generate_series(1, 3) n`,
  [tenantId],
);
await admin.query(
  `insert into procurement.supplier_items (tenant_id, supplier_id, variant_id, unit_cost, pack_size, minimum_order_quantity, preferred)
   select $1, s.id, v.id, 100 + v.n % 900, 6, 12, true
     from bench_variants v join (select id, row_number() over (order by code) - 1 as k from procurement.suppliers where tenant_id = $1) s
       on s.k = v.n % 3`,
  [tenantId],
);
await admin.query(
  `insert into procurement.purchase_orders (tenant_id, id, number, supplier_id, currency, base_currency, exchange_rate,
     status, subtotal_amount, total_amount, base_subtotal_amount, base_total_amount, created_at)
   select $1, gen_random_uuid(), 'PO-' || lpad(n::text, 6, '0'),
          (select id from procurement.suppliers where tenant_id = $1 order by code offset n % 3 limit 1),
          'EUR', 'EUR', 1, (array['DRAFT','SUBMITTED','APPROVED','SENT'])[1 + n % 4], 50000, 50000, 50000, 50000,
          now() - make_interval(secs => n)
     from generate_series(1, $2::int) n`,
  [tenantId, orders],
);
await admin.query(
  `insert into procurement.purchase_order_lines (tenant_id, purchase_order_id, position, variant_id, sku, description,
     warehouse_id, quantity, unit_cost)
   select o.tenant_id, o.id, p, v.id, 'SKU-' || v.n, 'Variant ' || v.n,
          (select id from inventory.warehouses where tenant_id = $1 limit 1), 10, 1000
     from procurement.purchase_orders o cross join generate_series(1, 5) p
     join bench_variants v on v.n = 1 + ((p * 97 + abs(hashtext(o.id::text))) % $2::int)
    where o.tenant_id = $1`,
  [tenantId, variants],
);
await admin.query('analyze');
await admin.end();
console.log(
  `seeded ${variants} variants × 3 warehouses, ${orders} orders in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
);

const token = await signInternalToken(
  internalTokenKey(secret),
  { kind: 'user', subject: randomUUID(), tenantId, roles: [], scopes: ['procurement:manage'], requestId: randomUUID() },
  3600,
);
const target = (query: string) => ({
  url: procurementServer.url,
  headers: { [INTERNAL_TOKEN_HEADER]: token },
  body: JSON.stringify({ query, variables: {} }),
});
const suggestions = target(
  `{ replenishmentSuggestions(first: 100) { totalCount edges { node { variantId warehouseId shortfall quantity
     supplier { code } unitCost { amount currency } amount { amount } } } } }`,
);
const list = target(
  `{ purchaseOrders(first: 50) { totalCount edges { node { id number status supplier { name } total { amount currency }
     lines { sku quantity } availableActions } } } }`,
);
await verify('replenishmentSuggestions', suggestions);
await verify('purchaseOrders', list);
await measure(suggestions, { connections: 2, durationSeconds: 2 });
const suggested = await measure(suggestions, { connections: 4, durationSeconds: seconds });
await measure(list, { connections: 2, durationSeconds: 2 });
const listed = await measureOpenLoop(list, 50, seconds);
console.table([
  { operation: 'replenishmentSuggestions (100 of 15,000 needs)', ...suggested, target: 'p99 < 300 ms' },
  { operation: 'purchaseOrders (50, open loop 50 req/s)', ...listed, target: 'p99 < 100 ms' },
]);

await procurementServer.close();
await inventoryServer.close();
await procurement.close();
await inventory.close();
await bus.close();
await db.drop();
