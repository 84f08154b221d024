import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { OrdersList } from './documents.ts';

export const metadata = { title: 'Orders' };

const STATUSES = ['CREATED', 'CONFIRMED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'COMPLETED', 'CANCELLED'] as const;
const PAYMENTS = ['AUTHORIZED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'FAILED'] as const;
type Status = (typeof STATUSES)[number];
type Payment = (typeof PAYMENTS)[number];

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const status = STATUSES.includes(params.status as Status) ? (params.status as Status) : null;
  const paymentStatus = PAYMENTS.includes(params.payment as Payment) ? (params.payment as Payment) : null;
  // staff paste the number as shoppers quote it (AC-1001, #1001): its digits are the number
  const wanted = Number(params.number?.trim().match(/\d+$/)?.[0]);
  const number = Number.isSafeInteger(wanted) && wanted > 0 && wanted <= 2_147_483_647 ? wanted : null;
  const keep = new URLSearchParams(
    Object.entries({ number: number?.toString(), status, payment: paymentStatus }).filter(([, v]) => v) as [
      string,
      string,
    ][],
  );
  const { orders } = await gql(
    OrdersList,
    { filter: { number, status, paymentStatus }, first: 25, after: params.after ?? null },
    `/orders?${keep}`,
  );
  return (
    <>
      <h1>Orders</h1>
      <form method="get" className="row" aria-label="Filter orders">
        <div>
          <label htmlFor="number">Order number</label>
          <input id="number" name="number" inputMode="numeric" placeholder="1001" defaultValue={number ?? ''} />
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
        <div>
          <label htmlFor="payment">Payment</label>
          <select id="payment" name="payment" defaultValue={paymentStatus ?? ''}>
            <option value="">Any</option>
            {PAYMENTS.map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">{orders.totalCount} orders</p>
      <table>
        <thead>
          <tr>
            <th>Order</th>
            <th>Placed</th>
            <th>Customer</th>
            <th>Items</th>
            <th>Total</th>
            <th>Status</th>
            <th>Payment</th>
          </tr>
        </thead>
        <tbody>
          {orders.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link href={`/orders/${encodeURIComponent(node.id)}`}>{node.displayNumber}</Link>
              </td>
              <td>{new Date(node.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })}</td>
              <td>{node.email}</td>
              <td>{node.lines.reduce((sum, line) => sum + line.quantity, 0)}</td>
              <td>{formatMoney(node.total)}</td>
              <td>
                <span className="pill">{node.status.toLowerCase().replace('_', ' ')}</span>
                {node.onHold ? (
                  <>
                    {' '}
                    <span className="pill low" data-testid="order-on-hold">
                      on hold
                    </span>
                  </>
                ) : null}
              </td>
              <td>{node.paymentStatus.toLowerCase()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor ? (
        <Link href={`/orders?${new URLSearchParams([...keep, ['after', orders.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
    </>
  );
}
