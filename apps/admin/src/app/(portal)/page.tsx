import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { SalesCharts } from '../../components/sales-charts.tsx';
import { ExtensionPanels } from '../../components/ui-schema/panels.tsx';
import { graphql } from '../../generated/gql.ts';
import { gql } from '../../lib/gateway.ts';
import { can } from '../../lib/scopes.ts';
import { formatDay } from '../../lib/time.ts';
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
    lowStockDefaultThreshold
    lowStock: stockLevels(first: 5, filter: { lowStock: true }) {
      totalCount
      edges {
        node {
          id
          available
          lowStockThreshold
          effectiveLowStockThreshold
          variant {
            sku
          }
          warehouse {
            code
          }
        }
      }
    }
  }
`);

const Sales = graphql(`
  query Dashboard_Sales($from: String!, $to: String!, $timeZone: String) {
    salesReport(from: $from, to: $to, timeZone: $timeZone) {
      from
      to
      timeZone
      orderCount
      revenue {
        amount
        currency
        fractionDigits
      }
      days {
        date
        orderCount
        revenue {
          amount
          currency
        }
      }
    }
  }
`);

/** The ranges the picker offers, in days ending today. */
const RANGES = [7, 30, 90] as const;
const DEFAULT_RANGE = 30;

/** Today's calendar day in `timeZone` and the day `days - 1` before it (YYYY-MM-DD). */
function lastDays(days: number, timeZone: string): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

const dayLabel = (date: string) => formatDay(date);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ days?: string }> }) {
  const viewer = await requireViewer('/');
  const requested = Number((await searchParams).days);
  const days = (RANGES as readonly number[]).includes(requested) ? requested : DEFAULT_RANGE;
  const timeZone = viewer.tenant.timeZone;
  const range = lastDays(days, timeZone);
  const [catalog, stock, sales] = await Promise.all([
    can(viewer.scopes, 'catalog:read') ? gql(CatalogStats, {}, '/') : null,
    can(viewer.scopes, 'inventory:read') ? gql(StockStats, {}, '/') : null,
    can(viewer.scopes, 'orders:read') ? gql(Sales, { ...range, timeZone }, `/?days=${days}`) : null,
  ]);
  const report = sales?.salesReport;
  // the currency most of the range's revenue is in is charted; others are listed beside it
  const [main, ...others] = report?.revenue ?? [];
  const currency = main ?? { amount: 0, currency: 'EUR', fractionDigits: 2 };
  const points = (report?.days ?? []).map((day) => ({
    date: day.date,
    orderCount: day.orderCount,
    revenue: day.revenue.find((amount) => amount.currency === currency.currency)?.amount ?? 0,
  }));
  return (
    <>
      <h1>Dashboard</h1>
      {report ? (
        <nav className="range-picker" aria-label="Date range">
          {RANGES.map((option) => (
            <Link key={option} href={`/?days=${option}`} aria-current={option === days ? 'page' : undefined}>
              Last {option} days
            </Link>
          ))}
          <span className="muted">
            {dayLabel(report.from)} – {dayLabel(report.to)} ({report.timeZone})
          </span>
        </nav>
      ) : null}
      <div className="grid">
        {report ? (
          <section className="card" aria-labelledby="orders-stat">
            <h2 id="orders-stat">Orders</h2>
            <p className="stat" data-testid="orders-count">
              {report.orderCount}
            </p>
            <p className="muted">Placed in the last {days} days, cancelled ones excluded</p>
            <Link href="/orders">Open orders</Link>
          </section>
        ) : null}
        {report ? (
          <section className="card" aria-labelledby="revenue-stat">
            <h2 id="revenue-stat">Revenue</h2>
            <p className="stat" data-testid="revenue">
              {formatMoney(currency)}
            </p>
            {others.length ? (
              <p>
                Also{' '}
                {others.map((amount, index) => (
                  <span key={amount.currency}>
                    {index ? ', ' : ''}
                    <strong>{formatMoney(amount)}</strong>
                  </span>
                ))}
              </p>
            ) : null}
            <p className="muted">Order totals incl. shipping and tax</p>
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
            <p className="stat" data-testid="low-stock-count">
              {stock.lowStock.totalCount}
            </p>
            <p className="muted">
              At or below each level’s threshold; {stock.lowStockDefaultThreshold} where none is set
            </p>
            <ul>
              {stock.lowStock.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.variant.sku} @ {node.warehouse.code}: {node.available} left (threshold{' '}
                  {node.effectiveLowStockThreshold}
                  {node.lowStockThreshold === null ? ', default' : ''})
                </li>
              ))}
            </ul>
            <Link href="/inventory?lowStock=1">See all</Link>
          </section>
        ) : null}
      </div>
      {report ? (
        <section className="card" aria-labelledby="sales-heading">
          <h2 id="sales-heading">Sales, last {days} days</h2>
          <SalesCharts points={points} currency={currency.currency} fractionDigits={currency.fractionDigits} />
        </section>
      ) : null}
      <ExtensionPanels point="DASHBOARD_WIDGET" viewer={viewer} host={{ data: {}, returnTo: '/' }} />
    </>
  );
}
