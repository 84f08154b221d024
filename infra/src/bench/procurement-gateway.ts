// The purchase order list through the gateway against the same list asked of the procurement
// subgraph directly: the whole platform in this process (infra/test/whole-platform.ts: every
// subgraph, the real gateway on the committed supergraph), one signed-up tenant with
// PROCUREMENT_BENCH_ORDERS orders of 5 lines written as the owner, then each target open loop at
// PROCUREMENT_BENCH_RATE req/s, alternated twice. What the gateway hop costs, in latency and in CPU.
//   DATABASE_URL=postgres://… node infra/src/bench/procurement-gateway.ts
//   PROCUREMENT_BENCH_SECONDS=10 PROCUREMENT_BENCH_ORDERS=2000 PROCUREMENT_BENCH_RATE=50
import { randomUUID } from 'node:crypto';
import { decodeGlobalId, INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '@ucos/kit';
import pg from 'pg';
import { startWholePlatform } from '../../test/whole-platform.ts';
import { measureOpenLoop, type Target, verify } from './measure.ts';

const seconds = Number(process.env.PROCUREMENT_BENCH_SECONDS ?? 10);
const orders = Number(process.env.PROCUREMENT_BENCH_ORDERS ?? 2000);
const rate = Number(process.env.PROCUREMENT_BENCH_RATE ?? 50);

const platform = await startWholePlatform();
const { bearer, tenantId: tenantGlobalId } = await platform.tenant('procurement-bench');
const tenantId = (decodeGlobalId(tenantGlobalId) as { id: string }).id;
const admin = new pg.Pool({ connectionString: platform.db.adminUrl, max: 2 });
await admin.query(
  `insert into procurement.suppliers (tenant_id, id, code, name, currency, email)
   select $1, gen_random_uuid(), 'S' || n, 'Supplier ' || n, 'EUR', 's' || n || '@example.com' from generate_series(1, 3) n`,
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
   select o.tenant_id, o.id, p, gen_random_uuid(), 'SKU-' || p, 'Variant ' || p, gen_random_uuid(), 10, 1000
     from procurement.purchase_orders o cross join generate_series(1, 5) p where o.tenant_id = $1`,
  [tenantId],
);
await admin.query('analyze');
await admin.end();

// the same selection as infra/src/bench/procurement.ts
const body = JSON.stringify({
  query: `{ purchaseOrders(first: 50) { totalCount edges { node { id number status supplier { name } total { amount currency }
     lines { sku quantity } availableActions } } } }`,
  variables: {},
});
const token = await signInternalToken(
  internalTokenKey(platform.internalSecret),
  { kind: 'user', subject: randomUUID(), tenantId, roles: [], scopes: ['procurement:manage'], requestId: randomUUID() },
  3600,
);
const viaGateway: Target = {
  url: platform.gatewayUrl,
  headers: { accept: 'application/graphql-response+json', ...bearer },
  body,
};
const direct: Target = {
  url: platform.subgraphUrls.procurement as string,
  headers: { [INTERNAL_TOKEN_HEADER]: token },
  body,
};
await verify('purchaseOrders through the gateway', viaGateway);
await verify('purchaseOrders from the subgraph', direct);

const rows = [];
for (const round of [1, 2]) {
  for (const [name, target] of [
    ['subgraph directly', direct],
    ['through the gateway', viaGateway],
  ] as const) {
    await measureOpenLoop(target, rate, 2);
    const cpu = process.cpuUsage();
    const measured = await measureOpenLoop(target, rate, seconds);
    const used = process.cpuUsage(cpu);
    rows.push({
      operation: `purchaseOrders (50) ${name}, round ${round}`,
      ...measured,
      cpuMsPerRequest: Math.round(((used.user + used.system) / 1000 / measured.requests) * 10) / 10,
    });
  }
}
console.table(rows);
await platform.close();
