import { ok } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type FinanceResult, financeFail } from './errors.ts';
import { ensureLedger, PERIOD_COLUMNS, type PeriodRow, periodOf } from './ledger.ts';
import { periodRow } from './rows.ts';

export interface PeriodWithTotals extends PeriodRow {
  entryCount: number;
}

/** Every month that has been posted to or asked for, newest first. */
export function listPeriods(db: TenantDb): Promise<PeriodWithTotals[]> {
  return db.run((sql) =>
    orm(sql, async (prisma) => {
      const periods = await prisma.fiscalPeriod.findMany({
        where: { tenantId: db.tenantId },
        orderBy: { startsOn: 'desc' },
      });
      const counts = await prisma.journalEntry.groupBy({
        by: ['periodId'],
        where: { tenantId: db.tenantId },
        _count: { _all: true },
      });
      const countOf = new Map(counts.map((count) => [count.periodId, count._count._all]));
      return periods.map((period) => ({ ...periodRow(period), entryCount: countOf.get(period.id) ?? 0 }));
    }),
  );
}

const entryCount = (sql: Sql, tenantId: string, periodId: string) =>
  orm(sql, (prisma) => prisma.journalEntry.count({ where: { tenantId, periodId } }));

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
    // a row lock (for update): hand SQL
    const period = await one<PeriodRow>(
      sql,
      `select ${PERIOD_COLUMNS} from finance.fiscal_periods where tenant_id = $1 and id = $2 for update`,
      [db.tenantId, created.id],
    );
    if (!period) return financeFail('NOT_FOUND', 'No such period', ['input', 'month']);
    if (period.status === status) {
      return financeFail('INVALID_TRANSITION', `The period ${month} is already ${status}`, ['input', 'month']);
    }
    const now = new Date();
    const updated = await orm(sql, (prisma) =>
      prisma.fiscalPeriod.update({
        where: { tenantId_id: { tenantId: db.tenantId, id: period.id } },
        data: {
          status,
          closedAt: status === 'closed' ? now : null,
          closedBy: status === 'closed' ? actor : null,
          updatedAt: now,
        },
      }),
    );
    const row: PeriodWithTotals = {
      ...periodRow(updated),
      entryCount: await entryCount(sql, db.tenantId, period.id),
    };
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
