import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { MarketingNav } from '../marketing-nav.tsx';
import { createPromotion } from './actions.ts';
import { promotionFields } from './fields.ts';

export const metadata = { title: 'Promotions' };
const HERE = '/marketing/promotions';

const Promotions = graphql(`
  query MarketingPromotions_List($after: String) {
    promotions(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          state
          automatic
          priority
          exclusive
          usedCount
          usageLimit
          endsAt
          rule {
            summary
          }
        }
      }
    }
  }
`);

const STATE_LABEL: Record<string, string> = {
  LIVE: 'Live',
  SCHEDULED: 'Scheduled',
  ENDED: 'Ended',
  EXHAUSTED: 'Used up',
  ARCHIVED: 'Archived',
};

export default async function PromotionsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const viewer = await requireViewer(HERE);
  const { after } = await searchParams;
  const manage = can(viewer.scopes, 'orders:manage');
  const data = can(viewer.scopes, 'orders:read') ? await gql(Promotions, { after: after ?? null }, HERE) : null;
  const fields = promotionFields({}, viewer.tenant.timeZone);
  return (
    <>
      <h1>Marketing · Promotions</h1>
      <MarketingNav current={HERE} />
      <p className="muted">
        Discounts the store gives: automatically to every cart they fit, or to shoppers who enter one of their codes.
        They apply by priority (higher first); an exclusive one applies alone. Carts show each discount per line, and
        checkout checks every code and usage limit again.
      </p>
      {!data ? (
        <p className="muted" role="note">
          Your role cannot read promotions (it lacks orders:read).
        </p>
      ) : (
        <>
          {data.promotions.edges.length === 0 ? (
            <p>No promotions yet.</p>
          ) : (
            <table aria-label="Promotions">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Status</th>
                  <th>What it gives</th>
                  <th>How</th>
                  <th>Used</th>
                  <th>Priority</th>
                </tr>
              </thead>
              <tbody>
                {data.promotions.edges.map(({ node }) => (
                  <tr key={node.id} data-testid="promotion-row">
                    <td>
                      <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                    </td>
                    <td>{STATE_LABEL[node.state] ?? node.state}</td>
                    <td>{node.rule.summary}</td>
                    <td>
                      {node.automatic ? 'Automatic' : 'By code'}
                      {node.exclusive ? ' · exclusive' : ''}
                    </td>
                    <td data-testid="promotion-usage">
                      {node.usedCount}
                      {node.usageLimit !== null ? ` of ${node.usageLimit}` : ''}
                    </td>
                    <td>{node.priority}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.promotions.pageInfo.hasNextPage && data.promotions.pageInfo.endCursor ? (
            <p>
              <Link href={`${HERE}?after=${encodeURIComponent(data.promotions.pageInfo.endCursor)}`}>Next page →</Link>
            </p>
          ) : null}
          {manage ? (
            <section className="card" aria-labelledby="new-promotion">
              <h2 id="new-promotion">New promotion</h2>
              <ActionForm
                label="New promotion"
                action={createPromotion}
                submit="Create promotion"
                idPrefix="new-promotion"
                fields={[
                  fields[0]!,
                  { name: 'code', label: 'Shared code (e.g. WELCOME10; blank: applies automatically)' },
                  ...fields.slice(1),
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
