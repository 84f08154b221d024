import { type Connection, type CURSOR_KEYS, type Keyed, keysetPage, ok, type Page } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import { type DraftLine, dayIn, loadLedger, postEntry } from './ledger.ts';
import {
  allocateToItem,
  attachAllocations,
  ensureRole,
  OPEN_ITEM_COLUMNS,
  type OpenItemRow,
  rateOf,
} from './open-items.ts';
import { type PaymentRunLineRow, type PaymentRunRow, type PaymentRunStatus, paymentRunLineRow } from './rows.ts';

export type { PaymentRunLineRow, PaymentRunRow, PaymentRunStatus };

/**
 * Supplier payment runs: a draft selects the open bills due by a date (with the supplier's open
 * credit notes set against them), staff remove bills or pay less, and posting pays each supplier
 * with one entry (Dr payables per bill, Cr bank) and allocates to the bills. Early-payment
 * discounts are not taken: `procurement.bill.posted` does not carry the supplier's discount terms.
 */

const RUN_COLUMNS = `r.id, r.number::float8 as number, r.status, r.due_by::text as "dueBy", r.payment_date::text as "paymentDate",
  r.created_by as "createdBy", r.posted_by as "postedBy", r.created_at as "createdAt", r.posted_at as "postedAt",
  r.cancelled_at as "cancelledAt",
  (select count(*)::int from finance.payment_run_lines l where l.tenant_id = r.tenant_id and l.run_id = r.id) as "lineCount",
  (select count(distinct i.party_id)::int from finance.payment_run_lines l
     join finance.open_items i on i.tenant_id = l.tenant_id and i.id = l.item_id
    where l.tenant_id = r.tenant_id and l.run_id = r.id) as "supplierCount",
  (select coalesce(sum(l.base_amount), 0)::float8 from finance.payment_run_lines l
    where l.tenant_id = r.tenant_id and l.run_id = r.id) as "totalBaseAmount"`;

// with its counts and total (aggregates), and with a row lock when asked: hand SQL
const runById = (sql: Sql, tenantId: string, id: string, lock = false) =>
  one<PaymentRunRow>(
    sql,
    `select ${RUN_COLUMNS} from finance.payment_runs r where r.tenant_id = $1 and r.id = $2 ${lock ? 'for update of r' : ''}`,
    [tenantId, id],
  );

/** A run's lines with the bills they pay and their allocations: three statements. */
async function linesOf(sql: Sql, tenantId: string, runId: string): Promise<PaymentRunLineRow[]> {
  const rows = (await orm(sql, (db) => db.paymentRunLine.findMany({ where: { tenantId, runId } }))).map(
    paymentRunLineRow,
  );
  const { rows: items } = await sql.query<OpenItemRow>(
    `select ${OPEN_ITEM_COLUMNS} from finance.open_items where tenant_id = $1 and id = any($2::uuid[])
      order by party_name, party_id, due_date, document_number`,
    [tenantId, rows.map((row) => row.itemId)],
  );
  const lineOf = new Map(rows.map((row) => [row.itemId, row]));
  return (await attachAllocations(sql, tenantId, items)).map((item) => ({
    ...(lineOf.get(item.id) as Omit<PaymentRunLineRow, 'item'>),
    item,
  }));
}

export interface PaymentRunWithLines extends PaymentRunRow {
  lines: PaymentRunLineRow[];
}

async function withLines(sql: Sql, tenantId: string, runId: string): Promise<PaymentRunWithLines | null> {
  const run = await runById(sql, tenantId, runId);
  return run ? { ...run, lines: await linesOf(sql, tenantId, runId) } : null;
}

export function paymentRunById(db: TenantDb, id: string): Promise<PaymentRunWithLines | null> {
  return db.run((sql) => withLines(sql, db.tenantId, id));
}

