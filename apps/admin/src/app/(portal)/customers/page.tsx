import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { CustomFieldFilterInputs } from '../../../components/custom-field-filter.tsx';
import { graphql } from '../../../generated/gql.ts';
import { customFieldFilterOf } from '../../../lib/custom-fields.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { addBuyer, createCompany } from './actions.ts';
import { type CustomerListRow, CustomersTable } from './customers-table.tsx';

export const metadata = { title: 'Customers' };
const HERE = '/customers';

/** The customer fields the list's filter offers. */
const CustomerFieldsForFilter = graphql(`
  query Customers_CustomFields {
    customerCustomFieldDefinitions {
      key
      label
      type
      validation {
        values
      }
    }
  }
`);

const Customers = graphql(`
  query Customers_List($filter: CustomerFilter) {
    customers(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          orderCount
          lastOrderAt
          company {
            name
          }
        }
      }
    }
    guestCustomers(first: 50) {
      totalCount
      edges {
        node {
          email
          name
          orderCount
          lastOrderAt
        }
      }
    }
    companies(first: 100) {
      edges {
        node {
          id
          name
          customerGroup
          buyers {
            id
            email
          }
        }
      }
    }
  }
`);

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [viewer, params, { customerCustomFieldDefinitions: fields }] = await Promise.all([
    requireViewer(HERE),
    searchParams,
    gql(CustomerFieldsForFilter, {}, HERE),
  ]);
  const byField = customFieldFilterOf(fields, params);
  const { customers, companies, guestCustomers } = await gql(
    Customers,
    { filter: byField.filter ? { customFields: byField.filter } : null },
    byField.filter ? `${HERE}?${new URLSearchParams({ cf: byField.key, cfv: byField.value })}` : HERE,
  );
  const manage = can(viewer.scopes, 'orders:manage');
  const when = clockIn(viewer.tenant.timeZone).dateTime;
  const accounts: CustomerListRow[] = customers.edges.map(({ node }) => ({
    key: node.id,
    href: `/customers/${encodeURIComponent(node.id)}`,
    name: node.displayName ?? '',
    email: node.email ?? '',
    company: node.company?.name ?? null,
    orders: node.orderCount,
    lastOrder: when(node.lastOrderAt),
  }));
  const guests: CustomerListRow[] = guestCustomers.edges.map(({ node }) => ({
    key: node.email,
    href: `/orders?customer=${encodeURIComponent(node.email)}`,
    name: node.name ?? '',
    email: node.email,
    company: null,
    orders: node.orderCount,
    lastOrder: when(node.lastOrderAt),
  }));
  return (
    <>
      <h1>Customers</h1>
      <section className="card" aria-labelledby="customers">
        <h2 id="customers">Shoppers ({customers.totalCount})</h2>
        {fields.length > 0 ? (
          <search>
            <form method="get" className="row list-search" aria-label="Filter shoppers">
              <CustomFieldFilterInputs definitions={fields} selected={byField} />
              <button type="submit">Filter</button>
              {byField.filter ? <Link href={HERE}>Show all</Link> : null}
            </form>
          </search>
        ) : null}
        <CustomersTable
          caption="Shoppers with an account"
          rows={accounts}
          empty={
            byField.filter
              ? 'No shopper has this value in this field.'
              : 'No shopper has an account yet. They create one on the storefront, or at checkout.'
          }
        />
      </section>
      <section className="card" aria-labelledby="guests">
        <h2 id="guests">Guests ({guestCustomers.totalCount})</h2>
        <p className="muted">Shoppers who checked out without an account, by email; a name opens their orders.</p>
        <CustomersTable caption="Guests" rows={guests} empty="No guest checkouts yet." />
      </section>
      <section className="card" aria-labelledby="companies">
        <h2 id="companies">B2B companies</h2>
        <table>
          <thead>
            <tr>
              <th>Company</th>
              <th>Price group</th>
              <th>Buyers</th>
            </tr>
          </thead>
          <tbody>
            {companies.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.name}</td>
                <td>{node.customerGroup}</td>
                <td>{node.buyers.map((buyer) => buyer.email ?? buyer.id).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {manage ? (
          <>
            <h2>New company</h2>
            <ActionForm
              label="New company"
              action={createCompany}
              submit="Create company"
              fields={[
                { name: 'name', label: 'Name', required: true },
                {
                  name: 'customerGroup',
                  label: 'Price group (a catalog customer group, e.g. wholesale)',
                  required: true,
                },
              ]}
            />
            <h2>Add a buyer</h2>
            <ActionForm
              label="Add a buyer"
              action={addBuyer}
              submit="Add buyer"
              fields={[
                {
                  name: 'companyId',
                  label: 'Company',
                  options: companies.edges.map(({ node }) => ({ value: node.id, label: node.name })),
                },
                {
                  name: 'customerId',
                  label: 'Shopper',
                  options: customers.edges.map(({ node }) => ({
                    value: node.id,
                    label: node.displayName
                      ? `${node.displayName} <${node.email ?? node.id}>`
                      : (node.email ?? node.id),
                  })),
                },
              ]}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
