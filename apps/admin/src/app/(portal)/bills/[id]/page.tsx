import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { cancelBill, releaseBill } from '../actions.ts';
import { BillDetail } from '../documents.ts';
import { amount, statusLabel } from '../format.ts';

export const metadata = { title: 'Supplier bill' };

export default async function BillPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/bills/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  const { supplierBill: bill } = await gql(BillDetail, { id }, here);
  if (!bill) notFound();
  const mayRelease = can(viewer.scopes, 'procurement:approve');
  return (
    <>
      <p>
        <Link href="/bills">← Supplier bills</Link>
      </p>
      <h1>
        {bill.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Bill'} {bill.number}
      </h1>
      <p>
        <span className={bill.status === 'HELD' ? 'pill low' : 'pill'} data-testid="bill-status">
          {statusLabel(bill.status)}
        </span>{' '}
        {bill.supplierName} · invoice {bill.supplierInvoiceNumber} · dated {bill.billDate} · due {bill.dueDate}
        {bill.purchaseOrderId ? (
          <>
            {' '}
            · order{' '}
            <Link href={`/procurement/orders/${encodeURIComponent(bill.purchaseOrderId)}`}>
              {bill.purchaseOrderNumber}
            </Link>
          </>
        ) : null}
      </p>
      {bill.holdReasons.length ? (
        <div className="alert" role="status" aria-label="Hold reasons">
          <p>
            <strong>Held by the three-way match:</strong>
          </p>
          <ul>
            {bill.holdReasons.map((reason) => (
              <li key={`${reason.billLineId}-${reason.code}`}>
                {reason.code.toLowerCase().replaceAll('_', ' ')}: {reason.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {bill.releaseComment ? (
        <p>
          Released {when(bill.releasedAt)}: “{bill.releaseComment}”
        </p>
      ) : null}
      <section className="card" aria-labelledby="lines">
        <h2 id="lines">Lines</h2>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>Item</th>
              <th>Quantity</th>
              <th>Unit price</th>
              <th>Ordered at</th>
              <th>Amount</th>
              <th>Match</th>
            </tr>
          </thead>
          <tbody>
            {bill.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.position}</td>
                <td>
                  {line.sku ? <strong>{line.sku}</strong> : null} {line.description}
                </td>
                <td>{line.quantity}</td>
                <td>{amount(line.unitPrice, bill.currency)}</td>
                <td>{amount(line.orderedUnitCost, bill.currency)}</td>
                <td>{amount(line.amount, bill.currency)}</td>
                <td data-testid="match-status">
                  {line.matchStatus.toLowerCase().replace('_', ' ')}
                  {line.matchReasons.map((reason) => (
                    <div key={reason.code} className="muted">
                      {reason.message}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={5}>
                Tax {amount(bill.taxAmount, bill.currency)} · freight {amount(bill.freightAmount, bill.currency)}
              </td>
              <td colSpan={2}>
                <strong>{amount(bill.totalAmount, bill.currency)}</strong> (
                {amount(bill.baseTotalAmount, bill.baseCurrency)} at {Number(bill.exchangeRate)})
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      {bill.status === 'HELD' ? (
        <section className="card" aria-labelledby="decide">
          <h2 id="decide">Decide</h2>
          {mayRelease ? (
            <ActionForm
              label="Release the bill"
              idPrefix="release"
              action={releaseBill}
              submit="Release and post"
              hidden={{ billId: bill.id, version: bill.version }}
              fields={[{ name: 'comment', label: 'Why it may be paid as billed (recorded)', required: true }]}
            />
          ) : (
            <p className="muted">Releasing a held bill needs the procurement:approve permission.</p>
          )}
          <ActionForm
            label="Cancel the bill"
            idPrefix="cancel"
            action={cancelBill}
            submit="Cancel bill"
            hidden={{ billId: bill.id }}
            fields={[]}
            inline
          />
        </section>
      ) : null}
    </>
  );
}
