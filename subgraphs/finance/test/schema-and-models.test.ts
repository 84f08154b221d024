import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { assertTenantTablesProtected, prismaAdapter, TenantDatabase } from '@ucos/kit';
import { createTestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('finance contract', () => {
  it('matches the committed SDL in schema/finance.graphql', () => {
    const committed = readFileSync(new URL('../../../schema/finance.graphql', import.meta.url), 'utf8');
    expect(`${printSubgraphSchema(schema).trim()}\n`).toBe(committed);
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    const db = await createTestDatabase([{ schema: 'finance', directory: MIGRATIONS }]);
    const pool = new pg.Pool({ connectionString: db.appUrl, max: 2 });
    const prisma = new PrismaClient({ adapter: prismaAdapter(pool) });
    try {
      const tables = await assertTenantTablesProtected(db.adminUrl, 'finance');
      expect(tables).toEqual(
        expect.arrayContaining([
          'settings',
          'accounts',
          'account_mappings',
          'fiscal_periods',
          'journal_entries',
          'journal_lines',
          'variant_costs',
          'variant_cost_history',
          'valued_movements',
          'parked_events',
          'exchange_rates',
          'open_items',
          'open_item_allocations',
          'bank_receipts',
          'payment_runs',
          'payment_run_lines',
          'invoice_settings',
          'invoice_sources',
          'invoice_counters',
          'invoices',
          'invoice_lines',
          'invoice_balances',
        ]),
      );
      // every model reads every column it declares: a renamed or missing column fails here
      const counts = await new TenantDatabase(prisma, crypto.randomUUID()).run(async (tx) => [
        (await tx.settings.findMany()).length,
        (await tx.account.findMany()).length,
        (await tx.accountMapping.findMany()).length,
        (await tx.fiscalPeriod.findMany()).length,
        (await tx.journalEntry.findMany()).length,
        (await tx.journalLine.findMany()).length,
        (await tx.variantCost.findMany()).length,
        (await tx.variantCostHistory.findMany()).length,
        (await tx.valuedMovement.findMany()).length,
        (await tx.parkedEvent.findMany()).length,
        (await tx.exchangeRate.findMany()).length,
        (await tx.openItem.findMany()).length,
        (await tx.openItemAllocation.findMany()).length,
        (await tx.bankReceipt.findMany()).length,
        (await tx.paymentRun.findMany()).length,
        (await tx.paymentRunLine.findMany()).length,
        (await tx.invoiceSettings.findMany()).length,
        (await tx.invoiceSource.findMany()).length,
        (await tx.invoiceCounter.findMany()).length,
        (await tx.invoice.findMany()).length,
        (await tx.invoiceLine.findMany()).length,
        (await tx.invoiceBalance.findMany()).length,
      ]);
      expect(counts).toEqual(Array.from({ length: 22 }, () => 0));
    } finally {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await db.drop();
    }
  });
});
