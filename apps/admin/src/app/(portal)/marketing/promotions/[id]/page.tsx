import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { wallTimeOf } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { archivePromotion, generateCodes, updatePromotion } from '../actions.ts';
import { type PromotionDefaults, promotionFields } from '../fields.ts';

export const metadata = { title: 'Promotion' };

const Promotion = graphql(`
  query MarketingPromotions_Detail($id: ID!, $after: String) {
    promotion(id: $id) {
      id
      name
      state
      status
      automatic
      currency
      priority
      exclusive
      startsAt
      endsAt
      usageLimit
      usageLimitPerCustomer
      usedCount
      version
      rule {
        type
        summary
        percentBps
        amount
        buyQuantity
        getQuantity
        tiers {
          minSubtotal
          percentBps
        }
        targetKind
        targetIds
        minSubtotal
        customerGroups
        shippingMethods
      }
      codes(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            code
            usageLimit
            usedCount
            batch
          }
        }
      }
    }
  }
`);

/** Minor units as the form's decimal ("4.99"); blank for none. */
const decimal = (amount: number | null | undefined) => (amount == null ? '' : (amount / 100).toFixed(2));
const percent = (bps: number | null | undefined) => (bps == null ? '' : String(bps / 100));

export default async function PromotionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ after?: string }>;
}) {
  const id = decodeURIComponent((await params).id);
  const { after } = await searchParams;
  const here = `/marketing/promotions/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const manage = can(viewer.scopes, 'orders:manage');
  const { promotion } = await gql(Promotion, { id, after: after ?? null }, here);
  if (!promotion) notFound();
  const { rule } = promotion;
  const defaults: PromotionDefaults = {
    name: promotion.name,
    type: rule.type,
    percent: percent(rule.percentBps),
    amount: decimal(rule.amount),
    currency: promotion.currency,
    buyQuantity: rule.buyQuantity,
    getQuantity: rule.getQuantity,
    tiers: rule.tiers.map((tier) => `${decimal(tier.minSubtotal)}:${percent(tier.percentBps)}`).join(', '),
    targetKind: rule.targetKind,
    targetIds: rule.targetIds.join(', '),
    minSubtotal: decimal(rule.minSubtotal),
    customerGroups: rule.customerGroups.join(', '),
    shippingMethods: rule.shippingMethods.join(', '),
    priority: promotion.priority,
    exclusive: promotion.exclusive,
    startsAt: wallTimeOf(promotion.startsAt, viewer.tenant.timeZone),
    endsAt: wallTimeOf(promotion.endsAt, viewer.tenant.timeZone),
    usageLimit: promotion.usageLimit,
    usageLimitPerCustomer: promotion.usageLimitPerCustomer,
  };
  const csv = `${here}/codes.csv`;
  return (
    <>
      <p>
        <Link href="/marketing/promotions">← Promotions</Link>
      </p>
      <h1>{promotion.name}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="promotion-state">{promotion.state}</dd>
        <dt>Gives</dt>
        <dd>{rule.summary}</dd>
        <dt>How</dt>
        <dd>{promotion.automatic ? 'Automatically, to every cart it fits' : 'With a code'}</dd>
        <dt>Used</dt>
        <dd data-testid="promotion-used">
          {promotion.usedCount} {promotion.usageLimit !== null ? `of ${promotion.usageLimit}` : '(no limit)'}
        </dd>
      </dl>

      <section className="card" aria-labelledby="codes">
        <h2 id="codes">Codes ({promotion.codes.totalCount})</h2>
        {promotion.codes.totalCount > 0 ? (
          <p>
            <a href={csv} download>
              Export all codes as CSV
            </a>
          </p>
        ) : null}
        {promotion.codes.edges.length ? (
          <table aria-label="Codes">
            <thead>
              <tr>
                <th>Code</th>
                <th>Used</th>
                <th>Kind</th>
                <th>Batch</th>
              </tr>
            </thead>
            <tbody>
              {promotion.codes.edges.map(({ node }) => (
                <tr key={node.code}>
                  <td>
                    <code>{node.code}</code>
                  </td>
                  <td>{node.usedCount}</td>
                  <td>{node.usageLimit === 1 ? 'single use' : 'shared'}</td>
                  <td>
                    {node.batch ? <a href={`${csv}?batch=${encodeURIComponent(node.batch)}`}>{node.batch}</a> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No codes: it applies automatically.</p>
        )}
        {promotion.codes.pageInfo.hasNextPage && promotion.codes.pageInfo.endCursor ? (
          <p>
            <Link href={`${here}?after=${encodeURIComponent(promotion.codes.pageInfo.endCursor)}`}>More codes →</Link>
          </p>
        ) : null}
        {manage && promotion.status === 'ACTIVE' ? (
          <>
            <h3>Generate single-use codes</h3>
            <ActionForm
              label="Generate single-use codes"
              action={generateCodes}
              submit="Generate codes"
              idPrefix="generate"
              hidden={{ id: promotion.id }}
              fields={[
                { name: 'count', label: 'How many (1-10000)', type: 'number', required: true, defaultValue: 100 },
                { name: 'prefix', label: 'Prefix (letters and digits, e.g. XMAS)', required: true },
              ]}
            />
          </>
        ) : null}
      </section>

      {manage && promotion.status === 'ACTIVE' ? (
        <>
          <section className="card" aria-labelledby="edit">
            <h2 id="edit">Edit</h2>
            <ActionForm
              label="Edit the promotion"
              action={updatePromotion}
              submit="Save promotion"
              idPrefix="edit"
              hidden={{ id: promotion.id, version: promotion.version }}
              fields={promotionFields(defaults, viewer.tenant.timeZone)}
            />
          </section>
          <section className="card" aria-labelledby="archive">
            <h2 id="archive">Archive</h2>
            <ActionForm
              label="Archive the promotion"
              action={archivePromotion}
              submit="Archive"
              idPrefix="archive"
              hidden={{ id: promotion.id }}
              danger={{
                title: `Archive ${promotion.name}?`,
                consequences: (
                  <p>
                    It stops applying at once: carts lose its discount and its codes are refused. Orders placed with it
                    keep their discount.
                  </p>
                ),
                confirmLabel: 'Archive promotion',
                keepLabel: 'Keep it',
              }}
              fields={[]}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
