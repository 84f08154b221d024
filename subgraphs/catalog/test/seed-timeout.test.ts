import { withTenantClient } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import { expect, it } from 'vitest';
import { seedAvailability, seedCatalog, seedVariantId } from '../src/seed.ts';
import { MIGRATIONS } from './harness.ts';

// The service roles' statement_timeout guards request paths; the bench's 100,000-product seed runs
// as the same role and writes 1.5 million prices in one statement, so the seed lifts it for itself.
it('seeds in statements longer than the service role statement timeout', async () => {
  const db = await createTestDatabase([{ schema: 'catalog', directory: MIGRATIONS }], { statementTimeoutMs: 20 });
  try {
    const pool = db.servicePool('catalog');
    const tenant = crypto.randomUUID();
    // the bound holds for everything else the role runs
    await expect(withTenantClient(pool, tenant, (sql) => sql.query('select pg_sleep(0.1)'))).rejects.toThrow(
      /statement timeout/,
    );
    await seedCatalog(pool, tenant, { products: 5_000, variantsPerProduct: 2 });
    await seedAvailability(
      pool,
      tenant,
      Array.from({ length: 5_000 }, (_, p) => ({ variantId: seedVariantId(tenant, p, 0), available: 1 })),
    );
    const counted = await withTenantClient(pool, tenant, (sql) =>
      sql.query<{ prices: number; available: number }>(
        `select (select count(*)::int from catalog.prices) as prices,
                (select count(*)::int from catalog.variant_availability) as available`,
      ),
    );
    expect(counted.rows[0]).toEqual({ prices: 30_000, available: 5_000 });
  } finally {
    await db.drop();
  }
});
