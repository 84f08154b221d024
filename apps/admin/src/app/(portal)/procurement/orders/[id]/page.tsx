import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { actorWords, plainWords } from '../../../../../lib/history-words.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { PurchaseOrderReceivingSections } from '../../../receiving/order-sections.tsx';
import { purchaseOrderAction } from '../../actions.ts';
import { PurchaseOrderDetail } from '../../documents.ts';
import { ProcurementNav } from '../../nav.tsx';

export const metadata = { title: 'Purchase order' };

const BUTTONS: Record<string, { label: string; comment?: boolean }> = {
  SUBMIT: { label: 'Submit for approval' },
  SEND: { label: 'Send to supplier' },
  CANCEL: { label: 'Cancel order', comment: true },
  CLOSE: { label: 'Close order' },
};

export default async function PurchaseOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/procurement/orders/${encodeURIComponent(decodeURIComponent(id))}`;
  const clock = clockIn((await requireViewer(here)).tenant.timeZone);
  const { purchaseOrder: order } = await gql(PurchaseOrderDetail, { id: decodeURIComponent(id) }, here);
  if (!order) notFound();
  return (
    <>
      <h1>
        Purchase order {order.number}{' '}
        <span className="pill" data-testid="po-status">
          {order.status.toLowerCase().replace('_', ' ')}
        </span>
      </h1>
      <ProcurementNav />
      <section className="card" aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <dl>
          <dt>Supplier</dt>
          <dd>
            <Link href={`/procurement/suppliers/${encodeURIComponent(order.supplier.id)}`}>{order.supplier.name}</Link>
            {order.supplier.email ? ` · ${order.supplier.email}` : ' · no email address'}
          </dd>
          <dt>Total</dt>
          <dd>
            {formatMoney(order.subtotal)} + tax {formatMoney(order.tax)} = <strong>{formatMoney(order.total)}</strong>
            {order.currency !== order.baseCurrency
              ? ` · ${formatMoney(order.baseTotal)} at ${Number(order.exchangeRate)}`
              : null}
          </dd>
          <dt>Expected</dt>
          <dd>{order.expectedAt ?? '—'}</dd>
          {order.approvedVia ? (
            <>
              <dt>Approved</dt>
              <dd>by {order.approvedVia}</dd>
            </>
          ) : null}
          {order.rejectionComment ? (
            <>
              <dt>Sent back</dt>
              <dd data-testid="po-rejection">{order.rejectionComment}</dd>
            </>
          ) : null}
          {order.notes ? (
            <>
              <dt>Notes</dt>
              <dd>{order.notes}</dd>
            </>
          ) : null}
        </dl>
        {order.status === 'SUBMITTED' ? (
          <p className="muted" data-testid="po-awaiting-approval">
            Awaiting approval: approvers decide in their <Link href="/tasks">Tasks</Link> inbox.
          </p>
        ) : null}
        <div className="row">
          {order.availableActions
            .filter((action) => BUTTONS[action])
            .map((action) => {
              const button = BUTTONS[action] as { label: string; comment?: boolean };
              return (
                <ActionForm
                  key={action}
                  label={button.label}
                  idPrefix={`po-${action.toLowerCase()}`}
                  action={purchaseOrderAction}
                  submit={button.label}
                  hidden={{ purchaseOrderId: order.id, action, version: order.version }}
                  fields={button.comment ? [{ name: 'comment', label: 'Reason' }] : []}
                />
              );
            })}
          <a href={`${here}/pdf`} target="_blank" rel="noopener">
            Print PDF
          </a>
        </div>
      </section>
      <section className="card" aria-labelledby="lines">
        <h2 id="lines">Lines</h2>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>SKU</th>
              <th>Description</th>
              <th>Warehouse</th>
              <th>Ordered</th>
              <th>Received</th>
              <th>Cancelled</th>
              <th>Open</th>
              <th>Unit cost</th>
              <th>Tax</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.position}</td>
                <td>
                  {line.sku}
                  {line.supplierSku ? <span className="muted"> ({line.supplierSku})</span> : null}
                </td>
                <td>{line.description}</td>
                <td>{line.warehouse.code}</td>
                <td>{line.quantity}</td>
                <td>{line.quantityReceived}</td>
                <td>{line.quantityCancelled}</td>
                <td>{line.quantityOpen}</td>
                <td>{formatMoney(line.unitCost)}</td>
                <td>{line.taxRate} %</td>
                <td>{formatMoney(line.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <PurchaseOrderReceivingSections purchaseOrderId={order.id} number={order.number} returnTo={here} />
      <section className="card" aria-labelledby="history">
        <h2 id="history">History</h2>
        <ol>
          {order.history.map((entry) => (
            <li key={entry.version}>
              <strong>{plainWords(entry.action)}</strong> by {actorWords(entry.actorKind)} ·{' '}
              {clock.dateTime(entry.occurredAt)}
              {entry.comment ? ` — ${entry.comment}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
