import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('finance contract', () => {
  it('matches the committed SDL in schema/finance.graphql', () => {
    assertCommittedSdl(schema, 'finance');
  });

  it('protects every tenant table with forced RLS, and every migrated table has a Prisma model that reads it', async () => {
    await assertModelsMatchMigrations({
      schema: 'finance',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        settings: (tx) => tx.settings.findMany(),
        accounts: (tx) => tx.account.findMany(),
        account_mappings: (tx) => tx.accountMapping.findMany(),
        fiscal_periods: (tx) => tx.fiscalPeriod.findMany(),
        journal_entries: (tx) => tx.journalEntry.findMany(),
        journal_lines: (tx) => tx.journalLine.findMany(),
        variant_costs: (tx) => tx.variantCost.findMany(),
        variant_cost_history: (tx) => tx.variantCostHistory.findMany(),
        valued_movements: (tx) => tx.valuedMovement.findMany(),
        document_orders: (tx) => tx.documentOrder.findMany(),
        parked_events: (tx) => tx.parkedEvent.findMany(),
        exchange_rates: (tx) => tx.exchangeRate.findMany(),
        open_items: (tx) => tx.openItem.findMany(),
        open_item_allocations: (tx) => tx.openItemAllocation.findMany(),
        bank_receipts: (tx) => tx.bankReceipt.findMany(),
        payment_runs: (tx) => tx.paymentRun.findMany(),
        payment_run_lines: (tx) => tx.paymentRunLine.findMany(),
        invoice_settings: (tx) => tx.invoiceSettings.findMany(),
        invoice_sources: (tx) => tx.invoiceSource.findMany(),
        invoice_counters: (tx) => tx.invoiceCounter.findMany(),
        invoices: (tx) => tx.invoice.findMany(),
        invoice_lines: (tx) => tx.invoiceLine.findMany(),
        invoice_balances: (tx) => tx.invoiceBalance.findMany(),
      },
    });
  });
});
