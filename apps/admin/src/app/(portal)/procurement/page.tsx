import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { PurchaseOrdersList } from './documents.ts';
import { ProcurementNav } from './nav.tsx';

export const metadata = { title: 'Purchase orders' };

const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'SENT',
  'PARTIALLY_RECEIVED',
  'RECEIVED',
  'CLOSED',
  'CANCELLED',
] as const;
type Status = (typeof STATUSES)[number];

export default async function PurchaseOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const clock = clockIn((await requireViewer('/procurement')).tenant.timeZone);
  const params = await searchParams;
  const status = STATUSES.includes(params.status as Status) ? (params.status as Status) : null;
  const query = params.q?.trim().slice(0, 200) || null;
  const keep = new URLSearchParams(
    Object.entries({ status, q: query }).filter(([, value]) => value) as [string, string][],
  );
  const { purchaseOrders } = await gql(
    PurchaseOrdersList,
    { filter: { statuses: status ? [status] : null, query }, first: 25, after: params.after ?? null },
    `/procurement?${keep}`,
  );
  return (
    <>
      <h1>Purchase orders</h1>
      <ProcurementNav />
      <form method="get" className="row" aria-label="Filter purchase orders">
        <div>
          <label htmlFor="q">Number or supplier</label>
          <input id="q" name="q" placeholder="PO-000001" defaultValue={query ?? ''} />
        </div>
        <div>
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={status ?? ''}>
            <option value="">Any</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase().replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">{purchaseOrders.totalCount} purchase orders</p>
      <table>
        <thead>
          <tr>
            <th>Order</th>
            <th>Supplier</th>
            <th>Created</th>
            <th>Expected</th>
            <th>Total</th>
            <th>Base total</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {purchaseOrders.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link href={`/procurement/orders/${encodeURIComponent(node.id)}`}>{node.number}</Link>
              </td>
              <td>{node.supplier.name}</td>
              <td>{clock.date(node.createdAt)}</td>
              <td>{node.expectedAt ?? '—'}</td>
              <td>{formatMoney(node.total)}</td>
              <td>{formatMoney(node.baseTotal)}</td>
              <td>
                <span className="pill" data-testid="po-status">
                  {node.status.toLowerCase().replace('_', ' ')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {purchaseOrders.pageInfo.hasNextPage && purchaseOrders.pageInfo.endCursor ? (
        <Link href={`/procurement?${new URLSearchParams([...keep, ['after', purchaseOrders.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
    </>
  );
}
