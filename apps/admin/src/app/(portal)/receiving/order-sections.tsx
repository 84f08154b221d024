import Link from 'next/link';
import { gql } from '../../../lib/gateway.ts';
import { shopClock } from '../../../lib/shop-time.ts';
import { amount, statusLabel } from '../bills/format.ts';
import { OrderReceiptsAndBills } from './documents.ts';

/** The receipts and supplier bills of one purchase order, for its detail page. */
export async function PurchaseOrderReceivingSections({
  purchaseOrderId,
  number,
  returnTo,
}: {
  purchaseOrderId: string;
  number: string;
  returnTo: string;
}) {
  const [{ receipts, supplierBills }, clock] = await Promise.all([
    gql(OrderReceiptsAndBills, { purchaseOrderId }, returnTo),
    shopClock(returnTo),
  ]);
  const when = clock.dateTime;
  return (
    <>
      <section className="card" aria-labelledby="order-receipts">
        <h2 id="order-receipts">Receipts ({receipts.totalCount})</h2>
        <p>
          <Link href={`/receiving?code=${encodeURIComponent(number)}`}>Receive goods for {number}</Link>
        </p>
        <table>
          <thead>
            <tr>
              <th>Receipt</th>
              <th>Status</th>
              <th>Lines</th>
              <th>Posted</th>
            </tr>
          </thead>
          <tbody>
            {receipts.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.number}</td>
                <td>{statusLabel(node.status)}</td>
                <td>
                  {node.lines.map((line) => (
                    <div key={line.sku}>
                      {line.sku}: {line.acceptedQuantity} accepted
                      {line.rejectedQuantity ? `, ${line.rejectedQuantity} rejected (${line.rejectionReason})` : ''}
                    </div>
                  ))}
                </td>
                <td>{when(node.postedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="order-bills">
        <h2 id="order-bills">Bills ({supplierBills.totalCount})</h2>
        <p>
          <Link href={`/bills/new?order=${encodeURIComponent(number)}`}>Enter a bill for {number}</Link>
        </p>
        <table>
          <thead>
            <tr>
              <th>Bill</th>
              <th>Invoice</th>
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
                <td>{node.supplierInvoiceNumber}</td>
                <td>
                  {statusLabel(node.status)}
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
