import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { gql } from '../../../../../lib/gateway.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { SupplierDetail } from '../../documents.ts';
import { ProcurementNav } from '../../nav.tsx';

export const metadata = { title: 'Supplier' };

export default async function SupplierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/procurement/suppliers/${encodeURIComponent(decodeURIComponent(id))}`;
  await requireViewer(here);
  const { supplier } = await gql(SupplierDetail, { id: decodeURIComponent(id) }, here);
  if (!supplier) notFound();
  return (
    <>
      <h1>
        {supplier.name} <span className="muted">{supplier.code}</span>
      </h1>
      <ProcurementNav />
      <section className="card" aria-labelledby="terms">
        <h2 id="terms">Terms</h2>
        <dl>
          <dt>Currency</dt>
          <dd>{supplier.currency}</dd>
          <dt>Payment terms</dt>
          <dd>
            net {supplier.paymentTermsDays} days
            {supplier.earlyPaymentDiscountPercent > 0
              ? `, ${supplier.earlyPaymentDiscountPercent} % if paid within ${supplier.earlyPaymentDiscountDays} days`
              : ''}
          </dd>
          <dt>Lead time</dt>
          <dd>{supplier.leadTimeDays} days</dd>
          <dt>Email</dt>
          <dd>{supplier.email ?? '—'}</dd>
          {supplier.taxId ? (
            <>
              <dt>Tax id</dt>
              <dd>{supplier.taxId}</dd>
            </>
          ) : null}
          {supplier.address ? (
            <>
              <dt>Address</dt>
              <dd>{supplier.address}</dd>
            </>
          ) : null}
        </dl>
        {supplier.contacts.length ? (
          <ul aria-label="Contacts">
            {supplier.contacts.map((contact) => (
              <li key={contact.id}>
                {contact.name}
                {contact.role ? ` (${contact.role})` : ''}
                {contact.email ? ` · ${contact.email}` : ''}
                {contact.phone ? ` · ${contact.phone}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card" aria-labelledby="open-orders">
        <h2 id="open-orders">Open purchase orders ({supplier.openPurchaseOrders.length})</h2>
        <ul>
          {supplier.openPurchaseOrders.map((order) => (
            <li key={order.id}>
              <Link href={`/procurement/orders/${encodeURIComponent(order.id)}`}>{order.number}</Link> ·{' '}
              {order.status.toLowerCase().replace('_', ' ')} · {formatMoney(order.total)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="items">
        <h2 id="items">Items ({supplier.items.length})</h2>
        <table>
          <thead>
            <tr>
              <th>SKU</th>
              <th>Variant</th>
              <th>Supplier SKU</th>
              <th>Unit cost</th>
              <th>Minimum</th>
              <th>Pack</th>
              <th>Lead time</th>
              <th>Preferred</th>
            </tr>
          </thead>
          <tbody>
            {supplier.items.map((item) => (
              <tr key={item.id}>
                <td>{item.variant.sku}</td>
                <td>{item.variant.title}</td>
                <td>{item.supplierSku ?? '—'}</td>
                <td>{formatMoney(item.unitCost)}</td>
                <td>{item.minimumOrderQuantity}</td>
                <td>{item.packSize}</td>
                <td>{item.leadTimeDays ?? supplier.leadTimeDays} days</td>
                <td>{item.preferred ? <span className="pill">preferred</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
