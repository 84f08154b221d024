import { assertTenantTablesProtected, prismaAdapter } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { MIGRATIONS } from './harness.ts';

const TABLES = [
  'order_views',
  'order_line_views',
  'order_hold_views',
  'shipments',
  'shipment_lines',
  'returns',
  'return_lines',
  'transitions',
];

describe('fulfillment contract', () => {
  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'fulfillment', directory: MIGRATIONS }]);
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'fulfillment');
      expect(tables).toEqual(expect.arrayContaining(TABLES));
      // every model reads every column it declares, as the service's role: a renamed or missing column fails here
      const counts = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("select set_config('app.tenant_id', $1, true)", crypto.randomUUID());
        return [
          (await tx.orderView.findMany()).length,
          (await tx.orderLineView.findMany()).length,
          (await tx.orderHoldView.findMany()).length,
          (await tx.shipment.findMany()).length,
          (await tx.shipmentLine.findMany()).length,
          (await tx.return.findMany()).length,
          (await tx.returnLine.findMany()).length,
          (await tx.transition.findMany()).length,
        ];
      });
      expect(counts).toEqual(TABLES.map(() => 0));
      // and every table the migrations create has its model (the kit's outbox, audit log and inbox aside)
      const migrated = await pool.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'fulfillment' and table_type = 'BASE TABLE'`,
      );
      const kit = ['outbox', 'audit_log', 'processed_messages'];
      expect(
        migrated.rows
          .map((row) => row.table_name)
          .filter((name) => !kit.includes(name))
          .sort(),
      ).toEqual([...TABLES].sort());
    } finally {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await db.drop();
    }
  });
});
