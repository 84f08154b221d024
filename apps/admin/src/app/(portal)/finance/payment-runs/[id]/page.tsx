import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { FinanceNav, money } from '../../nav.tsx';
import {
  cancelPaymentRun,
  postPaymentRun,
  reducePaymentRunLine,
  removePaymentRunLine,
} from '../../open-item-actions.ts';
import { FinancePaymentRun } from '../../open-item-documents.ts';
import { todayIn } from '../../shop-day.ts';

export const metadata = { title: 'Payment run' };

export default async function PaymentRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = decodeURIComponent(raw);
  const here = `/finance/payment-runs/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const data = await gql(FinancePaymentRun, { id }, here);
  const run = data.financePaymentRun;
  if (!run) notFound();
  const currency = data.financeSettings.baseCurrency;
  const actions = new Set(run.availableActions);
  const today = todayIn(viewer.tenant.timeZone);
  return (
    <>
      <h1>Payment run {run.number}</h1>
      <FinanceNav current="/finance/payment-runs" />
      <dl className="row" style={{ gap: '2rem' }}>
        <div>
          <dt>State</dt>
          <dd data-testid="run-status">{run.status.toLowerCase()}</dd>
        </div>
        <div>
          <dt>Bills due by</dt>
          <dd>{run.dueBy}</dd>
        </div>
        <div>
          <dt>Paid on</dt>
          <dd>{run.paymentDate ?? '—'}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd data-testid="run-total">{money(run.totalBaseAmount, currency)}</dd>
        </div>
      </dl>
      <table>
        <thead>
          <tr>
            <th>Supplier</th>
            <th>Document</th>
            <th>Due</th>
            <th>Open</th>
            <th>Pays</th>
            {actions.has('EDIT') ? <th>Change</th> : <th>Entry</th>}
          </tr>
        </thead>
        <tbody>
          {run.lines.map((line) => (
            <tr key={line.item.id} data-testid="run-line">
              <td>{line.supplierName}</td>
              <td>
                {line.item.documentType === 'CREDIT_NOTE' ? 'Credit note ' : 'Bill '}
                {line.item.documentNumber}
              </td>
              <td>{line.item.dueDate}</td>
              <td>{money(line.item.openAmount, line.item.currency)}</td>
              <td>{money(line.amount, line.item.currency)}</td>
              {actions.has('EDIT') ? (
                <td className="row">
                  {line.amount > 0 ? (
                    <ActionForm
                      inline
                      label={`Pay less of ${line.item.documentNumber}`}
                      idPrefix={`reduce-${line.item.id}`}
                      action={reducePaymentRunLine}
                      submit="Pay this"
                      hidden={{ runId: run.id, itemId: line.item.id }}
                      fields={[
                        {
                          name: 'amount',
                          label: 'Amount',
                          required: true,
                          defaultValue: (line.amount / 100).toFixed(2),
                        },
                      ]}
                    />
                  ) : null}
                  <ActionForm
                    inline
                    label={`Remove ${line.item.documentNumber}`}
                    idPrefix={`remove-${line.item.id}`}
                    action={removePaymentRunLine}
                    submit="Remove"
                    hidden={{ runId: run.id, itemId: line.item.id }}
                    fields={[]}
                  />
                </td>
              ) : (
                <td>
                  {line.entryId ? (
                    <Link href={`/finance/journal/${encodeURIComponent(line.entryId)}`}>Payment entry</Link>
                  ) : (
                    '—'
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {actions.has('POST') ? (
        <section className="card" aria-labelledby="post-run">
          <h2 id="post-run">Pay</h2>
          <p className="muted">One journal entry per supplier: payables debited per bill, the bank credited.</p>
          <ActionForm
            label="Post the payment run"
            idPrefix="post-run"
            action={postPaymentRun}
            submit="Post payment run"
            hidden={{ runId: run.id }}
            fields={[{ name: 'paymentDate', label: 'Payment date', type: 'date', required: true, defaultValue: today }]}
          />
        </section>
      ) : null}
      {actions.has('CANCEL') ? (
        <ActionForm
          label="Cancel the payment run"
          idPrefix="cancel-run"
          action={cancelPaymentRun}
          submit="Cancel run"
          hidden={{ runId: run.id }}
          fields={[]}
        />
      ) : null}
    </>
  );
}
