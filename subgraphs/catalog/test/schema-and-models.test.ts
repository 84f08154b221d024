import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, prismaAdapter, TenantDatabase } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('catalog contract', () => {
  it('matches the committed SDL in schema/catalog.graphql', () => {
    const committed = readFileSync(new URL('../../../schema/catalog.graphql', import.meta.url), 'utf8');
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(committed);
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'catalog', directory: MIGRATIONS }]);
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'catalog');
      expect(tables).toEqual(
        expect.arrayContaining([
          'categories',
          'products',
          'product_categories',
          'collections',
          'collection_products',
          'variants',
          'price_lists',
          'prices',
          'variant_availability',
          'customer_pricing_groups',
          'media',
        ]),
      );
      // Every model reads every column it declares: a renamed or missing column fails here.
      const asSomeTenant = new TenantDatabase(prisma, crypto.randomUUID());
      const counts = await asSomeTenant.run(async (tx) => [
        (await tx.category.findMany()).length,
        (await tx.product.findMany()).length,
        (await tx.productCategory.findMany()).length,
        (await tx.collection.findMany()).length,
        (await tx.collectionProduct.findMany()).length,
        (await tx.variant.findMany()).length,
        (await tx.priceList.findMany()).length,
        (await tx.price.findMany()).length,
        (await tx.variantAvailability.findMany()).length,
        (await tx.customerPricingGroup.findMany()).length,
        (await tx.media.findMany()).length,
      ]);
      expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    } finally {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await db.drop();
    }
  });
});
