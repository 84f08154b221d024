import Link from 'next/link';
import { notFound } from 'next/navigation';
import { gql } from '../../../../../lib/gateway.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { FinanceAccountLedger } from '../../documents.ts';
import { dateParam, FinanceNav, money } from '../../nav.tsx';
import { todayIn, yearStartOf } from '../../shop-day.ts';
import { ledgerLink, SourceDocumentLinks } from '../../source-documents.tsx';

export const metadata = { title: 'General ledger' };

export default async function AccountLedgerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const accountId = decodeURIComponent((await params).id);
  const query = await searchParams;
  const viewer = await requireViewer(ledgerLink(accountId));
  // the shop's year and day, as the reports default to
  const today = todayIn(viewer.tenant.timeZone);
  const from = dateParam(query.from) ?? yearStartOf(today);
  const to = dateParam(query.to) ?? today;
  const here = ledgerLink(accountId, { from, to });
  const data = await gql(FinanceAccountLedger, { accountId, from, to, after: query.after ?? null }, here);
  const account = data.financeAccounts.find((candidate) => candidate.id === accountId);
  if (!account) notFound();
  const ledger = data.financeGeneralLedger;
  const currency = data.financeSettings.baseCurrency;
  const show = (amount: number) => money(amount, currency);
  const csv = `${ledgerLink(accountId)}/csv?${new URLSearchParams({ from, to })}`;
  return (
    <>
      <h1>
        General ledger: {account.code} {account.name}
      </h1>
      <FinanceNav current="/finance/accounts" />
      <form method="get" className="row" aria-label="Ledger period">
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
      <p className="muted">
        {account.type.toLowerCase()} account · balances are debit − credit · {ledger.lines.totalCount} lines from {from}{' '}
        to {to} · <a href={csv}>Download CSV</a>
      </p>
      <table>
        <thead>
          <tr>
            <th>Date</th>
            <th>Entry</th>
            <th>Source</th>
            <th>Description</th>
            <th>Debit</th>
            <th>Credit</th>
            <th>Balance</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th colSpan={6}>Opening balance on {from}</th>
            <th data-testid="ledger-opening">{show(ledger.opening)}</th>
          </tr>
          {ledger.lines.edges.map(({ cursor, node }) => (
            <tr key={cursor} data-testid="ledger-line">
              <td>{node.entryDate}</td>
              <td>
                <Link href={`/finance/journal/${encodeURIComponent(node.entryId)}`}>#{node.entryNumber}</Link>
              </td>
              <td>
                <code>{node.sourceType}</code> <SourceDocumentLinks documents={node.documents} />
              </td>
              <td>
                {node.description}
                {node.memo ? <span className="muted"> · {node.memo}</span> : null}
              </td>
              <td data-testid="ledger-debit">{node.debit ? show(node.debit) : ''}</td>
              <td data-testid="ledger-credit">{node.credit ? show(node.credit) : ''}</td>
              <td>{show(node.balance)}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={6}>Closing balance on {to}</th>
            <th data-testid="ledger-closing">{show(ledger.closing)}</th>
          </tr>
        </tbody>
      </table>
      {ledger.lines.pageInfo.hasNextPage && ledger.lines.pageInfo.endCursor ? (
        <Link href={ledgerLink(accountId, { from, to, after: ledger.lines.pageInfo.endCursor })}>Next page →</Link>
      ) : null}
    </>
  );
}
