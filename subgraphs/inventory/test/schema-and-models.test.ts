import { existsSync, readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, prismaAdapter, withTenantClient } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

const COMMITTED = new URL('../../../schema/inventory.graphql', import.meta.url);

describe('inventory contract', () => {
  it.skipIf(!existsSync(COMMITTED))('matches the committed SDL in schema/inventory.graphql', () => {
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'inventory', directory: MIGRATIONS }]);
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'inventory');
      expect(tables).toEqual(
        expect.arrayContaining([
          'warehouses',
          'stock_levels',
          'stock_movements',
          'reservations',
          'reservation_lines',
          'idempotency_records',
          'incoming_lines',
          'incoming_orders',
          'applied_receipts',
          'variant_costs',
        ]),
      );
      // every model reads every column it declares: a renamed or missing column fails here
      const counts = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("select set_config('app.tenant_id', $1, true)", crypto.randomUUID());
        return [
          (await tx.warehouse.findMany()).length,
          (await tx.stockLevel.findMany()).length,
          (await tx.stockMovement.findMany()).length,
          (await tx.reservation.findMany()).length,
          (await tx.reservationLine.findMany()).length,
          (await tx.incomingLine.findMany()).length,
          (await tx.incomingOrder.findMany()).length,
          (await tx.appliedReceipt.findMany()).length,
          (await tx.variantCost.findMany()).length,
        ];
      });
      expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      // the invariant is the database's: no statement can oversell, whatever the code does
      const tenantId = crypto.randomUUID();
      await expect(
        withTenantClient(pool, tenantId, async (sql) => {
          await sql.query("insert into inventory.warehouses (tenant_id, id, code, name) values ($1, $1, 'W', 'W')", [
            tenantId,
          ]);
          await sql.query(
            'insert into inventory.stock_levels (tenant_id, variant_id, warehouse_id, on_hand, reserved) values ($1, $1, $1, 1, 2)',
            [tenantId],
          );
        }),
      ).rejects.toThrow(/stock_levels_invariant/);
    } finally {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await db.drop();
    }
  });
});
