import { createPool } from '@ucos/kit';
import pg from 'pg';

export interface SeedSize {
  products: number;
  variantsPerProduct: number;
  warehouses: number;
  /** public retail lists in these currencies besides EUR (`@ucos/catalog/seed`) */
  retailCurrencies?: { currency: string; percent: number }[];
}

export const DEMO_SIZE: SeedSize = { products: 1000, variantsPerProduct: 5, warehouses: 3 };

const timed = async (label: string, work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return `${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`;
};

/**
 * Fills a tenant with the deterministic demo data: each domain's seed writes only its own tables, as
 * that domain's service role inside the tenant's transaction, and the domains agree on ids through the
 * kit's deterministicUuid. The stock inventory seeds is handed to catalog's in-stock read model here,
 * as the events would have done.
 */
export async function seedDomains(
  /** each domain's own role connection, by subgraph name */
  serviceUrls: Record<string, string>,
  tenantId: string,
  size: SeedSize,
  /** owner connection: refreshes the planner's statistics after the bulk load */
  adminUrl?: string,
): Promise<string[]> {
  const poolOf = (name: string) => {
    const url = serviceUrls[name];
    if (!url) throw new Error(`no database connection for ${name}`);
    return createPool({ url, max: 4 });
  };
  const inventoryPool = poolOf('inventory');
  const catalogPool = poolOf('catalog');
  try {
    const inventory = await import('@ucos/inventory/seed');
    const catalog = await import('@ucos/catalog/seed');
    let totals: { variantId: string; available: number }[] = [];
    return [
      await timed(`inventory ${size.warehouses} warehouses`, async () => {
        totals = (await inventory.seedInventory(inventoryPool, tenantId, size)).totals;
      }),
      await timed(`catalog ${size.products}×${size.variantsPerProduct}`, async () => {
        await catalog.seedCatalog(catalogPool, tenantId, size);
        await catalog.seedAvailability(catalogPool, tenantId, totals);
      }),
      // Without fresh statistics the planner takes the freshly filled tables for empty and scans
      // whole price lists per page (13 ms instead of 1.7 ms per price batch, measured). VACUUM also
      // sets the visibility map, so index-only scans (search facets, counts) skip the heap: a
      // category facet over 12,000 matches took 48 ms with a heap fetch per row, 36 without.
      ...(adminUrl ? [await timed('vacuum analyze', () => analyze(adminUrl))] : []),
    ];
  } finally {
    await Promise.all([inventoryPool.end(), catalogPool.end()]);
  }
}

async function analyze(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('vacuum (analyze)');
  } finally {
    await admin.end();
  }
}
