import { randomUUID } from 'node:crypto';
import { countStatements, encodeGlobalId } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { events, type FinanceHarness, financeSuite, staff } from './harness.ts';

let db: TestDatabase;
let finance: FinanceHarness;

financeSuite((suite) => {
  ({ db, finance } = suite);
});

const RUN_FIELDS = `id number status dueBy paymentDate lineCount supplierCount totalBaseAmount availableActions
  lines { supplierName amount baseAmount entryId item { id documentType documentNumber openAmount status } }`;

const CREATE = `mutation ($input: FinancePaymentRunCreateInput!) {
  financePaymentRunCreate(input: $input) { run { ${RUN_FIELDS} } errors { code field message } }
}`;
const POST = `mutation ($input: FinancePaymentRunPostInput!) {
  financePaymentRunPost(input: $input) { run { ${RUN_FIELDS} } errors { code field message } }
}`;
const UPDATE = `mutation ($input: FinancePaymentRunLineUpdateInput!) {
  financePaymentRunLineUpdate(input: $input) { run { ${RUN_FIELDS} } errors { code field message } }
}`;
const REMOVE = `mutation ($input: FinancePaymentRunLineRemoveInput!) {
  financePaymentRunLineRemove(input: $input) { run { ${RUN_FIELDS} } errors { code field message } }
}`;
const CANCEL = `mutation ($input: FinancePaymentRunCancelInput!) {
  financePaymentRunCancel(input: $input) { run { status availableActions } errors { code } }
}`;

interface RunLine {
  supplierName: string;
  amount: number;
  baseAmount: number;
  entryId: string | null;
  item: { id: string; documentType: string; documentNumber: string; openAmount: number; status: string };
}
interface Run {
  id: string;
  number: number;
  status: string;
  lineCount: number;
  supplierCount: number;
  totalBaseAmount: number;
  availableActions: string[];
  lines: RunLine[];
}

async function bill(
  tenant: string,
  supplier: { id: string; name: string },
  number: string,
  amount: number,
  dueDate: string,
  kind: 'bill' | 'credit_note' = 'bill',
) {
  await finance.deliver(
    events.bill(tenant, kind, {
      billId: randomUUID(),
      number,
      billDate: '2026-05-01',
      dueDate,
      supplierId: supplier.id,
      supplierName: supplier.name,
      lines: [{ amount, receivedBaseAmount: amount }],
      tax: 0,
      freight: 0,
    }),
  );
}

async function create(tenant: string, input: Record<string, unknown>) {
  const result = await finance.call(CREATE, { input }, staff(tenant));
  expect(result.errors).toBeUndefined();
  return result.data?.financePaymentRunCreate as { run: Run | null; errors: { code: string; message: string }[] };
}

async function post(tenant: string, runId: string) {
  const result = await finance.call(POST, { input: { runId, paymentDate: '2026-06-05' } }, staff(tenant));
  expect(result.errors).toBeUndefined();
  return result.data?.financePaymentRunPost as { run: Run | null; errors: { code: string; message: string }[] };
}

async function balanceOf(tenant: string, code: string) {
  const result = await finance.call(
    '{ financeTrialBalance(to: "2100-01-01") { rows { code closing } } }',
    {},
    staff(tenant),
  );
  return result.data?.financeTrialBalance.rows.find((row: { code: string }) => row.code === code)?.closing as number;
}

async function openPayables(tenant: string) {
  const result = await finance.call(
    '{ financeOpenItems(kind: PAYABLE, status: OPEN, first: 100) { edges { node { documentNumber openBaseAmount } } } }',
    {},
    staff(tenant),
  );
  return result.data?.financeOpenItems.edges.map(
    (edge: { node: { documentNumber: string; openBaseAmount: number } }) => edge.node,
  ) as { documentNumber: string; openBaseAmount: number }[];
}

async function paymentEntries(tenant: string) {
  const result = await finance.call(
    `{ financeJournalEntries(filter: { sourceType: "payment_run" }, first: 50) {
        edges { node { description lines { accountCode debit credit memo } } } } }`,
    {},
    staff(tenant),
  );
  return result.data?.financeJournalEntries.edges.map((edge: { node: unknown }) => edge.node) as {
    description: string;
    lines: { accountCode: string; debit: number; credit: number; memo: string }[];
  }[];
}

