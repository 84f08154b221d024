import { randomUUID } from 'node:crypto';
import { postEvents } from '@ucos/finance/seed';
import { createTestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { demoEvents, seedDemoLedger } from '../src/demo/finance.ts';

/** The demo quarter `npm start` posts: balanced, a real P&L, posted once however often it runs. */
describe('the demo ledger', () => {
  it('posts 90 days of balanced entries once, with revenue, cost, a closed month, a payment run and aged open items', async () => {
    const db = await createTestDatabase([
      { schema: 'finance', directory: new URL('../../subgraphs/finance/migrations/', import.meta.url) },
    ]);
    try {
      const tenantId = randomUUID();
      const pool = db.servicePool('finance');
      const now = new Date();
      const seeded = await seedDemoLedger(pool, tenantId, 90, now);
      expect(seeded.run).not.toBeNull();
      const totals = async () => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
          const { rows } = await client.query(
            `select count(distinct e.id)::int as entries, sum(l.debit)::float8 as debit, sum(l.credit)::float8 as credit,
                    sum(l.credit - l.debit) filter (where a.type = 'REVENUE')::float8 as revenue,
                    sum(l.debit - l.credit) filter (where a.code = '5100')::float8 as cogs,
                    (select count(*)::int from finance.fiscal_periods where status = 'closed') as closed,
                    (select count(*)::int from finance.payment_runs where status = 'posted') as runs,
                    (select count(*)::int from finance.bank_receipts) as receipts,
                    (select json_object_agg(kind, buckets) from (
                       select kind, array_agg(distinct case when late <= 0 then 'current' when late <= 30 then '1-30'
                         when late <= 60 then '31-60' when late <= 90 then '61-90' else '90+' end) as buckets
                         from (select kind, current_date - due_date as late from finance.open_items
                                where open_base_amount > 0) open group by kind) aged) as buckets
               from finance.journal_entries e join finance.journal_lines l on l.entry_id = e.id
               join finance.accounts a on a.id = l.account_id`,
          );
          await client.query('commit');
          return rows[0];
        } finally {
          client.release();
        }
      };
      const first = await totals();
      expect(first.entries).toBeGreaterThan(500);
      expect(first.debit).toBe(first.credit);
      expect(first.revenue).toBeGreaterThan(first.cogs);
      expect(first.cogs).toBeGreaterThan(0);
      expect(first.closed).toBe(1);
      // one posted payment run and one bank receipt; receivables and payables open across the aging buckets
      expect(first.runs).toBe(1);
      expect(first.receipts).toBe(1);
      expect(first.buckets.payable.sort()).toEqual(['1-30', '31-60', '61-90', '90+', 'current']);
      expect(first.buckets.receivable.sort()).toEqual(['1-30', '31-60', '61-90', '90+', 'current']);
      await seedDemoLedger(pool, tenantId, 90, now);
      expect(await totals()).toEqual(first);
    } finally {
      await db.drop();
    }
  }, 180_000);

  it('issues an invoice for every captured demo order and a credit note for every refunded return, once', async () => {
    const db = await createTestDatabase([
      { schema: 'finance', directory: new URL('../../subgraphs/finance/migrations/', import.meta.url) },
    ]);
    try {
      const tenantId = randomUUID();
      const pool = db.servicePool('finance');
      const events = demoEvents(tenantId, 90, new Date());
      await postEvents(pool, events);
      const documents = async () => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
          const { rows } = await client.query(
            `select kind, count(*)::int as count, min(sequence)::int as first, max(sequence)::int as last,
                    count(distinct year)::int as years, sum(total_amount)::float8 as total
               from finance.invoices group by kind order by kind`,
          );
          const outbox = await client.query(`select count(*)::int as count from finance.outbox`);
          await client.query('commit');
          return { rows, announced: outbox.rows[0].count };
        } finally {
          client.release();
        }
      };
      const captured = events.filter(
        (event) =>
          event.type === 'orders.order.payment_status_changed' &&
          (event.payload as { paymentStatus: string }).paymentStatus === 'captured',
      ).length;
      const refundedReturns = events.filter((event) => event.type === 'fulfillment.return.refunded').length;
      // a few orders are edited before their capture: each edit books its difference, and the invoice
      // the capture issues is the edited order's total
      const edits = events.filter((event) => event.type === 'orders.order.edited');
      expect(edits.length).toBeGreaterThan(0);
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const booked = await client.query(`select count(*)::int as count from finance.journal_entries
                                            where source_type = 'order.edited'`);
        expect(booked.rows[0].count).toBe(edits.length);
        const orderIds = edits.map((event) => (event.payload as { orderId: string }).orderId);
        const invoiced = await client.query<{ orderId: string; total: number }>(
          `select order_id::text as "orderId", total_amount::float8 as total from finance.invoices
            where kind = 'invoice' and order_id = any($1::uuid[])`,
          [orderIds],
        );
        expect(invoiced.rows.length).toBeGreaterThan(0);
        for (const row of invoiced.rows) {
          const edit = edits.find((event) => (event.payload as { orderId: string }).orderId === row.orderId);
          expect(edit).toBeDefined();
          expect(row.total).toBe((edit?.payload as { totalAmount: number } | undefined)?.totalAmount);
        }
        await client.query('commit');
      } finally {
        client.release();
      }
      const first = await documents();
      const [creditNotes, invoices] = first.rows;
      expect(invoices).toMatchObject({ kind: 'invoice', count: captured });
      expect(creditNotes).toMatchObject({ kind: 'credit_note', count: refundedReturns });
      // gapless within each year (the quarter may span a new year)
      if (invoices.years === 1) expect(invoices.last - invoices.first + 1).toBe(invoices.count);
      // a back-filled quarter mails nobody
      expect(first.announced).toBe(0);
      await postEvents(pool, events);
      expect(await documents()).toEqual(first);
    } finally {
      await db.drop();
    }
  }, 180_000);
});
