import { ok } from '@ucos/kit';
import { one, type TenantDb } from '../db.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import { ensureLedger, PERIOD_COLUMNS, type PeriodRow, periodOf } from './ledger.ts';

export interface PeriodWithTotals extends PeriodRow {
  entryCount: number;
}

/** Every month that has been posted to or asked for, newest first. */
export function listPeriods(db: TenantDb): Promise<PeriodWithTotals[]> {
  return db.run(async (sql) => {
    const { rows } = await sql.query<PeriodWithTotals>(
      `select ${PERIOD_COLUMNS.replace(/\b(id|starts_on|ends_on|status|closed_at|closed_by)\b/g, 'p.$1')},
         (select count(*)::int from finance.journal_entries e where e.tenant_id = p.tenant_id and e.period_id = p.id) as "entryCount"
         from finance.fiscal_periods p where p.tenant_id = $1 order by p.starts_on desc`,
      [db.tenantId],
    );
    return rows;
  });
}

/**
 * Closes or reopens a month (`YYYY-MM`). The row lock waits for postings in flight into it (they
 * hold a share lock), so nothing lands in a month after it closed.
 */
export function setPeriodStatus(
  db: TenantDb,
  month: string,
  status: 'open' | 'closed',
  actor: string | null,
): Promise<FinanceResult<PeriodWithTotals>> {
  return db.tx(async (sql, tx) => {
    await ensureLedger(sql, db.tenantId);
    const created = await periodOf(sql, db.tenantId, `${month}-01`);
    const period = await one<PeriodRow>(
      sql,
      `select ${PERIOD_COLUMNS} from finance.fiscal_periods where tenant_id = $1 and id = $2 for update`,
      [db.tenantId, created.id],
    );
    if (!period) return financeFail('NOT_FOUND', 'No such period', ['input', 'month']);
    if (period.status === status) {
      return financeFail('INVALID_TRANSITION', `The period ${month} is already ${status}`, ['input', 'month']);
    }
    const updated = await one<PeriodWithTotals>(
      sql,
      `update finance.fiscal_periods set status = $3, closed_at = case when $3 = 'closed' then now() end,
         closed_by = case when $3 = 'closed' then $4 end, updated_at = now()
       where tenant_id = $1 and id = $2
       returning ${PERIOD_COLUMNS},
         (select count(*)::int from finance.journal_entries e where e.tenant_id = $1 and e.period_id = $2) as "entryCount"`,
      [db.tenantId, period.id, status, actor],
    );
    const row = updated as PeriodWithTotals;
    await tx.emit(status === 'closed' ? 'finance.period.closed' : 'finance.period.reopened', row.id, {
      periodId: row.id,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status,
      actor,
    });
    return ok(row);
  });
}
