// node infra/src/bench/prisma-vs-sql.ts — the statements catalog and inventory moved from hand SQL to
// Prisma (issue 10, data access), each against the SQL it replaced, and one hot read that stayed SQL
// against its Prisma equivalent: statements per call and in-process time per call, N sequential
// calls each (N = CALLS, default 500) on the same database, each call one read of the unit of work
// (`db.run`: begin and tenant, the statement, commit) as a DataLoader batch runs it, the two sides
// interleaved call by call so that load from other processes falls on both alike.
// Needs DATABASE_URL (a server where it may create and drop a scratch database).

import { loadavg } from 'node:os';
import { countStatements, type Sql } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import type pg from 'pg';
import { categoriesByIds, childrenOf } from '../../../subgraphs/catalog/src/data/categories-store.ts';
import { collectionsByIds, createCollection } from '../../../subgraphs/catalog/src/data/collections-store.ts';
import { priceListsByIds } from '../../../subgraphs/catalog/src/data/prices-store.ts';
import { productsByIds } from '../../../subgraphs/catalog/src/data/products-store.ts';
import { pricingGroupsOf, recordPricingGroup } from '../../../subgraphs/catalog/src/data/read-models-store.ts';
import { orm as catalogOrm, connectCatalogPool, tenantDatabase } from '../../../subgraphs/catalog/src/db.ts';
import { seedCatalog, seedProductId } from '../../../subgraphs/catalog/src/seed.ts';
import {
  linesOfReservations,
  reservationsByIds,
} from '../../../subgraphs/inventory/src/data/reservation-read-store.ts';
import { createReservation } from '../../../subgraphs/inventory/src/data/reservation-store.ts';
import { findWarehouses } from '../../../subgraphs/inventory/src/data/warehouse-store.ts';
import { connectInventoryDatabase, tenantDb } from '../../../subgraphs/inventory/src/db.ts';
import { seededVariantId, seededWarehouseId, seedInventory } from '../../../subgraphs/inventory/src/seed.ts';

const CALLS = Number(process.env.CALLS ?? 500);
const WARM_UP = 50;

interface Case {
  name: string;
  /** hand SQL: what the store ran before, or what it still runs */
  sql: () => Promise<unknown>;
  /** through Prisma: what the store runs now, or what it would run */
  prisma: () => Promise<unknown>;
  /** true: the store kept the SQL (the Prisma side is the alternative measured) */
  kept?: boolean;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function measureCase(pool: pg.Pool, which: Case) {
  const counter = countStatements(pool);
  const statementsOf = async (work: () => Promise<unknown>) => {
    counter.reset();
    await work();
    return counter.count;
  };
  for (let i = 0; i < WARM_UP; i++) {
    await which.sql();
    await which.prisma();
  }
  const statements = { sql: await statementsOf(which.sql), prisma: await statementsOf(which.prisma) };
  const times = { sql: [] as number[], prisma: [] as number[] };
  // this process's CPU per call (µs): what the code costs, which other processes' load changes little
  const cpu = { sql: 0, prisma: 0 };
  for (let i = 0; i < CALLS; i++) {
    for (const side of i % 2 ? (['prisma', 'sql'] as const) : (['sql', 'prisma'] as const)) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await which[side]();
      times[side].push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu[side] += used.user + used.system;
    }
  }
  const summary = (side: 'sql' | 'prisma') => {
    const sorted = times[side].sort((a, b) => a - b);
    return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), cpuMicros: cpu[side] / CALLS };
  };
  return { statements, sql: summary('sql'), prisma: summary('prisma') };
}

const CATALOG_MIGRATIONS = new URL('../../../subgraphs/catalog/migrations/', import.meta.url);
const INVENTORY_MIGRATIONS = new URL('../../../subgraphs/inventory/migrations/', import.meta.url);

