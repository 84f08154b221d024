import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { BillsList } from './documents.ts';
import { amount, statusLabel } from './format.ts';

export const metadata = { title: 'Supplier bills' };

const HERE = '/bills';
const FILTERS = [
  { key: '', label: 'All', statuses: null },
  { key: 'held', label: 'Held', statuses: ['HELD' as const] },
  { key: 'posted', label: 'Posted', statuses: ['POSTED' as const] },
  { key: 'cancelled', label: 'Cancelled', statuses: ['CANCELLED' as const] },
];

export default async function BillsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const wanted = (await searchParams).status ?? '';
  const filter = FILTERS.find((entry) => entry.key === wanted) ?? (FILTERS[0] as (typeof FILTERS)[number]);
  const here = filter.key ? `${HERE}?status=${filter.key}` : HERE;
  await requireViewer(here);
  const { supplierBills } = await gql(BillsList, { statuses: filter.statuses }, here);
  return (
    <>
      <h1>Supplier bills</h1>
      <p className="muted">
        Each bill is matched against its purchase order and what was received. A bill outside the tolerances is held
        with its reasons until someone who approves purchases releases it with a comment.
      </p>
      <p>
        <Link href="/bills/new">Enter a bill</Link>
      </p>
      <nav aria-label="Filter by status">
        {FILTERS.map((entry) => (
          <span key={entry.key}>
            {entry.key === filter.key ? (
              <strong aria-current="page">{entry.label}</strong>
            ) : (
              <Link href={entry.key ? `${HERE}?status=${entry.key}` : HERE}>{entry.label}</Link>
            )}{' '}
          </span>
        ))}
      </nav>
      <section className="card" aria-labelledby="bills">
        <h2 id="bills">
          {filter.label} ({supplierBills.totalCount})
        </h2>
        <table>
          <thead>
            <tr>
              <th>Bill</th>
              <th>Supplier</th>
              <th>Invoice</th>
              <th>Order</th>
              <th>Status</th>
              <th>Total</th>
              <th>Due</th>
            </tr>
          </thead>
          <tbody>
            {supplierBills.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link href={`/bills/${encodeURIComponent(node.id)}`}>{node.number}</Link>
                  {node.kind === 'CREDIT_NOTE' ? ' (credit note)' : null}
                </td>
                <td>{node.supplierName}</td>
                <td>{node.supplierInvoiceNumber}</td>
                <td>{node.purchaseOrderNumber ?? '—'}</td>
                <td>
                  <span className={node.status === 'HELD' ? 'pill low' : 'pill'} data-testid="bill-status">
                    {statusLabel(node.status)}
                  </span>
                  {node.holdReasons.length
                    ? ` · ${[...new Set(node.holdReasons.map((reason) => reason.code))].join(', ')}`
                    : null}
                </td>
                <td>{amount(node.totalAmount, node.currency)}</td>
                <td>{node.dueDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
