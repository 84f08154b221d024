import { existsSync, readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, prismaAdapter } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

const COMMITTED = new URL('../../../schema/notifications.graphql', import.meta.url);

describe('notifications contract', () => {
  it.skipIf(!existsSync(COMMITTED))('matches the committed SDL in schema/notifications.graphql', () => {
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'notifications', directory: MIGRATIONS }]);
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'notifications');
      expect(tables).toEqual(expect.arrayContaining(['template_overrides', 'notifications', 'order_contacts']));
      // every model reads every column it declares: a renamed or missing column fails here
      const counts = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("select set_config('app.tenant_id', $1, true)", crypto.randomUUID());
        return [
          (await tx.templateOverride.findMany()).length,
          (await tx.notification.findMany()).length,
          (await tx.orderContact.findMany()).length,
        ];
      });
      expect(counts).toEqual([0, 0, 0]);
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await db.drop();
    }
  });
});
