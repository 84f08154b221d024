import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { BarChart } from '../../components/bar-chart.tsx';
import { graphql } from '../../generated/gql.ts';
import { gql } from '../../lib/gateway.ts';
import { can } from '../../lib/scopes.ts';
import { requireViewer } from '../../lib/viewer.ts';

export const metadata = { title: 'Dashboard' };

const CatalogStats = graphql(`
  query Dashboard_CatalogStats {
    products(first: 1) {
      totalCount
    }
  }
`);

const StockStats = graphql(`
  query Dashboard_StockStats {
    lowStock: stockLevels(first: 5, filter: { lowStock: true }) {
      totalCount
      edges {
        node {
          id
          available
          lowStockThreshold
          variant {
            sku
          }
          warehouse {
            code
          }
        }
      }
    }
    movements: stockMovements(first: 100) {
      edges {
        node {
          id
          occurredAt
        }
      }
    }
  }
`);

const RecentOrders = graphql(`
  query Dashboard_RecentOrders {
    orders(first: 100) {
      totalCount
      edges {
        node {
          id
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

/** the last 7 days (UTC) as labels, oldest first */
function lastDays(count: number) {
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back--)
    days.push(new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10));
  return days;
}

export default async function DashboardPage() {
  const viewer = await requireViewer('/');
  const [catalog, stock, orders] = await Promise.all([
    can(viewer.scopes, 'catalog:read') ? gql(CatalogStats, {}, '/') : null,
    can(viewer.scopes, 'inventory:read') ? gql(StockStats, {}, '/') : null,
    can(viewer.scopes, 'orders:read') ? gql(RecentOrders, {}, '/') : null,
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const placed = (orders?.orders.edges ?? []).map(({ node }) => node).filter((order) => order.status !== 'CANCELLED');
  const todays = placed.filter((order) => order.createdAt.startsWith(today));
  const revenue = todays.reduce((sum, order) => sum + order.total.amount, 0);
  const currency = todays[0]?.total ?? { currency: 'EUR', fractionDigits: 2 };
  const days = lastDays(7);
  const perDay = days.map((day) => ({
    label: day.slice(5),
    value: placed.filter((order) => order.createdAt.startsWith(day)).length,
  }));
  return (
    <>
      <h1>Dashboard</h1>
      <div className="grid">
        {orders ? (
          <section className="card" aria-labelledby="orders-today">
            <h2 id="orders-today">Today’s orders</h2>
            <p className="stat" data-testid="orders-today">
              {todays.length}
            </p>
            <p>
              Revenue <strong>{formatMoney({ amount: revenue, ...currency })}</strong>
            </p>
            <Link href="/orders">Open orders</Link>
          </section>
        ) : null}
        {catalog ? (
          <section className="card" aria-labelledby="products-stat">
            <h2 id="products-stat">Products</h2>
            <p className="stat">{catalog.products.totalCount}</p>
            <Link href="/catalog">Open catalog</Link>
          </section>
        ) : null}
        {stock ? (
          <section className="card" aria-labelledby="low-stock">
            <h2 id="low-stock">Low stock</h2>
            <p className="stat">{stock.lowStock.totalCount}</p>
            <ul>
              {stock.lowStock.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.variant.sku} @ {node.warehouse.code}: {node.available} left
                </li>
              ))}
            </ul>
            <Link href="/inventory?lowStock=1">See all</Link>
          </section>
        ) : null}
      </div>
      {orders ? (
        <section className="card">
          <h2>Orders per day</h2>
          <BarChart title="Orders per day, last 7 days" points={perDay} />
          {orders.orders.totalCount > 100 ? <p className="muted">From the latest 100 orders.</p> : null}
        </section>
      ) : null}
    </>
  );
}