/** Runs, newest first; two statements a page. */
export function listPaymentRuns(
  db: TenantDb,
  status: PaymentRunStatus | null,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<PaymentRunRow>>> {
  return db.run((sql) =>
    keysetPage<PaymentRunRow>(sql, {
      table: 'finance.payment_runs r',
      columns: RUN_COLUMNS,
      conditions: [['r.tenant_id = ?::uuid', db.tenantId], status ? ['r.status = ?', status] : null],
      page,
      instant: 'r.created_at',
    }),
  );
}

/**
 * A draft run of the open bills due by `dueBy` (of these suppliers, when named), each at its open
 * amount, with each supplier's open credit notes set against them; a supplier whose credit notes
 * cover their bills is left out. A bill may sit in two drafts: the second to post finds it paid.
 */
export function createPaymentRun(
  db: TenantDb,
  input: { dueBy: string; supplierIds: string[] | null; actor: string | null },
): Promise<FinanceResult<PaymentRunWithLines>> {
  return db.tx(async (sql) => {
    const tenantId = db.tenantId;
    const items = await orm(sql, (db) =>
      db.openItem.findMany({
        where: {
          tenantId,
          kind: 'payable',
          posted: true,
          partyId: input.supplierIds ? { in: input.supplierIds } : { not: null },
          OR: [
            { documentType: 'bill', openBaseAmount: { gt: 0 }, dueDate: { lte: new Date(`${input.dueBy}T00:00:00Z`) } },
            { documentType: 'credit_note', openBaseAmount: { lt: 0 } },
          ],
        },
        select: { id: true, partyId: true, openAmount: true, openBaseAmount: true },
      }),
    );
    const due = items.map((item) => ({
      id: item.id,
      partyId: item.partyId as string,
      openAmount: Number(item.openAmount),
      openBaseAmount: Number(item.openBaseAmount),
    }));
    const net = new Map<string, number>();
    for (const item of due) net.set(item.partyId, (net.get(item.partyId) ?? 0) + item.openBaseAmount);
    const paid = due.filter((item) => (net.get(item.partyId) ?? 0) > 0);
    if (paid.length === 0) {
      return financeFail('NOTHING_DUE', `No open bills are due by ${input.dueBy}`, ['input', 'dueBy']);
    }
    const runId = await orm(sql, async (db) => {
      const run = await db.paymentRun.create({
        data: { tenantId, dueBy: new Date(`${input.dueBy}T00:00:00Z`), createdBy: input.actor },
        select: { id: true },
      });
      await db.paymentRunLine.createMany({
        data: paid.map((item) => ({
          tenantId,
          runId: run.id,
          itemId: item.id,
          amount: item.openAmount,
          baseAmount: item.openBaseAmount,
        })),
      });
      return run.id;
    });
    return ok((await withLines(sql, tenantId, runId)) as PaymentRunWithLines);
  });
}

async function draftRun(sql: Sql, tenantId: string, runId: string): Promise<FinanceResult<PaymentRunRow>> {
  const run = await runById(sql, tenantId, runId, true);
  if (!run) return financeFail('NOT_FOUND', 'No such payment run', ['input', 'runId']);
  if (run.status !== 'draft') {
    return financeFail('INVALID_TRANSITION', `Payment run ${run.number} is ${run.status}: only a draft changes`, [
      'input',
      'runId',
    ]);
  }
  return ok(run);
}

/** Pays less of a bill in a draft run (never more than the run selected), or removes it (`amount` null). */
export function updatePaymentRunLine(
  db: TenantDb,
  input: { runId: string; itemId: string; amount: number | null },
): Promise<FinanceResult<PaymentRunWithLines>> {
  return db.tx(async (sql) => {
    const tenantId = db.tenantId;
    const draft = await draftRun(sql, tenantId, input.runId);
    if (!draft.ok) return draft;
    const key = { tenantId_runId_itemId: { tenantId, runId: input.runId, itemId: input.itemId } };
    const found = await orm(sql, (db) => db.paymentRunLine.findUnique({ where: key }));
    if (!found) return financeFail('NOT_FOUND', 'The run does not pay this bill', ['input', 'itemId']);
    const line = paymentRunLineRow(found);
    if (input.amount === null) {
      await orm(sql, (db) => db.paymentRunLine.delete({ where: key, select: { itemId: true } }));
    } else {
      if (line.amount <= 0) {
        return financeFail('INVALID_INPUT', 'A credit note is used in full or removed', ['input', 'amount']);
      }
      if (input.amount > line.amount) {
        return financeFail('OVER_ALLOCATED', `The run can pay at most ${line.amount} of this bill`, [
          'input',
          'amount',
        ]);
      }
      const amount = input.amount;
      await orm(sql, (db) =>
        db.paymentRunLine.update({
          where: key,
          data: { amount, baseAmount: Math.round(amount * rateOf(line)) },
          select: { itemId: true },
        }),
      );
    }
    await orm(sql, (db) =>
      db.paymentRun.update({
        where: { tenantId_id: { tenantId, id: input.runId } },
        data: { updatedAt: new Date() },
        select: { id: true },
      }),
    );
    return ok((await withLines(sql, tenantId, input.runId)) as PaymentRunWithLines);
  });
}

export function cancelPaymentRun(db: TenantDb, runId: string): Promise<FinanceResult<PaymentRunWithLines>> {
  return db.tx(async (sql) => {
    const draft = await draftRun(sql, db.tenantId, runId);
    if (!draft.ok) return draft;
    const now = new Date();
    await orm(sql, (prisma) =>
      prisma.paymentRun.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: runId } },
        data: { status: 'cancelled', cancelledAt: now, updatedAt: now },
        select: { id: true },
      }),
    );
    return ok((await withLines(sql, db.tenantId, runId)) as PaymentRunWithLines);
  });
}