describe('supplier payment runs', () => {
  it('selects the bills due by a date with the credit notes against them, lets staff edit the draft, and pays each supplier once', async () => {
    const tenant = randomUUID();
    const wool = { id: randomUUID(), name: 'Nordic Wool' };
    const dye = { id: randomUUID(), name: 'Dye Works' };
    await bill(tenant, wool, 'W-1', 10_000, '2026-06-01');
    await bill(tenant, wool, 'W-2', 4_000, '2026-06-03');
    await bill(tenant, wool, 'W-3', 9_999, '2026-07-01'); // not yet due
    await bill(tenant, wool, 'W-CN', 1_000, '2026-05-01', 'credit_note');
    await bill(tenant, dye, 'D-1', 2_500, '2026-05-20');
    await bill(tenant, dye, 'D-2', 700, '2026-05-21');

    const nothing = await create(tenant, { dueBy: '2026-04-01' });
    expect(nothing.errors).toEqual([expect.objectContaining({ code: 'NOTHING_DUE' })]);

    const { run: draft, errors } = await create(tenant, { dueBy: '2026-06-04' });
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({ status: 'DRAFT', lineCount: 5, supplierCount: 2, totalBaseAmount: 16_200 });
    expect(draft?.availableActions).toEqual(['EDIT', 'POST', 'CANCEL']);
    const line = (number: string) => draft?.lines.find((l) => l.item.documentNumber === number) as RunLine;
    expect(line('W-CN').amount).toBe(-1_000);

    // staff pay 1,000 less of W-1, and leave D-2 for later
    const reduced = await finance.call(
      UPDATE,
      { input: { runId: draft?.id, itemId: line('W-1').item.id, amount: 9_000 } },
      staff(tenant),
    );
    expect(reduced.data?.financePaymentRunLineUpdate.errors).toEqual([]);
    const more = await finance.call(
      UPDATE,
      { input: { runId: draft?.id, itemId: line('W-1').item.id, amount: 10_001 } },
      staff(tenant),
    );
    expect(more.data?.financePaymentRunLineUpdate.errors[0].code).toBe('OVER_ALLOCATED');
    const removed = await finance.call(
      REMOVE,
      { input: { runId: draft?.id, itemId: line('D-2').item.id } },
      staff(tenant),
    );
    expect(removed.data?.financePaymentRunLineRemove.run.totalBaseAmount).toBe(14_500);

    const posted = await post(tenant, draft?.id as string);
    expect(posted.errors).toEqual([]);
    expect(posted.run).toMatchObject({ status: 'POSTED', totalBaseAmount: 14_500, availableActions: [] });
    expect(posted.run?.lines.every((l) => l.entryId)).toBe(true);

    const entries = await paymentEntries(tenant);
    expect(entries.map((entry) => entry.description).sort()).toEqual([
      `Payment run ${draft?.number}: Dye Works`,
      `Payment run ${draft?.number}: Nordic Wool`,
    ]);
    const woolEntry = entries.find((entry) => entry.description.endsWith('Nordic Wool'));
    expect(woolEntry?.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountCode: '2100', debit: 9_000, memo: 'Bill W-1' }),
        expect.objectContaining({ accountCode: '2100', credit: 1_000, memo: 'Credit note W-CN' }),
        expect.objectContaining({ accountCode: '1050', credit: 12_000 }),
      ]),
    );
    expect((await openPayables(tenant)).map((item) => [item.documentNumber, item.openBaseAmount]).sort()).toEqual([
      ['D-2', 700],
      ['W-1', 1_000],
      ['W-3', 9_999],
    ]);
    expect(await balanceOf(tenant, '2100')).toBe(-(1_000 + 700 + 9_999));
    expect(await balanceOf(tenant, '1050')).toBe(-14_500);

    // posting again answers the run unchanged and posts nothing
    const again = await post(tenant, draft?.id as string);
    expect(again.errors).toEqual([]);
    expect(again.run?.status).toBe('POSTED');
    expect(await paymentEntries(tenant)).toHaveLength(2);

    // the outbox holds one finance.payment_run.posted
    const client = await db.servicePool('finance').connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const { rows } = await client.query<{ payload: { totalBaseAmount: number; suppliers: unknown[] } }>(
        `select payload from finance.outbox where type = 'finance.payment_run.posted'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.payload).toMatchObject({ totalBaseAmount: 14_500 });
      expect(rows[0]?.payload.suppliers).toHaveLength(2);
      await client.query('commit');
    } finally {
      client.release();
    }

    const cancelPosted = await finance.call(CANCEL, { input: { runId: draft?.id } }, staff(tenant));
    expect(cancelPosted.data?.financePaymentRunCancel.errors[0].code).toBe('INVALID_TRANSITION');
  });

  it('posts once when two posts arrive at once', async () => {
    const tenant = randomUUID();
    const supplier = { id: randomUUID(), name: 'Acme' };
    await bill(tenant, supplier, 'A-1', 5_000, '2026-05-10');
    const { run } = await create(tenant, { dueBy: '2026-06-01' });
    const results = await Promise.all([post(tenant, run?.id as string), post(tenant, run?.id as string)]);
    for (const result of results) expect(result.run?.status).toBe('POSTED');
    expect(await paymentEntries(tenant)).toHaveLength(1);
    expect(await balanceOf(tenant, '2100')).toBe(0);
  });

  it('refuses to pay a bill twice: a second draft with it finds it no longer open, and posts nothing', async () => {
    const tenant = randomUUID();
    const supplier = { id: randomUUID(), name: 'Acme' };
    await bill(tenant, supplier, 'A-1', 5_000, '2026-05-10');
    await bill(tenant, { id: randomUUID(), name: 'Other' }, 'O-1', 300, '2026-05-10');
    const first = (
      await create(tenant, { dueBy: '2026-06-01', supplierIds: [encodeGlobalId('Supplier', supplier.id)] })
    ).run as Run;
    expect(first.lines.map((l) => l.item.documentNumber)).toEqual(['A-1']);
    const second = (await create(tenant, { dueBy: '2026-06-01' })).run as Run;
    expect(second.lineCount).toBe(2);
    expect((await post(tenant, first.id)).errors).toEqual([]);
    const refused = await post(tenant, second.id);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'NOT_OPEN' })]);
    expect(refused.errors[0]?.message).toContain('A-1');
    expect(await paymentEntries(tenant)).toHaveLength(1);
    expect((await openPayables(tenant)).map((item) => item.documentNumber)).toEqual(['O-1']);

    // the draft can drop the paid bill and then pay the rest
    const paid = second.lines.find((l) => l.item.documentNumber === 'A-1') as RunLine;
    await finance.call(REMOVE, { input: { runId: second.id, itemId: paid.item.id } }, staff(tenant));
    expect((await post(tenant, second.id)).run?.status).toBe('POSTED');
    expect(await openPayables(tenant)).toEqual([]);
  });

  it('keeps tenants apart, and a reader cannot pay', async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    await bill(tenantA, { id: randomUUID(), name: 'Acme' }, 'A-1', 5_000, '2026-05-10');
    const { run } = await create(tenantA, { dueBy: '2026-06-01' });
    const seen = await finance.call(
      'query ($id: ID!) { financePaymentRun(id: $id) { id } financePaymentRuns(first: 10) { totalCount } }',
      { id: run?.id },
      staff(tenantB),
    );
    expect(seen.data).toEqual({ financePaymentRun: null, financePaymentRuns: { totalCount: 0 } });
    expect((await post(tenantB, run?.id as string)).errors[0]?.code).toBe('NOT_FOUND');
    const cancel = await finance.call(CANCEL, { input: { runId: run?.id } }, staff(tenantB));
    expect(cancel.data?.financePaymentRunCancel.errors[0].code).toBe('NOT_FOUND');
    expect((await create(tenantB, { dueBy: '2026-06-01' })).errors[0]?.code).toBe('NOTHING_DUE');
    const reader = await finance.call(POST, { input: { runId: run?.id } }, staff(tenantA, ['finance:read']));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await finance.call(
      '{ financePaymentRuns(first: 10) { totalCount edges { node { status availableActions } } } }',
      {},
      staff(tenantA, ['finance:read']),
    );
    expect(list.data?.financePaymentRuns).toEqual({
      totalCount: 1,
      edges: [{ node: { status: 'DRAFT', availableActions: [] } }],
    });
    const cancelled = await finance.call(CANCEL, { input: { runId: run?.id } }, staff(tenantA));
    expect(cancelled.data?.financePaymentRunCancel.run.status).toBe('CANCELLED');
    expect((await post(tenantA, run?.id as string)).errors[0]?.code).toBe('INVALID_TRANSITION');
  });

  it('lists runs newest first for the same statements with a page of 2 as of 20', async () => {
    const tenant = randomUUID();
    await bill(tenant, { id: randomUUID(), name: 'Acme' }, 'A-1', 5_000, '2026-05-10');
    for (let n = 0; n < 22; n++) await create(tenant, { dueBy: '2026-06-01' });
    await finance.server.relay.stop();
    const statements = countStatements(finance.server.pool);
    const page = async (first: number) => {
      statements.reset();
      const result = await finance.call(
        'query ($first: Int) { financePaymentRuns(first: $first) { totalCount edges { node { number status totalBaseAmount supplierCount } } } }',
        { first },
        staff(tenant),
      );
      expect(result.data?.financePaymentRuns.edges).toHaveLength(first);
      expect(result.data?.financePaymentRuns.totalCount).toBe(22);
      return statements.count;
    };
    expect(await page(2)).toBe(await page(20));
    finance.server.relay.start();
  });
});
