import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { FinanceNav, money } from '../nav.tsx';
import { createPaymentRun } from '../open-item-actions.ts';
import { FinancePaymentRuns } from '../open-item-documents.ts';
import { todayIn } from '../shop-day.ts';

export const metadata = { title: 'Payment runs' };

const HERE = '/finance/payment-runs';

export default async function PaymentRunsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer(HERE);
  const params = await searchParams;
  const today = todayIn(viewer.tenant.timeZone);
  const data = await gql(FinancePaymentRuns, { after: params.after ?? null, asOf: today }, HERE);
  const runs = data.financePaymentRuns;
  const currency = data.financeSettings.baseCurrency;
  const suppliers = data.financePayablesAging.rows.filter((row) => row.partyId && row.total > 0);
  return (
    <>
      <h1>Payment runs</h1>
      <FinanceNav current={HERE} />
      {can(viewer.scopes, 'finance:write') ? (
        <section className="card" aria-labelledby="new-run">
          <h2 id="new-run">New payment run</h2>
          <p className="muted">
            Selects every open bill due by the date (with the supplier&apos;s open credit notes set against them) into a
            draft you can review before it is posted.
          </p>
          <ActionForm
            label="New payment run"
            idPrefix="new-run"
            action={createPaymentRun}
            submit="Create draft"
            fields={[
              { name: 'dueBy', label: 'Bills due by', type: 'date', required: true, defaultValue: today },
              {
                name: 'supplierId',
                label: 'Supplier',
                defaultValue: params.supplier ?? '',
                options: [
                  { value: '', label: 'Every supplier' },
                  ...suppliers.map((row) => ({ value: row.partyId as string, label: row.partyName })),
                ],
              },
            ]}
          />
        </section>
      ) : null}
      <p className="muted">{runs.totalCount} runs</p>
      <table>
        <thead>
          <tr>
            <th>Run</th>
            <th>State</th>
            <th>Due by</th>
            <th>Paid on</th>
            <th>Suppliers</th>
            <th>Documents</th>
            <th>Total</th>
          </tr>
        </thead>
        <tbody>
          {runs.edges.map(({ node }) => (
            <tr key={node.id} data-testid="payment-run">
              <td>
                <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>Run {node.number}</Link>
              </td>
              <td>{node.status.toLowerCase()}</td>
              <td>{node.dueBy}</td>
              <td>{node.paymentDate ?? '—'}</td>
              <td>{node.supplierCount}</td>
              <td>{node.lineCount}</td>
              <td>{money(node.totalBaseAmount, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.pageInfo.hasNextPage && runs.pageInfo.endCursor ? (
        <Link href={`${HERE}?after=${encodeURIComponent(runs.pageInfo.endCursor)}`}>Next page →</Link>
      ) : null}
    </>
  );
}
