// node infra/src/catalog-scale.ts — the catalog's search, facets and listing statements at bench scale,
// with their plans. Seeds (once) a catalog of SCALE_PRODUCTS products × 5 variants in its own database
// (SCALE_DATABASE, default ucos_scale_h6) on the server of DATABASE_URL (needs the admin: creates the
// database and runs the catalog's migrations as the owner; never touches service roles' passwords),
// then runs each statement as the catalog's service role under RLS, exactly as the stores send it:
// a median time over SCALE_RUNS runs and one EXPLAIN (ANALYZE, BUFFERS).
//   SCALE_PRODUCTS=100000  SCALE_RUNS=7  SCALE_PLANS=1 (print the plans)  SCALE_RESEED=1
import { deterministicUuid, migrate, serviceRole, UnitOfWork, withDatabase, withTenantClient } from '@ucos/kit';
import pg from 'pg';
import { resolvePrices } from '../../subgraphs/catalog/src/data/prices-store.ts';
import { listProducts } from '../../subgraphs/catalog/src/data/products-store.ts';
import { searchProducts } from '../../subgraphs/catalog/src/data/search-store.ts';
import { variantsOfProducts } from '../../subgraphs/catalog/src/data/variants-store.ts';
import type { CatalogDatabase } from '../../subgraphs/catalog/src/db.ts';
import { CATALOG_EVENTS } from '../../subgraphs/catalog/src/events/out/catalog-events.ts';
import { seedAvailability, seedCatalog, seedVariantId } from '../../subgraphs/catalog/src/seed.ts';
import { seededAvailability } from '../../subgraphs/inventory/src/seed.ts';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = process.env.SCALE_DATABASE ?? 'ucos_scale_h6';
const products = Number(process.env.SCALE_PRODUCTS ?? 100_000);
const runs = Number(process.env.SCALE_RUNS ?? 7);
const printPlans = process.env.SCALE_PLANS === '1';
const variantsPerProduct = 5;
const warehouses = 3;
const tenantId = deterministicUuid('scale-tenant', String(products));
const adminUrl = withDatabase(serverUrl, database);
const role = serviceRole('catalog');

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function prepare(): Promise<void> {
  const server = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await server.connect();
  try {
    const exists = await server.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount && process.env.SCALE_RESEED === '1') {
      await server.query(`drop database ${server.escapeIdentifier(database)} with (force)`);
    }
    if (!exists.rowCount || process.env.SCALE_RESEED === '1') {
      await server.query(`create database ${server.escapeIdentifier(database)} owner ucos_owner`);
    }
  } finally {
    await server.end();
  }
  const started = performance.now();
  const report = await migrate(adminUrl, [
    { schema: 'catalog', directory: new URL('../../subgraphs/catalog/migrations/', import.meta.url) },
  ]);
  console.log(`migrations: ${report[0]?.applied.length ?? 0} applied (${seconds(started)})`);
  if (report[0]?.applied.length) {
    // a migration that builds read models leaves new tables without statistics: plan as the bench would
    // after its seed's vacuum, not on the planner's guesses
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('vacuum (analyze)');
    await admin.end();
  }
}

/** The catalog service role's session, as the subgraph's pool opens it (RLS applies). */
const servicePool = () =>
  new pg.Pool({ connectionString: adminUrl, max: 2, options: `-c search_path=catalog,public -c role=${role}` });

async function seed(pool: pg.Pool): Promise<void> {
  const count = await withTenantClient(pool, tenantId, (sql) =>
    sql.query<{ n: number }>('select count(*)::int as n from products'),
  );
  if (count.rows[0]?.n === products) return;
  let started = performance.now();
  await seedCatalog(pool, tenantId, { products, variantsPerProduct });
  console.log(`seed catalog ${products}×${variantsPerProduct}: ${seconds(started)}`);
  started = performance.now();
  const totals: { variantId: string; available: number }[] = [];
  for (let p = 0; p < products; p++) {
    for (let v = 0; v < variantsPerProduct; v++) {
      totals.push({
        variantId: seedVariantId(tenantId, p, v),
        available: seededAvailability(tenantId, p, v, warehouses).available,
      });
    }
  }
  await seedAvailability(pool, tenantId, totals);
  console.log(`seed availability: ${seconds(started)}`);
  started = performance.now();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('vacuum (analyze)');
  await admin.end();
  console.log(`vacuum analyze: ${seconds(started)}`);
}

interface Captured {
  text: string;
  values: unknown[];
}

/** A CatalogDatabase that records every statement the stores send (besides running it). */
function recording(pool: pg.Pool, captured: Captured[]): CatalogDatabase {
  return new UnitOfWork(
    {
      schema: 'catalog',
      events: CATALOG_EVENTS,
      run: (tenant, work) =>
        withTenantClient(pool, tenant, (client) => {
          const query = client.query.bind(client);
          const spy = new Proxy(client, {
            get(target, property, receiver) {
              if (property !== 'query') return Reflect.get(target, property, receiver);
              return (text: string, values: unknown[] = []) => {
                captured.push({ text, values });
                return query(text, values);
              };
            },
          });
          return work(spy);
        }),
    },
    tenantId,
  );
}

