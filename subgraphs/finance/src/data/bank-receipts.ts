import { ok } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import { type DraftLine, loadLedger, postEntry } from './ledger.ts';
import { allocateToItem, ensureRole, OPEN_ITEM_COLUMNS, type OpenItemRow, rateOf } from './open-items.ts';
import { type BankReceiptRow, bankReceiptRow } from './rows.ts';

export type { BankReceiptRow };

export interface BankReceiptInput {
  /** the customer the receipt is from; each allocated order must be theirs (null: a guest's orders) */
  customerId: string | null;
  /** base minor units: equal to the sum of the allocations */
  amount: number;
  receivedOn: string;
  reference: string;
  idempotencyKey: string;
  allocations: { itemId: string; amount: number }[];
  actor: string | null;
}

const receiptByKey = async (sql: Sql, tenantId: string, key: string): Promise<BankReceiptRow | null> => {
  const row = await orm(sql, (db) =>
    db.bankReceipt.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } } }),
  );
  return row ? bankReceiptRow(row) : null;
};

/**
 * A customer's bank payment: Dr bank, Cr receivables, allocated to their open orders. No allocation
 * may exceed what is open on its order (`OVER_ALLOCATED`, the items locked while checked); the same
 * idempotency key records it once and answers the first receipt again.
 */
export function recordBankReceipt(db: TenantDb, input: BankReceiptInput): Promise<FinanceResult<BankReceiptRow>> {
  return db.tx(async (sql) => {
    const tenantId = db.tenantId;
    const total = input.allocations.reduce((sum, allocation) => sum + allocation.amount, 0);
    if (total !== input.amount) {
      return financeFail('INVALID_INPUT', `The allocations add up to ${total}, not the receipt's ${input.amount}`, [
        'input',
        'allocations',
      ]);
    }
    const itemIds = input.allocations.map((allocation) => allocation.itemId);
    if (new Set(itemIds).size !== itemIds.length) {
      return financeFail('INVALID_INPUT', 'An order is allocated twice', ['input', 'allocations']);
    }
    let ledger = await loadLedger(sql, tenantId);
    // the key first: a concurrent second call with it waits here and then finds the first receipt
    // once per key, a second call at the same time waiting on the first (`on conflict do nothing`): hand SQL
    const created = await one<{ id: string }>(
      sql,
      `insert into finance.bank_receipts (tenant_id, customer_id, amount, currency, received_on, reference, idempotency_key,
         created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, idempotency_key) do nothing returning id`,
      [
        tenantId,
        input.customerId,
        input.amount,
        ledger.baseCurrency,
        input.receivedOn,
        input.reference,
        input.idempotencyKey,
        input.actor,
      ],
    );
    if (!created) return ok((await receiptByKey(sql, tenantId, input.idempotencyKey)) as BankReceiptRow);
    const { rows: items } = await sql.query<OpenItemRow>(
      `select ${OPEN_ITEM_COLUMNS} from finance.open_items
        where tenant_id = $1 and kind = 'receivable' and id = any($2::uuid[]) order by id for update`,
      [tenantId, itemIds],
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    const lines: DraftLine[] = [];
    for (const [index, allocation] of input.allocations.entries()) {
      const field = ['input', 'allocations', String(index)];
      const item = byId.get(allocation.itemId);
      if (!item || item.partyId !== input.customerId) {
        return financeFail('NOT_FOUND', "No such open order of this customer's", [...field, 'itemId']);
      }
      if (allocation.amount > item.openBaseAmount) {
        return financeFail(
          'OVER_ALLOCATED',
          `Order #${item.documentNumber} has ${Math.max(item.openBaseAmount, 0)} open; ${allocation.amount} is more`,
          [...field, 'amount'],
        );
      }
      lines.push({ role: 'receivables', base: -allocation.amount, memo: `Order #${item.documentNumber}` });
    }
    ledger = await ensureRole(sql, tenantId, ledger, 'bank');
    const posted = await postEntry(sql, tenantId, ledger, {
      date: input.receivedOn,
      description: `Bank receipt${input.reference ? ` ${input.reference}` : ''}`,
      sourceType: 'bank_receipt',
      sourceId: created.id,
      eventId: null,
      lines: [{ role: 'bank', base: input.amount, memo: input.reference }, ...lines],
    });
    for (const allocation of input.allocations) {
      const item = byId.get(allocation.itemId) as OpenItemRow;
      // a document in another currency settles the same share of its own amount
      const amount =
        item.currency === ledger.baseCurrency ? allocation.amount : Math.round(allocation.amount / rateOf(item));
      await allocateToItem(sql, tenantId, item.id, {
        sourceType: 'bank_receipt',
        sourceId: created.id,
        entryId: posted.entryId,
        amount,
        baseAmount: allocation.amount,
        allocatedOn: input.receivedOn,
      });
    }
    await orm(sql, (db) =>
      db.bankReceipt.update({
        where: { tenantId_id: { tenantId, id: created.id } },
        data: { entryId: posted.entryId },
        select: { id: true },
      }),
    );
    return ok((await receiptByKey(sql, tenantId, input.idempotencyKey)) as BankReceiptRow);
  });
}
