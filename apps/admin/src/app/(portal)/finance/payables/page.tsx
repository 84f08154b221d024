import Link from 'next/link';
import { gql } from '../../../../lib/gateway.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { AgingTable, csvLink } from '../aging-table.tsx';
import { dateParam, FinanceNav, money } from '../nav.tsx';
import { FinancePayables } from '../open-item-documents.ts';
import { todayIn } from '../shop-day.ts';

export const metadata = { title: 'Payables' };

const HERE = '/finance/payables';

export default async function PayablesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer(HERE);
  const params = await searchParams;
  const today = todayIn(viewer.tenant.timeZone);
  const asOf = dateParam(params.asOf) ?? today;
  const partyId = params.supplier || null;
  const data = await gql(
    FinancePayables,
    { asOf, partyId },
    `${HERE}?asOf=${asOf}${partyId ? `&supplier=${encodeURIComponent(partyId)}` : ''}`,
  );
  const aging = data.financePayablesAging;
  const currency = aging.baseCurrency;
  const bills = data.financeOpenItems;
  const supplier = partyId ? aging.rows.find((row) => row.partyId === partyId) : null;
  return (
    <>
      <h1>Payables</h1>
      <FinanceNav current={HERE} />
      <form method="get" className="row" aria-label="Aging date">
        <div>
          <label htmlFor="asOf">As of</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf} />
        </div>
        <button type="submit">Show</button>
        <a href={csvLink(data.agingCsv)} download={`payables-aging-${asOf}.csv`}>
          Download CSV
        </a>
      </form>
      <p className="muted">
        What the business owes its suppliers by days past due: posted bills less credit notes and payments. Pay them in
        a <Link href="/finance/payment-runs">payment run</Link>.
      </p>
      <AgingTable
        label="Payables aging"
        party="Supplier"
        rows={aging.rows}
        totals={aging.totals}
        currency={currency}
        drill={(id) => `${HERE}?asOf=${asOf}&supplier=${encodeURIComponent(id)}`}
      />

      <section className="card" aria-labelledby="open-bills">
        <h2 id="open-bills">
          Open bills{supplier ? ` of ${supplier.partyName}` : ''} ({bills.totalCount})
        </h2>
        {partyId ? (
          <p className="row" style={{ gap: '1rem' }}>
            <Link href={`${HERE}?asOf=${asOf}`}>All suppliers</Link>
            <Link href={`/finance/payment-runs?supplier=${encodeURIComponent(partyId)}`}>Pay in a run</Link>
          </p>
        ) : null}
        <table>
          <thead>
            <tr>
              <th>Document</th>
              <th>Supplier</th>
              <th>Dated</th>
              <th>Due</th>
              <th>Days late</th>
              <th>Amount</th>
              <th>Open</th>
            </tr>
          </thead>
          <tbody>
            {bills.edges.map(({ node }) => (
              <tr key={node.id} data-testid="open-bill">
                <td>
                  {node.documentType === 'CREDIT_NOTE' ? 'Credit note ' : 'Bill '}
                  {node.documentNumber}
                </td>
                <td>{node.partyName}</td>
                <td>{node.documentDate}</td>
                <td>{node.dueDate}</td>
                <td>{node.daysPastDue && node.daysPastDue > 0 ? node.daysPastDue : '—'}</td>
                <td>{money(node.amount, node.currency)}</td>
                <td>{money(node.openBaseAmount, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