async function explain(pool: pg.Pool, statements: Captured[]): Promise<string[]> {
  return withTenantClient(pool, tenantId, async (client) => {
    const plans: string[] = [];
    for (const statement of statements) {
      if (!/^\s*(--[^\n]*\n\s*)*(with|select)/i.test(statement.text) || /set_config/.test(statement.text)) {
        await client.query(statement.text, statement.values);
        continue;
      }
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off, summary on) ${statement.text}`,
        statement.values,
      );
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    return plans;
  });
}

const CASES: { name: string; work: (db: CatalogDatabase) => Promise<unknown> }[] = [
  {
    name: 'search "Alpine" with facets (bench: first 20, 1/8 of the catalog matches)',
    work: (db) =>
      searchProducts(db, {
        query: 'Alpine',
        filter: {},
        sort: 'RELEVANCE',
        page: { limit: 20, after: null },
        activeOnly: true,
        parts: new Set(['rows', 'total', 'categories']),
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'search "Alpine" with every facet',
    work: (db) =>
      searchProducts(db, {
        query: 'Alpine',
        filter: {},
        sort: 'RELEVANCE',
        page: { limit: 20, after: null },
        activeOnly: true,
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'search "Alpine Candle 0047" (one product)',
    work: (db) =>
      searchProducts(db, {
        query: 'Alpine Candle 0047',
        filter: {},
        sort: 'RELEVANCE',
        page: { limit: 20, after: null },
        activeOnly: true,
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'search "Alpnie" (a typo: the trigram fallback)',
    work: (db) =>
      searchProducts(db, {
        query: 'Alpnie',
        filter: {},
        sort: 'RELEVANCE',
        page: { limit: 20, after: null },
        activeOnly: true,
        parts: new Set(['rows', 'total', 'categories']),
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'browse one category (a quarter of the catalog): first 20 newest, totalCount, categories facet',
    work: (db) =>
      searchProducts(db, {
        query: null,
        filter: { categoryIds: [deterministicUuid('category', tenantId, 'Apparel')] },
        sort: 'NEWEST',
        page: { limit: 20, after: null },
        activeOnly: true,
        parts: new Set(['rows', 'total', 'categories']),
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'search "Alpine" in one category with every facet',
    work: (db) =>
      searchProducts(db, {
        query: 'Alpine',
        filter: { categoryIds: [deterministicUuid('category', tenantId, 'Apparel')] },
        sort: 'RELEVANCE',
        page: { limit: 20, after: null },
        activeOnly: true,
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'browse without query: first 20 newest, totalCount, categories facet',
    work: (db) =>
      searchProducts(db, {
        query: null,
        filter: {},
        sort: 'NEWEST',
        page: { limit: 20, after: null },
        activeOnly: true,
        parts: new Set(['rows', 'total', 'categories']),
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'browse without query, in stock, price sort EUR',
    work: (db) =>
      searchProducts(db, {
        query: null,
        filter: { currency: 'EUR', inStock: true },
        sort: 'PRICE_ASC',
        page: { limit: 20, after: null },
        activeOnly: true,
      } as Parameters<typeof searchProducts>[1]),
  },
  {
    name: 'listing: first 50 products newest + their variants + EUR prices',
    work: async (db) => {
      // the bench's listing does not select totalCount
      const page = await listProducts(db, { limit: 50, after: null } as never, {}, 'NEWEST', true, false);
      await db.run(async (sql) => {
        const variants = await variantsOfProducts(
          sql,
          page.rows.map((row) => row.id),
        );
        await resolvePrices(
          sql,
          variants.map((variant) => variant.id),
          { currency: 'EUR', quantity: 1, customerGroup: null },
        );
      });
    },
  },
  {
    name: 'listing total (totalCount selected): count of the ACTIVE products',
    work: (db) => listProducts(db, { limit: 50, after: null } as never, {}, 'NEWEST', true, true),
  },
];

await prepare();
const pool = servicePool();
try {
  await seed(pool);
  for (const testCase of CASES.filter((c) => c.name.includes(process.env.SCALE_ONLY ?? ''))) {
    const times: number[] = [];
    let captured: Captured[] = [];
    for (let run = 0; run < runs; run++) {
      captured = [];
      const started = performance.now();
      await testCase.work(recording(pool, captured));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const plans = await explain(pool, captured);
    const executions = plans.map((plan) => plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? '?');
    console.log(
      `\n## ${testCase.name}\nmedian ${median.toFixed(1)} ms (min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)}) over ${runs}; ` +
        `statements: ${plans.length}, execution ms: ${executions.join(', ')}`,
    );
    if (printPlans) for (const plan of plans) console.log(`\n${plan}`);
  }
} finally {
  await pool.end();
}
