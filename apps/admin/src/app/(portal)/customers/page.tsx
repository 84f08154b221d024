import { ActionForm } from '../../../components/action-form.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { addBuyer, createCompany } from './actions.ts';

export const metadata = { title: 'Customers' };
const HERE = '/customers';

const Customers = graphql(`
  query Customers_List {
    customers(first: 100) {
      totalCount
      edges {
        node {
          id
          email
          firstName
          lastName
          company {
            name
          }
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

export default async function CustomersPage() {
  const viewer = await requireViewer(HERE);
  const { customers, companies } = await gql(Customers, {}, HERE);
  const manage = can(viewer.scopes, 'orders:manage');
  const name = (first?: string | null, last?: string | null) => [first, last].filter(Boolean).join(' ') || '—';
  return (
    <>
      <h1>Customers</h1>
      <section className="card" aria-labelledby="customers">
        <h2 id="customers">Shoppers ({customers.totalCount})</h2>
        <table>
          <thead>
            <tr>
              <th>Email</th>
              <th>Name</th>
              <th>Company</th>
            </tr>
          </thead>
          <tbody>
            {customers.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.email ?? '—'}</td>
                <td>{name(node.firstName, node.lastName)}</td>
                <td>{node.company?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
                  options: customers.edges.map(({ node }) => ({ value: node.id, label: node.email ?? node.id })),
                },
              ]}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
