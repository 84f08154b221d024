import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, prismaAdapter, TenantDatabase } from '@ucos/kit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { testDatabase } from './harness.ts';

/** table → how its model reads every row; a table the migrations add needs its model here */
const MODELS: Record<string, (tx: PrismaClient) => Promise<unknown[]>> = {
  settings: (tx) => tx.settings.findMany(),
  document_counters: (tx) => tx.documentCounter.findMany(),
  suppliers: (tx) => tx.supplier.findMany(),
  supplier_contacts: (tx) => tx.supplierContact.findMany(),
  supplier_items: (tx) => tx.supplierItem.findMany(),
  purchase_orders: (tx) => tx.purchaseOrder.findMany(),
  purchase_order_lines: (tx) => tx.purchaseOrderLine.findMany(),
  purchase_order_history: (tx) => tx.purchaseOrderHistory.findMany(),
  receipts: (tx) => tx.receipt.findMany(),
  receipt_lines: (tx) => tx.receiptLine.findMany(),
  bills: (tx) => tx.bill.findMany(),
  bill_lines: (tx) => tx.billLine.findMany(),
};

describe('procurement contract', () => {
  it('matches the committed SDL in schema/procurement.graphql', () => {
    const committed = readFileSync(new URL('../../../schema/procurement.graphql', import.meta.url), 'utf8');
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(committed);
  });

  it('protects every tenant table with forced RLS, and every migrated table has a Prisma model that reads it', async () => {
    const db = await testDatabase();
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'procurement');
      expect(tables).toEqual(expect.arrayContaining(Object.keys(MODELS)));
      // every model reads every column it declares, as the service's role: a renamed or missing column fails here
      const counts = await new TenantDatabase(prisma, crypto.randomUUID()).run(async (tx) => {
        const read: number[] = [];
        for (const model of Object.values(MODELS)) read.push((await model(tx as unknown as PrismaClient)).length);
        return read;
      });
      expect(counts).toEqual(Object.keys(MODELS).map(() => 0));
      const migrated = await pool.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'procurement' and table_type = 'BASE TABLE'`,
      );
      const kit = ['outbox', 'audit_log', 'processed_messages', 'idempotency_records'];
      expect(
        migrated.rows
          .map((row) => row.table_name)
          .filter((name) => !kit.includes(name))
          .sort(),
      ).toEqual(Object.keys(MODELS).sort());
    } finally {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await db.drop();
    }
  });
});
