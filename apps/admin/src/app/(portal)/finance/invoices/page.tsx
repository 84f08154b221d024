import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { updateInvoiceSettings } from '../actions.ts';
import { FinanceInvoices } from '../documents.ts';
import { dateParam, FinanceNav, money } from '../nav.tsx';

export const metadata = { title: 'Invoices' };

const HERE = '/finance/invoices';
const KINDS = ['INVOICE', 'CREDIT_NOTE'] as const;

export default async function InvoicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const viewer = await requireViewer(HERE);
  const kind = KINDS.find((value) => value === params.kind) ?? null;
  const filter = {
    kind,
    customerEmail: params.email || null,
    orderId: params.order || null,
    from: dateParam(params.from),
    to: dateParam(params.to),
  };
  const keep = new URLSearchParams(
    Object.entries({
      kind,
      email: filter.customerEmail,
      order: filter.orderId,
      from: filter.from,
      to: filter.to,
    }).filter(([, value]) => value) as [string, string][],
  );
  const data = await gql(FinanceInvoices, { filter, after: params.after ?? null }, `${HERE}?${keep}`);
  const invoices = data.financeInvoices;
  const settings = data.financeInvoiceSettings;
  return (
    <>
      <h1>Invoices</h1>
      <FinanceNav current={HERE} />
      <form method="get" className="row" aria-label="Filter the invoices">
        <div>
          <label htmlFor="kind">Kind</label>
          <select id="kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">Any</option>
            <option value="INVOICE">Invoices</option>
            <option value="CREDIT_NOTE">Credit notes</option>
          </select>
        </div>
        <div>
          <label htmlFor="email">Customer email</label>
          <input id="email" name="email" type="email" defaultValue={filter.customerEmail ?? ''} />
        </div>
        <div>
          <label htmlFor="from">Issued from</label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div>
          <label htmlFor="to">to</label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        {filter.orderId ? <input type="hidden" name="order" value={filter.orderId} /> : null}
        <button type="submit">Filter</button>
      </form>
      <p className="muted">
        {invoices.totalCount} documents · issued on{' '}
        {settings.invoiceTrigger === 'CAPTURE' ? 'capture' : 'first shipment'}
      </p>
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>Issued</th>
            <th>Order</th>
            <th>Customer</th>
            <th>Total</th>
            <th>Left to credit</th>
          </tr>
        </thead>
        <tbody>
          {invoices.edges.map(({ node }) => (
            <tr key={node.id} data-testid="invoice-row">
              <td>
                <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>{node.number}</Link>
                {node.kind === 'CREDIT_NOTE' ? (
                  <span className="muted"> · credits {node.creditedInvoiceNumber}</span>
                ) : null}
              </td>
              <td>{node.issueDate}</td>
              <td>{node.orderDisplayNumber}</td>
              <td>
                {node.buyer.name} <span className="muted">{node.buyer.email}</span>
              </td>
              <td>{money(node.kind === 'CREDIT_NOTE' ? -node.totalAmount : node.totalAmount, node.currency)}</td>
              <td>{node.kind === 'INVOICE' ? money(node.remainingAmount, node.currency) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invoices.pageInfo.hasNextPage && invoices.pageInfo.endCursor ? (
        <Link href={`${HERE}?${new URLSearchParams([...keep, ['after', invoices.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
      {can(viewer.scopes, 'finance:manage') ? (
        <section className="card" aria-labelledby="invoice-settings">
          <h2 id="invoice-settings">Invoice settings</h2>
          <p className="muted">
            Seller name: {settings.sellerName || '(the store name, once set in Settings)'} · dates in{' '}
            {settings.timeZone ?? 'UTC'}. Issued invoices keep what they said.
          </p>
          <ActionForm
            label="Invoice settings"
            idPrefix="invoice-settings"
            action={updateInvoiceSettings}
            submit="Save invoice settings"
            fields={[
              {
                name: 'invoiceTrigger',
                label: 'Issue invoices',
                defaultValue: settings.invoiceTrigger,
                options: [
                  { value: 'CAPTURE', label: 'when the payment is captured' },
                  { value: 'SHIPMENT', label: 'at the first shipment' },
                ],
              },
              { name: 'sellerLegalName', label: 'Legal name', defaultValue: settings.sellerLegalName },
              { name: 'sellerAddress', label: 'Address', defaultValue: settings.sellerAddress },
              { name: 'sellerTaxId', label: 'Tax ID', defaultValue: settings.sellerTaxId },
              {
                name: 'paymentTermsDays',
                label: 'Payment terms (days)',
                type: 'number',
                defaultValue: settings.paymentTermsDays,
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