const db = await createTestDatabase([
  { schema: 'catalog', directory: CATALOG_MIGRATIONS },
  { schema: 'inventory', directory: INVENTORY_MIGRATIONS },
]);
const catalogPool = connectCatalogPool(db.serviceUrl('catalog'), 4);
const inventory = connectInventoryDatabase(db.serviceUrl('inventory'), 4);
const tenant = crypto.randomUUID();
try {
  await seedCatalog(catalogPool, tenant, { products: 200, variantsPerProduct: 5 });
  const catalogDb = tenantDatabase(catalogPool, tenant, null);
  const collectionIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const made = await createCollection(catalogDb, { handle: `bench-${i}`, title: `Bench ${i}` });
    if (made.ok) collectionIds.push(made.value.id);
  }
  const customers = Array.from({ length: 20 }, () => crypto.randomUUID());
  await catalogDb.run(async (sql) => {
    for (const customerId of customers) {
      await recordPricingGroup(sql, tenant, { key: customerId, value: 'wholesale', at: new Date().toISOString() });
    }
  });
  const categories = await catalogDb.run(
    async (sql) =>
      (await sql.query<{ id: string; parentId: string | null }>('select id, parent_id as "parentId" from categories'))
        .rows,
  );
  const categoryIds = categories.map((category) => category.id);
  const rootIds = categories.filter((category) => category.parentId === null).map((category) => category.id);
  const priceListIds = await catalogDb.run(async (sql) =>
    (await sql.query<{ id: string }>('select id from price_lists')).rows.map((row) => row.id),
  );
  const productIds = Array.from({ length: 50 }, (_, p) => seedProductId(tenant, p));

  await seedInventory(inventory.pool, tenant, { products: 20, variantsPerProduct: 5, warehouses: 3 });
  const inventoryDb = tenantDb(inventory.pool, tenant, null);
  const caller = { tenantId: tenant, actorKind: 'service' as const, actorId: 'bench' };
  const reservationIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const made = await createReservation(inventoryDb, caller, {
      lines: [{ variantId: seededVariantId(tenant, i, 0), warehouseId: null, quantity: 1 }],
      reference: `bench-${i}`,
      ttlSeconds: 600,
      idempotencyKey: crypto.randomUUID(),
    });
    if (made.ok) reservationIds.push(made.value.id);
  }
  const warehouseIds = [0, 1, 2].map((index) => seededWarehouseId(tenant, index));

  const CATEGORY = `c.id, c.parent_id as "parentId", c.name, c.slug, c.path, c.position, c.version`;
  const LIST = `l.id, l.name, l.currency, l.customer_group as "customerGroup", l.valid_from as "validFrom",
    l.valid_to as "validTo", l.priority, l.active, l.version, l.created_at as "createdAt"`;
  const read = (work: (sql: Sql) => Promise<unknown>) => () => catalogDb.run(work);
  const catalogCases: Case[] = [
    {
      name: "catalog `pricingGroupsOf` (a signed-in shopper's prices, kept SQL), 20 buyers",
      kept: true,
      sql: read((sql) => pricingGroupsOf(sql, customers)),
      prisma: read((sql) =>
        catalogOrm(sql, (catalog) =>
          catalog.customerPricingGroup.findMany({
            where: { customerId: { in: customers } },
            select: { customerId: true, customerGroup: true },
          }),
        ),
      ),
    },
    {
      name: 'catalog `categoriesByIds` (`Category.parent`, `Product.categories` ids), 20 ids',
      sql: read((sql) => sql.query(`select ${CATEGORY} from categories c where c.id = any($1::uuid[])`, [categoryIds])),
      prisma: read((sql) => categoriesByIds(sql, categoryIds)),
    },
    {
      name: 'catalog `childrenOf` (`Category.children`), 4 roots',
      sql: read((sql) =>
        sql.query(
          `select ${CATEGORY} from categories c where c.parent_id = any($1::uuid[]) order by c.position, c.name`,
          [rootIds],
        ),
      ),
      prisma: read((sql) => childrenOf(sql, rootIds)),
    },
    {
      name: 'catalog `collectionsByIds` (`collection(id)`), 10 ids',
      sql: read((sql) =>
        sql.query(
          'select c.id, c.handle, c.title, c.description, c.version from collections c where c.id = any($1::uuid[])',
          [collectionIds],
        ),
      ),
      prisma: read((sql) => collectionsByIds(sql, collectionIds)),
    },
    {
      name: 'catalog `priceListsByIds` (`Price.priceList`), 2 ids',
      sql: read((sql) =>
        sql.query(`select ${LIST} from price_lists l where l.id = any($1::uuid[]) and true`, [priceListIds]),
      ),
      prisma: read((sql) => priceListsByIds(sql, priceListIds, false)),
    },
    {
      name: 'catalog `productsByIds` (product detail, kept SQL), 50 ids',
      kept: true,
      sql: read((sql) => productsByIds(sql, productIds, true)),
      prisma: read((sql) =>
        catalogOrm(sql, (catalog) =>
          catalog.product.findMany({
            where: { id: { in: productIds }, status: 'ACTIVE' },
            omit: { tenantId: true, searchText: true },
          }),
        ),
      ),
    },
  ];
  const inventoryCases: Case[] = [
    {
      name: 'inventory `findWarehouses` (stock changes, named-warehouse reservations), 3 ids',
      sql: () =>
        inventoryDb.run((sql) =>
          sql.query(
            'select id, code, name, active, version, created_at as "createdAt" from warehouses where id = any($1::uuid[])',
            [warehouseIds],
          ),
        ),
      prisma: () => inventoryDb.run((sql) => findWarehouses(sql, warehouseIds)),
    },
    {
      name: 'inventory `reservationsByIds` (`Reservation` references), 20 ids',
      sql: () =>
        inventoryDb.run((sql) =>
          sql.query(
            `select id, reference, status, expires_at as "expiresAt", actor_kind as "actorKind", actor_id as "actorId",
               created_at as "createdAt", updated_at as "updatedAt" from reservations where id = any($1::uuid[])`,
            [reservationIds],
          ),
        ),
      prisma: () => reservationsByIds(inventoryDb, reservationIds),
    },
    {
      name: 'inventory `linesOfReservations` (`Reservation.lines`), 20 reservations',
      sql: () =>
        inventoryDb.run((sql) =>
          sql.query(
            `select reservation_id as "reservationId", variant_id as "variantId", warehouse_id as "warehouseId",
               quantity, committed, released from reservation_lines where reservation_id = any($1::uuid[])
              order by reservation_id, variant_id, warehouse_id`,
            [reservationIds],
          ),
        ),
      prisma: () => linesOfReservations(inventoryDb, reservationIds),
    },
  ];

  const rows: string[] = [];
  for (const [pool, cases] of [
    [catalogPool, catalogCases],
    [inventory.pool, inventoryCases],
  ] as const) {
    for (const which of cases) {
      const result = await measureCase(pool, which);
      const ms = (value: number) => value.toFixed(3);
      rows.push(
        `| ${which.name} | ${which.kept ? 'SQL (kept)' : 'Prisma (moved)'} | ${result.statements.sql} → ${result.statements.prisma} | ${ms(result.sql.median)} / ${ms(result.sql.p99)} | ${ms(result.prisma.median)} / ${ms(result.prisma.p99)} | ${result.sql.cpuMicros.toFixed(0)} → ${result.prisma.cpuMicros.toFixed(0)} |`,
      );
    }
  }
  console.log(`${CALLS} sequential calls each, interleaved; load average ${loadavg()[0]!.toFixed(1)} at the end\n`);
  console.log(
    '| statement | the store runs | statements per call (SQL → Prisma) | SQL median / p99 ms | Prisma median / p99 ms | CPU µs per call (SQL → Prisma) |',
  );
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  await catalogPool.end();
  await inventory.close();
  await db.drop();
}
