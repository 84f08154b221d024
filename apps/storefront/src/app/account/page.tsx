import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { graphql } from '../../generated/gql.ts';
import { gql } from '../../lib/gateway.ts';
import { signOut } from './actions.ts';
import { MyOrders } from './orders/documents.ts';

export const metadata = { title: 'Your account' };

const Me = graphql(`
  query AccountPage_Me {
    viewer {
      kind
      customer {
        id
        email
        name
      }
    }
  }
`);

export default async function AccountPage() {
  const [{ viewer }, { myOrders }] = await Promise.all([
    gql(Me, {}, { as: 'shopper', returnTo: '/account' }),
    gql(MyOrders, { first: 20 }, { as: 'shopper', returnTo: '/account' }),
  ]);
  return (
    <>
      <h1>Hello{viewer.customer?.name ? `, ${viewer.customer.name}` : ''}</h1>
      <p>Signed in as {viewer.customer?.email}</p>
      <section aria-labelledby="orders">
        <h2 id="orders">Your orders</h2>
        {myOrders.edges.length === 0 ? <p className="muted">No orders yet.</p> : null}
        <ul>
          {myOrders.edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/account/orders/${encodeURIComponent(node.id)}`}>
                {node.displayNumber} · {new Date(node.createdAt).toLocaleDateString('en-GB')} —{' '}
                {formatMoney(node.total)}
              </Link>{' '}
              · <span data-testid="account-order-status">{node.status.toLowerCase().replace('_', ' ')}</span>
              {node.shipments.some((shipment) => shipment.status === 'SHIPPED' || shipment.status === 'DELIVERED')
                ? ' · shipped'
                : ''}
            </li>
          ))}
        </ul>
      </section>
      <form action={signOut}>
        <button type="submit" className="secondary">
          Sign out
        </button>
      </form>
    </>
  );
}
