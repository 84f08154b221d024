import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { closePeriod, reopenPeriod } from '../actions.ts';
import { FinancePeriods } from '../documents.ts';
import { FinanceNav } from '../nav.tsx';

export const metadata = { title: 'Periods' };

const HERE = '/finance/periods';

export default async function PeriodsPage() {
  const viewer = await requireViewer(HERE);
  const { financePeriods } = await gql(FinancePeriods, {}, HERE);
  const manage = can(viewer.scopes, 'finance:manage');
  return (
    <>
      <h1>Periods</h1>
      <FinanceNav current={HERE} />
      <p className="muted">
        A closed month takes no postings: an event dated in it is posted on the first day of the first open month after
        it, with its own date in the entry.
      </p>
      <table>
        <thead>
          <tr>
            <th>Month</th>
            <th>Entries</th>
            <th>State</th>
            {manage ? <th>Change</th> : null}
          </tr>
        </thead>
        <tbody>
          {financePeriods.map((period) => (
            <tr key={period.id} data-testid="period-row">
              <td>{period.month}</td>
              <td>{period.entryCount}</td>
              <td>
                {period.status === 'OPEN' ? (
                  'open'
                ) : (
                  <span className="pill low">
                    closed{period.closedAt ? ` ${clockIn(viewer.tenant.timeZone).date(period.closedAt)}` : ''}
                  </span>
                )}
              </td>
              {manage ? (
                <td>
                  <ActionForm
                    inline
                    label={`${period.status === 'OPEN' ? 'Close' : 'Reopen'} ${period.month}`}
                    idPrefix={`period-${period.month}`}
                    action={period.status === 'OPEN' ? closePeriod : reopenPeriod}
                    submit={period.status === 'OPEN' ? 'Close' : 'Reopen'}
                    hidden={{ month: period.month }}
                    fields={[]}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {manage ? (
        <section className="card" aria-labelledby="close-month">
          <h2 id="close-month">Close a month</h2>
          <ActionForm
            label="Close a month"
            idPrefix="close-month"
            action={closePeriod}
            submit="Close month"
            fields={[{ name: 'month', label: 'Month (YYYY-MM)', required: true, placeholder: '2026-01' }]}
          />
        </section>
      ) : null}
    </>
  );
}
