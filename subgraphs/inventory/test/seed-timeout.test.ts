import { withTenantClient } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import { expect, it } from 'vitest';
import { seedInventory } from '../src/seed.ts';
import { MIGRATIONS } from './harness.ts';

// The service roles' statement_timeout guards request paths; the bench's 100,000-product seed runs
// as the same role and writes 1.5 million stock levels in one statement, so the seed lifts it.
it('seeds in statements longer than the service role statement timeout', async () => {
  const db = await createTestDatabase([{ schema: 'inventory', directory: MIGRATIONS }], {
    statementTimeoutMs: 20,
  });
  try {
    const pool = db.servicePool('inventory');
    const tenant = crypto.randomUUID();
    await expect(withTenantClient(pool, tenant, (sql) => sql.query('select pg_sleep(0.1)'))).rejects.toThrow(
      /statement timeout/,
    );
    const seeded = await seedInventory(pool, tenant, { products: 5_000, variantsPerProduct: 2, warehouses: 3 });
    expect(seeded.levelsInserted).toBe(30_000);
  } finally {
    await db.drop();
  }
});
