import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { AgingTable, csvLink } from '../aging-table.tsx';
import { dateParam, FinanceNav, money } from '../nav.tsx';
import { recordReceipt } from '../open-item-actions.ts';
import { FinanceReceivables } from '../open-item-documents.ts';
import { todayIn } from '../shop-day.ts';

export const metadata = { title: 'Receivables' };

const HERE = '/finance/receivables';

export default async function ReceivablesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer(HERE);
  const params = await searchParams;
  const today = todayIn(viewer.tenant.timeZone);
  const asOf = dateParam(params.asOf) ?? today;
  const partyId = params.customer || null;
  const data = await gql(
    FinanceReceivables,
    { asOf, partyId },
    `${HERE}?asOf=${asOf}${partyId ? `&customer=${encodeURIComponent(partyId)}` : ''}`,
  );
  const aging = data.financeReceivablesAging;
  const currency = aging.baseCurrency;
  const write = can(viewer.scopes, 'finance:write');
  const items = data.financeOpenItems;
  const customer = partyId ? aging.rows.find((row) => row.partyId === partyId) : null;
  return (
    <>
      <h1>Receivables</h1>
      <FinanceNav current={HERE} />
      <form method="get" className="row" aria-label="Aging date">
        <div>
          <label htmlFor="asOf">As of</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf} />
        </div>
        <button type="submit">Show</button>
        <a href={csvLink(data.agingCsv)} download={`receivables-aging-${asOf}.csv`}>
          Download CSV
        </a>
      </form>
      <p className="muted">
        What customers owe by days past due. An order falls due after the customer payment terms; a capture or a bank
        receipt settles it, a refund opens it again.
      </p>
      <AgingTable
        label="Receivables aging"
        party="Customer"
        rows={aging.rows}
        totals={aging.totals}
        currency={currency}
        drill={(id) => `${HERE}?asOf=${asOf}&customer=${encodeURIComponent(id)}`}
      />

      <section className="card" aria-labelledby="open-orders">
        <h2 id="open-orders">
          Open orders{customer ? ` of ${customer.partyName || customer.partyEmail}` : ''} ({items.totalCount})
        </h2>
        {partyId ? <Link href={`${HERE}?asOf=${asOf}`}>All customers</Link> : null}
        <table>
          <thead>
            <tr>
              <th>Order</th>
              <th>Customer</th>
              <th>Placed</th>
              <th>Due</th>
              <th>Days late</th>
              <th>Amount</th>
              <th>Open</th>
              {write ? <th>Bank receipt</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.edges.map(({ node }) => (
              <tr key={node.id} data-testid="open-receivable">
                <td>#{node.documentNumber}</td>
                <td>{node.partyName || node.partyEmail}</td>
                <td>{node.documentDate}</td>
                <td>{node.dueDate}</td>
                <td>{node.daysPastDue && node.daysPastDue > 0 ? node.daysPastDue : '—'}</td>
                <td>{money(node.amount, node.currency)}</td>
                <td>{money(node.openBaseAmount, currency)}</td>
                {write ? (
                  <td>
                    {node.openBaseAmount > 0 ? (
                      <ActionForm
                        inline
                        label={`Record a bank receipt for order #${node.documentNumber}`}
                        idPrefix={`receipt-${node.documentNumber}`}
                        action={recordReceipt}
                        submit="Record"
                        hidden={{
                          itemId: node.id,
                          customerId: node.partyId ?? '',
                          idempotencyKey: randomUUID(),
                        }}
                        fields={[
                          {
                            name: 'amount',
                            label: 'Amount',
                            required: true,
                            defaultValue: (node.openBaseAmount / 100).toFixed(2),
                          },
                          {
                            name: 'receivedOn',
                            label: 'Received on',
                            type: 'date',
                            required: true,
                            defaultValue: today,
                          },
                          { name: 'reference', label: 'Reference', placeholder: 'Bank reference' },
                        ]}
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