/**
 * Posts a draft run: per supplier one entry (Dr payables per bill or credit note, Cr bank per
 * currency), the bills allocated, `finance.payment_run.posted` in the outbox. The run's row lock
 * makes a second post (or two at once) find it posted and answer it unchanged; the items' locks
 * and open amounts refuse a bill another run has paid since (`NOT_OPEN`, nothing posted).
 */
export function postPaymentRun(
  db: TenantDb,
  input: { runId: string; paymentDate: string | null; actor: string | null },
): Promise<FinanceResult<PaymentRunWithLines>> {
  return db.tx(async (sql, tx) => {
    const tenantId = db.tenantId;
    const run = await runById(sql, tenantId, input.runId, true);
    if (!run) return financeFail('NOT_FOUND', 'No such payment run', ['input', 'runId']);
    if (run.status === 'posted') return ok((await withLines(sql, tenantId, run.id)) as PaymentRunWithLines);
    if (run.status === 'cancelled') {
      return financeFail('INVALID_TRANSITION', `Payment run ${run.number} was cancelled`, ['input', 'runId']);
    }
    const lines = await linesOf(sql, tenantId, run.id);
    if (lines.length === 0) {
      return financeFail('INVALID_TRANSITION', `Payment run ${run.number} pays nothing`, ['input', 'runId']);
    }
    // row locks in a fixed order (for update … order by id): hand SQL
    const { rows: locked } = await sql.query<OpenItemRow>(
      `select ${OPEN_ITEM_COLUMNS} from finance.open_items where tenant_id = $1 and id = any($2::uuid[]) order by id for update`,
      [tenantId, lines.map((line) => line.itemId)],
    );
    const current = new Map(locked.map((item) => [item.id, item]));
    const gone = lines.filter((line) => {
      const item = current.get(line.itemId);
      if (!item) return true;
      return line.amount > 0
        ? item.openAmount < line.amount || item.openBaseAmount <= 0
        : item.openAmount > line.amount || item.openBaseAmount >= 0;
    });
    if (gone.length > 0) {
      return financeFail(
        'NOT_OPEN',
        `No longer open for this amount (paid or used since the run was drafted): ${gone
          .map((line) => `${line.item.documentType === 'bill' ? 'bill' : 'credit note'} ${line.item.documentNumber}`)
          .join(', ')}`,
        ['input', 'runId'],
      );
    }
    const bySupplier = new Map<string, PaymentRunLineRow[]>();
    for (const line of lines) {
      const supplier = line.item.partyId as string;
      bySupplier.set(supplier, [...(bySupplier.get(supplier) ?? []), line]);
    }
    for (const [supplierId, supplierLines] of bySupplier) {
      const name = supplierLines[0]?.item.partyName ?? supplierId;
      const net = supplierLines.reduce((sum, line) => sum + line.baseAmount, 0);
      if (net <= 0) {
        return financeFail('INVALID_INPUT', `The run would pay ${name} nothing: their credit notes cover the bills`, [
          'input',
          'runId',
        ]);
      }
    }
    let ledger = await loadLedger(sql, tenantId);
    ledger = await ensureRole(sql, tenantId, ledger, 'bank');
    const paymentDate = input.paymentDate ?? dayIn(new Date(), ledger.timeZone);
    const suppliers = [];
    for (const [supplierId, supplierLines] of bySupplier) {
      const name = supplierLines[0]?.item.partyName ?? '';
      const draftLines: DraftLine[] = supplierLines.map((line) => ({
        role: 'payables',
        base: line.baseAmount,
        currency: line.item.currency,
        amount: line.amount,
        rate: String(line.amount === 0 ? 1 : line.baseAmount / line.amount),
        memo: `${line.item.documentType === 'bill' ? 'Bill' : 'Credit note'} ${line.item.documentNumber}`,
      }));
      const byCurrency = new Map<string, { base: number; amount: number }>();
      for (const line of supplierLines) {
        const sum = byCurrency.get(line.item.currency) ?? { base: 0, amount: 0 };
        byCurrency.set(line.item.currency, { base: sum.base + line.baseAmount, amount: sum.amount + line.amount });
      }
      for (const [currency, sum] of byCurrency) {
        draftLines.push({
          role: 'bank',
          base: -sum.base,
          currency,
          amount: -sum.amount,
          rate: String(sum.amount === 0 ? 1 : sum.base / sum.amount),
          memo: name,
        });
      }
      const posted = await postEntry(sql, tenantId, ledger, {
        date: paymentDate,
        description: `Payment run ${run.number}: ${name}`,
        sourceType: 'payment_run',
        sourceId: `${run.id}:${supplierId}`,
        eventId: null,
        lines: draftLines,
      });
      for (const line of supplierLines) {
        await allocateToItem(sql, tenantId, line.itemId, {
          sourceType: 'payment_run',
          sourceId: run.id,
          entryId: posted.entryId,
          amount: line.amount,
          baseAmount: line.baseAmount,
          allocatedOn: paymentDate,
        });
      }
      await orm(sql, (db) =>
        db.paymentRunLine.updateMany({
          where: { tenantId, runId: run.id, itemId: { in: supplierLines.map((line) => line.itemId) } },
          data: { entryId: posted.entryId },
        }),
      );
      suppliers.push({
        supplierId,
        supplierName: name,
        entryId: posted.entryId,
        baseAmount: supplierLines.reduce((sum, line) => sum + line.baseAmount, 0),
        documents: supplierLines.map((line) => ({
          documentId: line.item.documentId,
          documentType: line.item.documentType,
          number: line.item.documentNumber,
          currency: line.item.currency,
          amount: line.amount,
          baseAmount: line.baseAmount,
        })),
      });
    }
    const postedAt = new Date();
    await orm(sql, (db) =>
      db.paymentRun.update({
        where: { tenantId_id: { tenantId, id: run.id } },
        data: {
          status: 'posted',
          paymentDate: new Date(`${paymentDate}T00:00:00Z`),
          postedBy: input.actor,
          postedAt,
          updatedAt: postedAt,
        },
        select: { id: true },
      }),
    );
    await tx.emit('finance.payment_run.posted', run.id, {
      paymentRunId: run.id,
      number: run.number,
      paymentDate,
      baseCurrency: ledger.baseCurrency,
      totalBaseAmount: suppliers.reduce((sum, supplier) => sum + supplier.baseAmount, 0),
      suppliers,
      actor: input.actor,
    });
    return ok((await withLines(sql, tenantId, run.id)) as PaymentRunWithLines);
  });
}
