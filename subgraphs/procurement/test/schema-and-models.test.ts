import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('procurement contract', () => {
  it('matches the committed SDL in schema/procurement.graphql', () => {
    assertCommittedSdl(schema, 'procurement');
  });

  it('protects every tenant table with forced RLS, and every migrated table has a Prisma model that reads it', async () => {
    await assertModelsMatchMigrations({
      schema: 'procurement',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        settings: (tx) => tx.settings.findMany(),
        document_counters: (tx) => tx.documentCounter.findMany(),
        suppliers: (tx) => tx.supplier.findMany(),
        custom_field_definitions: (tx) => tx.customFieldDefinition.findMany(),
        supplier_contacts: (tx) => tx.supplierContact.findMany(),
        supplier_items: (tx) => tx.supplierItem.findMany(),
        purchase_orders: (tx) => tx.purchaseOrder.findMany(),
        purchase_order_lines: (tx) => tx.purchaseOrderLine.findMany(),
        purchase_order_history: (tx) => tx.purchaseOrderHistory.findMany(),
        receipts: (tx) => tx.receipt.findMany(),
        receipt_lines: (tx) => tx.receiptLine.findMany(),
        bills: (tx) => tx.bill.findMany(),
        bill_lines: (tx) => tx.billLine.findMany(),
      },
    });
  });
});
