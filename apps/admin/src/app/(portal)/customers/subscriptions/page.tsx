import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import type { SubscriptionStatus } from '../../../../generated/graphql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { setPlan } from './actions.ts';
import { type SubscriptionListRow, SubscriptionsTable } from './subscriptions-table.tsx';
import { everyInterval, SUBSCRIPTION_STATUS_LABEL } from './words.ts';

export const metadata = { title: 'Subscriptions' };
const HERE = '/customers/subscriptions';

const Subscriptions = graphql(`
  query CustomersSubscriptions_List($after: String, $status: SubscriptionStatus) {
    subscriptions(first: 50, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          email
          intervalUnit
          intervalCount
          nextRenewalAt
          createdAt
          plan {
            name
          }
          variant {
            sku
            product {
              title
            }
          }
          customer {
            id
            displayName
            email
          }
        }
      }
    }
    subscriptionPlans(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          intervalUnit
          intervalCount
          trialDays
          active
          variant {
            sku
            product {
              title
            }
          }
        }
      }
    }
  }
`);

const STATUSES = Object.entries(SUBSCRIPTION_STATUS_LABEL).map(([value, label]) => ({ value, label }));

export default async function SubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<{ after?: string; status?: string }>;
}) {
  const viewer = await requireViewer(HERE);
  const clock = clockIn(viewer.tenant.timeZone);
  const params = await searchParams;
  const manage = can(viewer.scopes, 'orders:manage');
  const status = STATUSES.some((option) => option.value === params.status)
    ? (params.status as SubscriptionStatus)
    : null;
  const data = can(viewer.scopes, 'orders:read')
    ? await gql(Subscriptions, { after: params.after ?? null, status }, HERE)
    : null;
  const rows: SubscriptionListRow[] =
    data?.subscriptions.edges.map(({ node }) => ({
      id: node.id,
      href: `${HERE}/${encodeURIComponent(node.id)}`,
      customer: node.customer?.displayName || node.customer?.email || node.email,
      customerHref: node.customer ? `/customers/${encodeURIComponent(node.customer.id)}` : null,
      plan: node.plan.name,
      product: node.variant.product ? `${node.variant.product.title} (${node.variant.sku})` : node.variant.sku,
      status: SUBSCRIPTION_STATUS_LABEL[node.status] ?? node.status,
      every: everyInterval(node.intervalUnit, node.intervalCount),
      nextRenewal: node.status === 'CANCELLED' ? '—' : clock.date(node.nextRenewalAt),
      started: clock.date(node.createdAt),
    })) ?? [];
  return (
    <>
      <p>
        <Link href="/customers">← Customers</Link>
      </p>
      <h1>Customers · Subscriptions</h1>
      <p className="muted">
        A product sold by subscription renews as a normal order every interval, paid with the payment method the shopper
        saved at checkout. A failed payment is retried after 1, 3 and 7 days (past due), then the subscription is
        cancelled and the shopper is told by mail.
      </p>
      {!data ? (
        <p className="muted" role="note">
          Your role cannot read subscriptions (it lacks orders:read).
        </p>
      ) : (
        <>
          <form method="get" className="row list-search" aria-label="Filter subscriptions">
            <div>
              <label htmlFor="filter-status">Status</label>
              <select id="filter-status" name="status" defaultValue={status ?? ''}>
                <option value="">Any</option>
                {STATUSES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Filter</button>
          </form>
          <SubscriptionsTable
            rows={rows}
            empty={
              status
                ? 'No subscription has this status. Clear the filter to see them all.'
                : 'No subscriptions yet. Shoppers subscribe at checkout to a product sold by subscription (below).'
            }
          />
          {data.subscriptions.pageInfo.hasNextPage && data.subscriptions.pageInfo.endCursor ? (
            <p>
              <Link href={`${HERE}?after=${encodeURIComponent(data.subscriptions.pageInfo.endCursor)}`}>
                Next page →
              </Link>
            </p>
          ) : null}
          <section className="card" aria-labelledby="plans">
            <h2 id="plans">Products sold by subscription ({data.subscriptionPlans.totalCount})</h2>
            {data.subscriptionPlans.edges.length ? (
              <table aria-label="Subscription plans">
                <thead>
                  <tr>
                    <th>Plan</th>
                    <th>Product</th>
                    <th>Every</th>
                    <th>Trial</th>
                    <th>New subscriptions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.subscriptionPlans.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>{node.name}</td>
                      <td>
                        {node.variant.product?.title ?? '—'} ({node.variant.sku})
                      </td>
                      <td>{everyInterval(node.intervalUnit, node.intervalCount)}</td>
                      <td>{node.trialDays ? `${node.trialDays} days` : 'None'}</td>
                      <td>{node.active ? 'Open' : 'Closed'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">No product is sold by subscription yet.</p>
            )}
            {manage ? (
              <ActionForm
                label="Sell a product by subscription"
                action={setPlan}
                submit="Save plan"
                idPrefix="plan"
                fields={[
                  { name: 'sku', label: 'Variant SKU', required: true },
                  { name: 'name', label: 'Plan name (shown to shoppers)', required: true },
                  { name: 'intervalCount', label: 'Every', type: 'number', defaultValue: 1, required: true },
                  {
                    name: 'intervalUnit',
                    label: 'Unit',
                    defaultValue: 'MONTH',
                    options: [
                      { value: 'DAY', label: 'Days' },
                      { value: 'WEEK', label: 'Weeks' },
                      { value: 'MONTH', label: 'Months' },
                      { value: 'YEAR', label: 'Years' },
                    ],
                  },
                  { name: 'trialDays', label: 'Trial days before the first renewal', type: 'number', defaultValue: 0 },
                  {
                    name: 'active',
                    label: 'New subscriptions',
                    defaultValue: 'true',
                    options: [
                      { value: 'true', label: 'Open' },
                      { value: 'false', label: 'Closed (the product sells once)' },
                    ],
                  },
                ]}
              />
            ) : null}
          </section>
        </>
      )}
    </>
  );
}
