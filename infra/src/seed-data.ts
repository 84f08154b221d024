import pg from 'pg';
import { SUBGRAPHS } from './subgraphs.ts';

export interface SeedSize {
  products: number;
  variantsPerProduct: number;
  warehouses: number;
}

export const DEMO_SIZE: SeedSize = { products: 1000, variantsPerProduct: 5, warehouses: 3 };

type SeedFunction = (pool: pg.Pool, tenantId: string, size: SeedSize) => Promise<unknown>;

/**
 * Fills a tenant with the deterministic demo data of every domain that has a seed (each domain writes
 * only its own tables, as the application role inside the tenant's transaction). Domains agree on
 * ids through the kit's deterministicUuid, not by reading each other.
 */
export async function seedDomains(appUrl: string, tenantId: string, size: SeedSize): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: appUrl, max: 4 });
  const seeded: string[] = [];
  try {
    for (const entry of SUBGRAPHS) {
      if (!entry.seed) continue;
      const module = (await import(entry.seed.module)) as Record<string, SeedFunction>;
      const seed = module[entry.seed.export];
      if (!seed) throw new Error(`${entry.seed.module} has no export ${entry.seed.export}`);
      const started = performance.now();
      await seed(pool, tenantId, size);
      seeded.push(`${entry.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await pool.end();
  }
  return seeded;
}
