import Link from 'next/link';
import type { ReactNode } from 'react';
import { BarChart } from '../../../components/bar-chart.tsx';
import { gql } from '../../../lib/gateway.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { FinanceReports } from './documents.ts';
import { dateParam, FinanceNav, money } from './nav.tsx';
import { todayIn, yearStartOf } from './shop-day.ts';
import { ledgerLink } from './source-documents.tsx';

export const metadata = { title: 'Finance' };

const HERE = '/finance';

const csvLink = (csv: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;

export default async function FinancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer(HERE);
  const params = await searchParams;
  // the shop's day and year, not the server's UTC ones
  const today = todayIn(viewer.tenant.timeZone);
  const from = dateParam(params.from) ?? yearStartOf(today);
  const to = dateParam(params.to) ?? today;
  const data = await gql(FinanceReports, { from, to }, `${HERE}?from=${from}&to=${to}`);
  const pnl = data.financeProfitAndLoss;
  const trial = data.financeTrialBalance;
  const sheet = data.financeBalanceSheet;
  const currency = pnl.baseCurrency;
  const show = (amount: number) => money(amount, currency);
  // a report's line drills down to its account's ledger over the same period
  const ledgerOf = (line: { accountId: string; code: string; name: string }) => (
    <Link href={ledgerLink(line.accountId, { from, to })}>
      {line.code} {line.name}
    </Link>
  );
  return (
    <>
      <h1>Finance</h1>
      <FinanceNav current={HERE} />
      <form method="get" className="row" aria-label="Report range">
        <div>
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={from} />
        </div>
        <div>
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={to} />
        </div>
        <button type="submit">Show</button>
      </form>

      <section className="card" aria-labelledby="pnl">
        <h2 id="pnl">Profit and loss</h2>
        <dl className="row" style={{ gap: '2rem' }}>
          <div>
            <dt>Revenue</dt>
            <dd data-testid="pnl-revenue">{show(pnl.totalRevenue)}</dd>
          </div>
          <div>
            <dt>Cost of goods sold</dt>
            <dd data-testid="pnl-cogs">{show(pnl.costOfGoodsSold)}</dd>
          </div>
          <div>
            <dt>Gross margin</dt>
            <dd data-testid="pnl-margin">{show(pnl.grossMargin)}</dd>
          </div>
          <div>
            <dt>Net income</dt>
            <dd data-testid="pnl-net">{show(pnl.netIncome)}</dd>
          </div>
        </dl>
        {pnl.months.length > 0 ? (
          <div className="row" style={{ alignItems: 'flex-start' }}>
            <div style={{ flex: 1 }}>
              <h3>Revenue per month</h3>
              <BarChart
                title="Revenue per month"
                points={pnl.months.map((month) => ({ label: month.month, value: month.revenue / 100 }))}
              />
            </div>
            <div style={{ flex: 1 }}>
              <h3>Gross margin per month</h3>
              <BarChart
                title="Gross margin per month"
                points={pnl.months.map((month) => ({
                  label: month.month,
                  value: Math.max(0, month.grossMargin) / 100,
                }))}
              />
            </div>
          </div>
        ) : (
          <p className="muted">No revenue or expenses in this range.</p>
        )}
        <table>
          <thead>
            <tr>
              <th>Account</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {[...pnl.revenue, ...pnl.expenses].map((line) => (
              <tr key={line.accountId}>
                <td>{ledgerOf(line)}</td>
                <td>{show(line.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <a download={`profit-and-loss-${from}-${to}.csv`} href={csvLink(data.profitAndLossCsv)}>
          Download CSV
        </a>
      </section>

      <section className="card" aria-labelledby="balance-sheet">
        <h2 id="balance-sheet">Balance sheet at {to}</h2>
        <p className={sheet.balanced ? 'muted' : 'alert'} data-testid="balance-sheet-state">
          {sheet.balanced ? 'Assets equal liabilities plus equity.' : 'The balance sheet does not balance.'}
        </p>
        <table>
          <tbody>
            <AccountRows lines={sheet.assets} show={show} name={ledgerOf} />
            <tr>
              <th>Total assets</th>
              <th>{show(sheet.totalAssets)}</th>
            </tr>
            <AccountRows lines={sheet.liabilities} show={show} name={ledgerOf} />
            <tr>
              <th>Total liabilities</th>
              <th>{show(sheet.totalLiabilities)}</th>
            </tr>
            <AccountRows lines={sheet.equity} show={show} name={ledgerOf} />
            <tr>
              <td>Earnings before {from}</td>
              <td>{show(sheet.retainedEarnings)}</td>
            </tr>
            <tr>
              <td>Earnings in the range</td>
              <td>{show(sheet.currentEarnings)}</td>
            </tr>
            <tr>
              <th>Total equity</th>
              <th>{show(sheet.totalEquity)}</th>
            </tr>
          </tbody>
        </table>
        <a download={`balance-sheet-${to}.csv`} href={csvLink(data.balanceSheetCsv)}>
          Download CSV
        </a>
      </section>

      <section className="card" aria-labelledby="trial-balance">
        <h2 id="trial-balance">Trial balance</h2>
        <table>
          <thead>
            <tr>
              <th>Account</th>
              <th>Opening</th>
              <th>Debit</th>
              <th>Credit</th>
              <th>Closing</th>
            </tr>
          </thead>
          <tbody>
            {trial.rows
              .filter((row) => row.opening || row.debit || row.credit)
              .map((row) => (
                <tr key={row.accountId} data-testid="trial-row">
                  <td>{ledgerOf(row)}</td>
                  <td>{show(row.opening)}</td>
                  <td>{show(row.debit)}</td>
                  <td>{show(row.credit)}</td>
                  <td>{show(row.closing)}</td>
                </tr>
              ))}
            <tr>
              <th>Total</th>
              <th />
              <th data-testid="trial-debit">{show(trial.totalDebit)}</th>
              <th data-testid="trial-credit">{show(trial.totalCredit)}</th>
              <th>{trial.balanced ? 'balanced' : 'NOT balanced'}</th>
            </tr>
          </tbody>
        </table>
        <a download={`trial-balance-${from}-${to}.csv`} href={csvLink(data.trialBalanceCsv)}>
          Download CSV
        </a>
      </section>
    </>
  );
}

/** One balance-sheet section's accounts: code and name (linked to its ledger), then the amount. */
function AccountRows({
  lines,
  show,
  name,
}: {
  lines: readonly { accountId: string; code: string; name: string; amount: number }[];
  show: (amount: number) => string;
  name: (line: { accountId: string; code: string; name: string }) => ReactNode;
}) {
  return lines.map((line) => (
    <tr key={line.code}>
      <td>{name(line)}</td>
      <td>{show(line.amount)}</td>
    </tr>
  ));
}
