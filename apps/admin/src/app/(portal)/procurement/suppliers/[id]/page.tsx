import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { CustomFieldsPanel } from '../../../../../components/custom-fields-panel.tsx';
import { formLayoutOf } from '../../../../../components/ui-schema/form-layout.ts';
import { customFieldsOnForm } from '../../../../../lib/custom-fields.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import {
  addSupplierContact,
  removeSupplierContact,
  removeSupplierItem,
  saveSupplierCustomFields,
  setSupplierItem,
} from '../../actions.ts';
import { SupplierDetail } from '../../documents.ts';
import { ProcurementNav } from '../../nav.tsx';

export const metadata = { title: 'Supplier' };

export default async function SupplierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/procurement/suppliers/${encodeURIComponent(decodeURIComponent(id))}`;
  const viewer = await requireViewer(here);
  const { supplier, supplierCustomFieldDefinitions } = await gql(SupplierDetail, { id: decodeURIComponent(id) }, here);
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
      </section>
      <section className="card" aria-labelledby="contacts">
        <h2 id="contacts">Contacts ({supplier.contacts.length})</h2>
        {supplier.contacts.length ? (
          <ul aria-label="Contacts">
            {supplier.contacts.map((contact) => (
              <li key={contact.id} className="row">
                <span>
                  {contact.name}
                  {contact.role ? ` (${contact.role})` : ''}
                  {contact.email ? ` · ${contact.email}` : ''}
                  {contact.phone ? ` · ${contact.phone}` : ''}
                </span>
                <ActionForm
                  inline
                  label={`Remove the contact ${contact.name}`}
                  idPrefix={`contact-${contact.id}`}
                  action={removeSupplierContact}
                  submit="Remove"
                  hidden={{ supplierId: supplier.id, contactId: contact.id }}
                  fields={[]}
                />
              </li>
            ))}
          </ul>
        ) : null}
        <ActionForm
          label="Add a contact"
          idPrefix="new-contact"
          action={addSupplierContact}
          submit="Add contact"
          hidden={{ supplierId: supplier.id }}
          fields={[
            { name: 'name', label: 'Name', required: true },
            { name: 'role', label: 'Role' },
            { name: 'email', label: 'Email', type: 'email' },
            { name: 'phone', label: 'Phone', type: 'tel' },
          ]}
        />
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
              <th />
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
                <td>
                  <ActionForm
                    inline
                    label={`Remove the item ${item.variant.sku}`}
                    idPrefix={`item-${item.id}`}
                    action={removeSupplierItem}
                    submit="Remove"
                    hidden={{ supplierId: supplier.id, supplierItemId: item.id }}
                    fields={[]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ActionForm
          label="Add or change an item"
          idPrefix="item"
          action={setSupplierItem}
          submit="Save item"
          hidden={{ supplierId: supplier.id, currency: supplier.currency }}
          fields={[
            { name: 'sku', label: 'Our SKU', required: true, path: 'items.0.variantId' },
            { name: 'supplierSku', label: 'Supplier SKU', path: 'items.0.supplierSku' },
            { name: 'unitCost', label: `Unit cost (${supplier.currency})`, required: true, path: 'items.0.unitCost' },
            {
              name: 'minimumOrderQuantity',
              label: 'Minimum order quantity',
              type: 'number',
              defaultValue: 1,
              path: 'items.0.minimumOrderQuantity',
            },
            { name: 'packSize', label: 'Pack size', type: 'number', defaultValue: 1, path: 'items.0.packSize' },
            {
              name: 'leadTimeDays',
              label: 'Lead time (days, blank: the supplier’s)',
              type: 'number',
              path: 'items.0.leadTimeDays',
            },
            {
              name: 'preferred',
              label: 'Preferred supplier for this variant',
              options: [
                { value: 'no', label: 'unchanged' },
                { value: 'yes', label: 'yes, prefer this supplier' },
              ],
            },
          ]}
        />
      </section>
      <CustomFieldsPanel
        fields={customFieldsOnForm(supplierCustomFieldDefinitions, supplier.customFields)}
        entity="suppliers"
        write
        action={saveSupplierCustomFields}
        hidden={{ supplierId: supplier.id, version: supplier.version }}
        layout={await formLayoutOf('SUPPLIER_FORM', viewer, here)}
      />
    </>
  );
}
