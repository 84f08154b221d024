import { randomUUID } from 'node:crypto';
import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { ListSearch } from '../../../../components/data-table/list-search.tsx';
import { graphql } from '../../../../generated/gql.ts';
import type { GiftCardStatus } from '../../../../generated/graphql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { clockIn } from '../../../../lib/time.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { MarketingNav } from '../marketing-nav.tsx';
import { issueGiftCards } from './actions.ts';
import { type GiftCardListRow, GiftCardsTable } from './gift-cards-table.tsx';

export const metadata = { title: 'Gift cards' };
const HERE = '/marketing/gift-cards';

const GiftCards = graphql(`
  query MarketingGiftCards_List($after: String, $status: GiftCardStatus, $last4: String) {
    giftCards(first: 50, after: $after, status: $status, last4: $last4) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          last4
          maskedCode
          state
          balance {
            amount
            currency
            fractionDigits
          }
          initialBalance {
            amount
            currency
            fractionDigits
          }
          expiresAt
          createdAt
          customer {
            displayName
            email
          }
        }
      }
    }
  }
`);

export const GIFT_CARD_STATE_LABEL: Record<string, string> = {
  USABLE: 'Active',
  EMPTY: 'Used up',
  EXPIRED: 'Expired',
  DISABLED: 'Disabled',
};

const STATUSES = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DISABLED', label: 'Disabled' },
] as const;

export default async function GiftCardsPage({
  searchParams,
}: {
  searchParams: Promise<{ after?: string; q?: string; status?: string }>;
}) {
  const viewer = await requireViewer(HERE);
  const clock = clockIn(viewer.tenant.timeZone);
  const params = await searchParams;
  const manage = can(viewer.scopes, 'orders:manage');
  const last4 = params.q?.trim().slice(-4) || null;
  const status = STATUSES.some((option) => option.value === params.status) ? (params.status as GiftCardStatus) : null;
  const data = can(viewer.scopes, 'orders:read')
    ? await gql(GiftCards, { after: params.after ?? null, status, last4 }, HERE)
    : null;
  const rows: GiftCardListRow[] =
    data?.giftCards.edges.map(({ node }) => ({
      id: node.id,
      href: `${HERE}/${encodeURIComponent(node.id)}`,
      maskedCode: node.maskedCode,
      last4: node.last4,
      state: GIFT_CARD_STATE_LABEL[node.state] ?? node.state,
      balance: formatMoney(node.balance),
      initialBalance: formatMoney(node.initialBalance),
      customer: node.customer ? node.customer.displayName || node.customer.email || 'A customer' : null,
      expires: node.expiresAt ? clock.dateTime(node.expiresAt) : 'Never',
      issued: clock.dateTime(node.createdAt),
    })) ?? [];
  return (
    <>
      <h1>Marketing · Gift cards</h1>
      <MarketingNav current={HERE} />
      <p className="muted">
        Gift cards pay for (part of) an order at checkout; the rest goes to the payment method. A card's code is shown
        once, when it is issued: the list shows only its last four characters. A cancelled or refunded order gives its
        amount back to the card.
      </p>
      {!data ? (
        <p className="muted" role="note">
          Your role cannot read gift cards (it lacks orders:read).
        </p>
      ) : (
        <>
          <ListSearch
            label="Search gift cards"
            query={params.q ?? null}
            placeholder="Last 4 characters of the code"
            filters={[{ name: 'status', label: 'Status', options: STATUSES, value: status }]}
          />
          <GiftCardsTable
            rows={rows}
            empty={
              last4 || status
                ? 'No gift card matches. Clear the search to see them all.'
                : 'No gift cards yet. Issue one below.'
            }
          />
          {data.giftCards.pageInfo.hasNextPage && data.giftCards.pageInfo.endCursor ? (
            <p>
              <Link href={`${HERE}?after=${encodeURIComponent(data.giftCards.pageInfo.endCursor)}`}>Next page →</Link>
            </p>
          ) : null}
          {manage ? (
            <section className="card" aria-labelledby="issue-gift-card">
              <h2 id="issue-gift-card">Issue gift cards</h2>
              <ActionForm
                label="Issue gift cards"
                action={issueGiftCards}
                submit="Issue"
                idPrefix="issue-gift-card"
                hidden={{ idempotencyKey: randomUUID() }}
                fields={[
                  { name: 'amount', label: 'Amount (e.g. 50.00)', required: true },
                  { name: 'currency', label: 'Currency', defaultValue: 'EUR', required: true },
                  { name: 'count', label: 'How many cards (1-1000)', type: 'number', defaultValue: 1 },
                  { name: 'code', label: 'Code of your choosing (one card; blank: generated)' },
                  {
                    name: 'expiresOn',
                    label: `Expires on (good through the end of that day, ${clock.timeZone}; blank: never)`,
                    type: 'date',
                    path: 'expiresAt',
                  },
                  { name: 'note', label: 'Note (why it was issued)' },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
