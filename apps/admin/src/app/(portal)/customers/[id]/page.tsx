import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CustomFieldsPanel } from '../../../../components/custom-fields-panel.tsx';
import { formLayoutOf } from '../../../../components/ui-schema/form-layout.ts';
import { ExtensionPanels } from '../../../../components/ui-schema/panels.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { customFieldsOnForm } from '../../../../lib/custom-fields.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { saveCustomerCustomFields } from '../actions.ts';

export const metadata = { title: 'Customer' };

const CustomerDetail = graphql(`
  query CustomerDetail_Customer($id: ID!) {
    node(id: $id) {
      ... on Customer {
        id
        email
        firstName
        lastName
        version
        displayName
        customFields {
          key
          value
        }
        orderCount
        createdAt
        company {
          name
        }
        addresses {
          id
          name
          line1
          line2
          postalCode
          city
          country
          phone
        }
      }
    }
    customerCustomFieldDefinitions {
      key
      label
      type
      required
      validation {
        values
      }
    }
    orders(filter: { customerId: $id }, first: 25) {
      totalCount
      edges {
        node {
          id
          displayNumber
          createdAt
          status
          total {
            amount
            currency
            fractionDigits
          }
        }
      }
    }
  }
`);

/** One shopper with an account: who they are, where they ship, what they ordered. */
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/customers/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const clock = clockIn(viewer.tenant.timeZone);
  const data = await gql(CustomerDetail, { id: decodeURIComponent(id) }, here);
  const customer = data.node && 'email' in data.node ? data.node : null;
  if (!customer) notFound();
  const name = customer.displayName ?? customer.email ?? 'Customer';
  return (
    <>
      <p>
        <Link href="/customers">← Customers</Link>
      </p>
      <h1>{name}</h1>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{customer.email ?? '—'}</dd>
        <dt>Company</dt>
        <dd>{customer.company?.name ?? '—'}</dd>
        <dt>Customer since</dt>
        <dd>{clock.dateTime(customer.createdAt)}</dd>
        <dt>Orders</dt>
        <dd>{customer.orderCount}</dd>
      </dl>
      <section className="card" aria-labelledby="addresses">
        <h2 id="addresses">Saved addresses</h2>
        {customer.addresses.length ? (
          <ul className="plain">
            {customer.addresses.map((address) => (
              <li key={address.id ?? `${address.line1}-${address.postalCode}`}>
                <address>
                  {address.name}
                  <br />
                  {address.line1}
                  {address.line2 ? `, ${address.line2}` : ''}
                  <br />
                  {address.postalCode} {address.city}, {address.country}
                  {address.phone ? (
                    <>
                      <br />
                      {address.phone}
                    </>
                  ) : null}
                </address>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No saved addresses: the shopper saves them in their account or at checkout.</p>
        )}
      </section>
      <section className="card" aria-labelledby="orders">
        <h2 id="orders">Orders ({data.orders.totalCount})</h2>
        {data.orders.edges.length ? (
          <table aria-labelledby="orders">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Placed</th>
                <th scope="col">Status</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {data.orders.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link href={`/orders/${encodeURIComponent(node.id)}`}>{node.displayNumber}</Link>
                  </td>
                  <td>{clock.dateTime(node.createdAt)}</td>
                  <td>
                    <span className="pill">{node.status.toLowerCase().replaceAll('_', ' ')}</span>
                  </td>
                  <td>{formatMoney(node.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No orders yet.</p>
        )}
        {data.orders.totalCount > data.orders.edges.length ? (
          <p>
            <Link href={`/orders?customer=${encodeURIComponent(customer.email ?? '')}`}>All their orders →</Link>
          </p>
        ) : null}
      </section>
      <CustomFieldsPanel
        fields={customFieldsOnForm(data.customerCustomFieldDefinitions, customer.customFields)}
        entity="customers"
        write={can(viewer.scopes, 'orders:manage')}
        action={saveCustomerCustomFields}
        hidden={{ customerId: customer.id, version: customer.version }}
        layout={await formLayoutOf('CUSTOMER_FORM', viewer, here)}
      />
      <ExtensionPanels
        point="CUSTOMER_PANEL"
        viewer={viewer}
        host={{ data: { customer }, id: customer.id, returnTo: here }}
      />
    </>
  );
}
