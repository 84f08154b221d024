import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { adjustGiftCard, disableGiftCard } from '../actions.ts';
import { GIFT_CARD_STATE_LABEL } from '../page.tsx';

export const metadata = { title: 'Gift card' };

const GiftCard = graphql(`
  query MarketingGiftCards_Detail($id: ID!) {
    giftCard(id: $id) {
      id
      maskedCode
      currency
      state
      status
      version
      expiresAt
      note
      createdAt
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
      customer {
        id
        displayName
        email
      }
      transactions {
        id
        kind
        createdAt
        note
        actor
        amount {
          amount
          currency
          fractionDigits
        }
        balanceAfter {
          amount
          currency
          fractionDigits
        }
        order {
          id
          displayNumber
        }
      }
    }
  }
`);

const KIND_LABEL: Record<string, string> = {
  ISSUE: 'Issued',
  REDEMPTION: 'Paid an order',
  REFUND: 'Given back',
  ADJUSTMENT: 'Adjusted',
};

export default async function GiftCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/marketing/gift-cards/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const clock = clockIn(viewer.tenant.timeZone);
  const { giftCard } = await gql(GiftCard, { id }, here);
  if (!giftCard) notFound();
  const manage = can(viewer.scopes, 'orders:manage');
  return (
    <>
      <p>
        <Link href="/marketing/gift-cards">← Gift cards</Link>
      </p>
      <h1>Gift card {giftCard.maskedCode}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="gift-card-state">{GIFT_CARD_STATE_LABEL[giftCard.state] ?? giftCard.state}</dd>
        <dt>Balance</dt>
        <dd data-testid="gift-card-balance">{formatMoney(giftCard.balance)}</dd>
        <dt>Issued with</dt>
        <dd>{formatMoney(giftCard.initialBalance)}</dd>
        <dt>Issued</dt>
        <dd>{clock.dateTime(giftCard.createdAt)}</dd>
        <dt>Expires</dt>
        <dd>{giftCard.expiresAt ? clock.dateTime(giftCard.expiresAt) : 'Never'}</dd>
        <dt>Customer</dt>
        <dd>
          {giftCard.customer ? (
            <Link href={`/customers/${encodeURIComponent(giftCard.customer.id)}`}>
              {giftCard.customer.displayName || giftCard.customer.email || 'A customer'}
            </Link>
          ) : (
            'Whoever holds the code'
          )}
        </dd>
        {giftCard.note ? (
          <>
            <dt>Note</dt>
            <dd>{giftCard.note}</dd>
          </>
        ) : null}
      </dl>

      <section className="card" aria-labelledby="ledger">
        <h2 id="ledger">Balance history</h2>
        <table aria-label="Balance history">
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>Amount</th>
              <th>Balance after</th>
              <th>Order or note</th>
            </tr>
          </thead>
          <tbody>
            {giftCard.transactions.map((row) => (
              <tr key={row.id} data-testid="gift-card-transaction">
                <td>{clock.dateTime(row.createdAt)}</td>
                <td>{KIND_LABEL[row.kind] ?? row.kind}</td>
                <td>{formatMoney(row.amount)}</td>
                <td>{formatMoney(row.balanceAfter)}</td>
                <td>
                  {row.order ? (
                    <Link href={`/orders/${encodeURIComponent(row.order.id)}`}>Order {row.order.displayNumber}</Link>
                  ) : null}
                  {row.order && row.note ? ' · ' : null}
                  {row.note ?? (row.order ? null : '—')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {manage ? (
        <>
          <section className="card" aria-labelledby="adjust">
            <h2 id="adjust">Adjust the balance</h2>
            <ActionForm
              label="Adjust the balance"
              action={adjustGiftCard}
              submit="Adjust"
              idPrefix="adjust"
              hidden={{ id: giftCard.id, version: giftCard.version, currency: giftCard.currency }}
              fields={[
                {
                  name: 'amount',
                  label: `Amount in ${giftCard.currency} (e.g. 5.00 adds, -5.00 takes off)`,
                  required: true,
                },
                { name: 'note', label: 'Why (kept in the history)', required: true },
              ]}
            />
          </section>
          {giftCard.status === 'ACTIVE' ? (
            <section className="card" aria-labelledby="disable">
              <h2 id="disable">Disable</h2>
              <ActionForm
                label="Disable the gift card"
                action={disableGiftCard}
                submit="Disable"
                idPrefix="disable"
                hidden={{ id: giftCard.id }}
                danger={{
                  title: `Disable gift card ${giftCard.maskedCode}?`,
                  consequences: (
                    <p>
                      It stops paying for anything at once: carts lose it and checkout refuses it. Its balance of{' '}
                      {formatMoney(giftCard.balance)} stays on record but cannot be spent. This cannot be undone.
                    </p>
                  ),
                  confirmLabel: 'Disable gift card',
                  keepLabel: 'Keep it',
                }}
                fields={[]}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
