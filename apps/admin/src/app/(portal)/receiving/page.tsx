import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { ReceivingLookup, ReceivingRecent } from './documents.ts';
import { type ReceivableLine, ReceiveForm } from './receive-form.tsx';

export const metadata = { title: 'Receiving' };

const HERE = '/receiving';

/**
 * The dock's screen: scan or type a SKU, a supplier SKU or a purchase order number; the open lines of
 * the orders it belongs to come up with their open quantities typed in; adjust, reject with a reason,
 * post. The scan field has the focus first, then the first quantity of what was found.
 */
export default async function ReceivingPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const code = ((await searchParams).code ?? '').trim();
  const here = code ? `${HERE}?code=${encodeURIComponent(code)}` : HERE;
  const when = clockIn((await requireViewer(here)).tenant.timeZone).dateTime;
  const [{ receivableLines }, { receipts }] = await Promise.all([
    code ? gql(ReceivingLookup, { code }, here) : Promise.resolve({ receivableLines: [] }),
    gql(ReceivingRecent, {}, here),
  ]);
  const orders = new Map<string, { id: string; number: string; status: string; lines: ReceivableLine[] }>();
  for (const line of receivableLines) {
    const order = orders.get(line.purchaseOrderId) ?? {
      id: line.purchaseOrderId,
      number: line.purchaseOrderNumber,
      status: line.purchaseOrderStatus,
      lines: [],
    };
    order.lines.push(line);
    orders.set(line.purchaseOrderId, order);
  }
  return (
    <>
      <h1>Receiving</h1>
      <form method="get" action={HERE} aria-label="Find what arrived">
        <label htmlFor="code">Scan or type a SKU or purchase order number</label>
        <input
          id="code"
          name="code"
          defaultValue={code}
          // biome-ignore lint/a11y/noAutofocus: the dock scans into this field: it has the focus until something is found
          autoFocus={!code || orders.size === 0}
          autoComplete="off"
          style={{ fontSize: '1.6rem', padding: '0.5rem 0.75rem', width: '100%', maxWidth: '32rem' }}
        />
        <button type="submit">Find</button>
      </form>
      {code && orders.size === 0 ? <p role="status">Nothing open to receive for “{code}”.</p> : null}
      {[...orders.values()].map((order, index) => (
        <section key={order.id} className="card" aria-labelledby={`order-${order.id}`}>
          <h2 id={`order-${order.id}`}>
            <Link href={`/procurement/orders/${encodeURIComponent(order.id)}`}>{order.number}</Link>{' '}
            <span className="pill">{order.status.toLowerCase().replace('_', ' ')}</span>
          </h2>
          <ReceiveForm
            purchaseOrderId={order.id}
            number={order.number}
            lines={order.lines}
            idempotencyKey={randomUUID()}
            autoFocus={index === 0}
          />
        </section>
      ))}
      <section className="card" aria-labelledby="recent">
        <h2 id="recent">Recent receipts ({receipts.totalCount})</h2>
        <table>
          <thead>
            <tr>
              <th>Receipt</th>
              <th>Order</th>
              <th>Status</th>
              <th>Accepted</th>
              <th>Rejected</th>
              <th>Posted</th>
            </tr>
          </thead>
          <tbody>
            {receipts.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.number}</td>
                <td>
                  <Link href={`/procurement/orders/${encodeURIComponent(node.purchaseOrderId)}`}>
                    {node.purchaseOrderNumber}
                  </Link>
                </td>
                <td>{node.status.toLowerCase()}</td>
                <td>{node.acceptedQuantity}</td>
                <td>{node.rejectedQuantity}</td>
                <td>{when(node.postedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
