import Link from 'next/link';
import { gql } from '../../../../lib/gateway.ts';
import { FinanceJournal } from '../documents.ts';
import { FinanceNav, money } from '../nav.tsx';

export const metadata = { title: 'Journal' };

const HERE = '/finance/journal';

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const filter = {
    accountId: params.account || null,
    periodId: params.period || null,
    sourceType: params.source || null,
    sourceId: params.sourceId || null,
  };
  const keep = new URLSearchParams(
    Object.entries({
      account: filter.accountId,
      period: filter.periodId,
      source: filter.sourceType,
      sourceId: filter.sourceId,
    }).filter(([, value]) => value) as [string, string][],
  );
  const data = await gql(FinanceJournal, { filter, after: params.after ?? null }, `${HERE}?${keep}`);
  const entries = data.financeJournalEntries;
  const currency = data.financeSettings.baseCurrency;
  return (
    <>
      <h1>Journal</h1>
      <FinanceNav current={HERE} />
      <form method="get" className="row" aria-label="Filter the journal">
        <div>
          <label htmlFor="account">Account</label>
          <select id="account" name="account" defaultValue={filter.accountId ?? ''}>
            <option value="">Any</option>
            {data.financeAccounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.code} {account.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="period">Period</label>
          <select id="period" name="period" defaultValue={filter.periodId ?? ''}>
            <option value="">Any</option>
            {data.financePeriods.map((period) => (
              <option key={period.id} value={period.id}>
                {period.month}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="source">Source type</label>
          <input id="source" name="source" placeholder="order.placed" defaultValue={filter.sourceType ?? ''} />
        </div>
        <div>
          <label htmlFor="sourceId">Source id</label>
          <input id="sourceId" name="sourceId" defaultValue={filter.sourceId ?? ''} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">{entries.totalCount} entries</p>
      <table>
        <thead>
          <tr>
            <th>Entry</th>
            <th>Date</th>
            <th>Description</th>
            <th>Source</th>
            <th>Amount</th>
          </tr>
        </thead>
        <tbody>
          {entries.edges.map(({ node }) => (
            <tr key={node.id} data-testid="journal-entry">
              <td>
                <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>#{node.number}</Link>
              </td>
              <td>{node.entryDate}</td>
              <td>
                {node.description}
                {node.reversedByEntryId ? (
                  <>
                    {' '}
                    <span className="pill low">reversed</span>
                  </>
                ) : null}
              </td>
              <td>
                <code>{node.sourceType}</code>
              </td>
              <td>{money(node.total, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.pageInfo.hasNextPage && entries.pageInfo.endCursor ? (
        <Link href={`${HERE}?${new URLSearchParams([...keep, ['after', entries.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
    </>
  );
}
