import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { issueCreditNote } from '../../actions.ts';
import { FinanceInvoice } from '../../documents.ts';
import { FinanceNav, money } from '../../nav.tsx';

export const metadata = { title: 'Invoice' };

const percent = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)} %`;

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invoiceId = decodeURIComponent(id);
  const here = `/finance/invoices/${encodeURIComponent(invoiceId)}`;
  const viewer = await requireViewer(here);
  const data = await gql(FinanceInvoice, { id: invoiceId }, here);
  const invoice = data.financeInvoice;
  if (!invoice) notFound();
  const amount = (value: number) => money(value, invoice.currency);
  const title = invoice.kind === 'INVOICE' ? 'Invoice' : 'Credit note';
  const address = invoice.buyer.address;
  return (
    <>
      <h1>
        {title} <span data-testid="invoice-number">{invoice.number}</span>
      </h1>
      <FinanceNav current="/finance/invoices" />
      <p>
        <a href={`${here}/pdf`} data-testid="invoice-pdf">
          Download PDF
        </a>
      </p>
      <section className="card" aria-labelledby="document">
        <h2 id="document">
          Order {invoice.orderDisplayNumber} · <span data-testid="invoice-total">{amount(invoice.totalAmount)}</span>
        </h2>
        <dl>
          <dt>Issued</dt>
          <dd>{invoice.issueDate}</dd>
          {invoice.kind === 'INVOICE' ? (
            <>
              <dt>Due</dt>
              <dd>{invoice.dueDate}</dd>
            </>
          ) : null}
          {invoice.creditedInvoiceId ? (
            <>
              <dt>Credits</dt>
              <dd>
                <Link href={`/finance/invoices/${encodeURIComponent(invoice.creditedInvoiceId)}`}>
                  {invoice.creditedInvoiceNumber}
                </Link>
                {invoice.reason ? ` — ${invoice.reason}` : null}
              </dd>
            </>
          ) : null}
          <dt>Seller</dt>
          <dd>
            {invoice.seller.legalName || invoice.seller.name}
            {invoice.seller.address ? `, ${invoice.seller.address}` : null}
            {invoice.seller.taxId ? ` · tax ID ${invoice.seller.taxId}` : null}
          </dd>
          <dt>Buyer</dt>
          <dd>
            {invoice.buyer.name} {invoice.buyer.email}
            {invoice.buyer.taxId ? ` · tax ID ${invoice.buyer.taxId}` : null}
            {address
              ? ` · ${[address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country]
                  .filter(Boolean)
                  .join(', ')}`
              : null}
          </dd>
        </dl>
        <table>
          <thead>
            <tr>
              <th>SKU</th>
              <th>Item</th>
              <th>Quantity</th>
              <th>Unit price</th>
              <th>Tax</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.lineNo} data-testid="invoice-line">
                <td>{line.sku}</td>
                <td>{line.title}</td>
                <td>{line.quantity}</td>
                <td>{amount(line.unitAmount)}</td>
                <td>{percent(line.taxRateBps)}</td>
                <td>{amount(line.lineAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label="Totals">
          <tbody>
            <tr>
              <th>Subtotal</th>
              <td>{amount(invoice.subtotalAmount)}</td>
            </tr>
            {invoice.discountAmount ? (
              <tr>
                <th>Discount</th>
                <td>{amount(-invoice.discountAmount)}</td>
              </tr>
            ) : null}
            {invoice.shippingAmount ? (
              <tr>
                <th>Shipping</th>
                <td>{amount(invoice.shippingAmount)}</td>
              </tr>
            ) : null}
            {invoice.taxBreakdown.map((rate) => (
              <tr key={`${rate.name}-${rate.rateBps}`} data-testid="invoice-tax-rate">
                <th>
                  {rate.name ?? `Tax ${percent(rate.rateBps)}`} on {amount(rate.baseAmount)}
                </th>
                <td>{amount(rate.taxAmount)}</td>
              </tr>
            ))}
            <tr>
              <th>Total</th>
              <td>
                <strong>{amount(invoice.totalAmount)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
        {invoice.taxNote ? <p data-testid="invoice-tax-note">{invoice.taxNote}</p> : null}
      </section>
      {invoice.kind === 'INVOICE' ? (
        <section className="card" aria-labelledby="credit-notes">
          <h2 id="credit-notes">Credit notes</h2>
          <p className="muted">
            Credited {amount(invoice.creditedAmount)}; {amount(invoice.remainingAmount)} left to credit.
          </p>
          {invoice.creditNotes.length ? (
            <ul>
              {invoice.creditNotes.map((note) => (
                <li key={note.id} data-testid="credit-note">
                  <Link href={`/finance/invoices/${encodeURIComponent(note.id)}`}>{note.number}</Link> ·{' '}
                  {note.issueDate} · {amount(note.totalAmount)}
                  {note.reason ? ` · ${note.reason}` : null}
                </li>
              ))}
            </ul>
          ) : null}
          {can(viewer.scopes, 'finance:write') && invoice.remainingAmount > 0 ? (
            <ActionForm
              label="Issue credit note"
              idPrefix="credit-note"
              action={issueCreditNote}
              submit="Issue credit note"
              hidden={{ invoiceId: invoice.id }}
              fields={[
                { name: 'amount', label: `Amount (gross, ${invoice.currency})`, required: true, placeholder: '12.50' },
                { name: 'reason', label: 'Reason', required: true },
              ]}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
