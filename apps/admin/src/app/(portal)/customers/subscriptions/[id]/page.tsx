import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { clockIn } from '../../../../../lib/time.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { actOnSubscription, changeSubscription } from '../actions.ts';
import { everyInterval, SUBSCRIPTION_STATUS_LABEL } from '../words.ts';

export const metadata = { title: 'Subscription' };

const Subscription = graphql(`
  query CustomersSubscriptions_Detail($id: ID!) {
    subscription(id: $id) {
      id
      status
      version
      email
      quantity
      currency
      intervalUnit
      intervalCount
      period
      nextRenewalAt
      failedAttempts
      retryAt
      paymentProvider
      cancelledAt
      createdAt
      availableActions
      shippingMethodCode
      shippingMethods {
        code
        name
      }
      shippingAddress {
        name
        line1
        line2
        postalCode
        city
        country
      }
      plan {
        name
        trialDays
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
      originOrder {
        id
        displayNumber
      }
      renewals {
        period
        status
        attempts
        lastError
        updatedAt
        order {
          id
          displayNumber
          status
          total {
            amount
            currency
            fractionDigits
          }
        }
      }
      history {
        from
        to
        actorKind
        reason
        occurredAt
      }
    }
  }
`);

const ACTIONS: Record<string, { submit: string; label: string; danger?: boolean }> = {
  PAUSE: { submit: 'Pause', label: 'Pause the subscription' },
  RESUME: { submit: 'Resume', label: 'Resume the subscription' },
  SKIP_NEXT: { submit: 'Skip next renewal', label: 'Skip the next renewal' },
  CANCEL: { submit: 'Cancel subscription', label: 'Cancel the subscription', danger: true },
};

const RENEWAL_LABEL: Record<string, string> = {
  PAID: 'Ordered',
  SKIPPED: 'Skipped',
  FAILED: 'Payment failed',
  AWAITING_STOCK: 'Waiting for stock (not charged)',
};
/** the statuses whose reason staff need to see: why the charge failed, what is out of stock, why skipped */
const EXPLAINED = new Set(['FAILED', 'AWAITING_STOCK', 'SKIPPED']);
const ACTOR_LABEL: Record<string, string> = {
  customer: 'Shopper',
  user: 'Staff',
  service: 'Renewals',
  api_key: 'API key',
};

export default async function SubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const here = `/customers/subscriptions/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const clock = clockIn(viewer.tenant.timeZone);
  const { subscription } = await gql(Subscription, { id }, here);
  if (!subscription) notFound();
  const manage = can(viewer.scopes, 'orders:manage');
  const product = subscription.variant.product?.title ?? subscription.variant.sku;
  const address = subscription.shippingAddress;
  return (
    <>
      <p>
        <Link href="/customers/subscriptions">← Subscriptions</Link>
      </p>
      <h1>
        Subscription: {subscription.plan.name} for{' '}
        {subscription.customer?.displayName || subscription.customer?.email || subscription.email}
      </h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="subscription-status">
          {SUBSCRIPTION_STATUS_LABEL[subscription.status] ?? subscription.status}
        </dd>
        <dt>Product</dt>
        <dd>
          {subscription.quantity} × {product} ({subscription.variant.sku})
        </dd>
        <dt>Every</dt>
        <dd>{everyInterval(subscription.intervalUnit, subscription.intervalCount)}</dd>
        <dt>Next renewal</dt>
        <dd data-testid="subscription-next-renewal">
          {subscription.status === 'CANCELLED'
            ? '—'
            : `${clock.dateTime(subscription.nextRenewalAt)} (renewal ${subscription.period})`}
        </dd>
        {subscription.retryAt ? (
          <>
            <dt>Payment retry</dt>
            <dd>
              {clock.dateTime(subscription.retryAt)} (failed {subscription.failedAttempts} time
              {subscription.failedAttempts === 1 ? '' : 's'})
            </dd>
          </>
        ) : null}
        <dt>Customer</dt>
        <dd>
          {subscription.customer ? (
            <Link href={`/customers/${encodeURIComponent(subscription.customer.id)}`}>
              {subscription.customer.displayName || subscription.customer.email || subscription.email}
            </Link>
          ) : (
            subscription.email
          )}
        </dd>
        <dt>Ships to</dt>
        <dd>
          {address.name}, {address.line1}
          {address.line2 ? `, ${address.line2}` : ''}, {address.postalCode} {address.city}, {address.country}
        </dd>
        <dt>Ships with</dt>
        <dd data-testid="subscription-shipping-method">
          {subscription.shippingMethods.find((method) => method.code === subscription.shippingMethodCode)?.name ??
            subscription.shippingMethodCode ??
            'The cheapest method'}
        </dd>
        <dt>Paid with</dt>
        <dd>
          The method saved with{' '}
          {subscription.paymentProvider === 'test' ? 'the test provider' : subscription.paymentProvider}
        </dd>
        <dt>Started</dt>
        <dd>
          {clock.dateTime(subscription.createdAt)}
          {subscription.originOrder ? (
            <>
              {' '}
              with{' '}
              <Link href={`/orders/${encodeURIComponent(subscription.originOrder.id)}`}>
                order {subscription.originOrder.displayNumber}
              </Link>
            </>
          ) : null}
        </dd>
        {subscription.cancelledAt ? (
          <>
            <dt>Cancelled</dt>
            <dd>{clock.dateTime(subscription.cancelledAt)}</dd>
          </>
        ) : null}
      </dl>

      {manage && subscription.availableActions.length ? (
        <section className="card" aria-labelledby="actions">
          <h2 id="actions">Actions</h2>
          <div className="row" style={{ gap: '1rem', flexWrap: 'wrap' }}>
            {subscription.availableActions.map((action) => {
              const words = ACTIONS[action];
              if (!words) return null;
              return (
                <ActionForm
                  key={action}
                  label={words.label}
                  action={actOnSubscription}
                  submit={words.submit}
                  idPrefix={`action-${action.toLowerCase()}`}
                  hidden={{ id: subscription.id, version: subscription.version, action }}
                  {...(words.danger
                    ? {
                        danger: {
                          title: 'Cancel this subscription?',
                          consequences: (
                            <p>
                              No more renewals are ordered or charged. Orders already placed stay as they are. This
                              cannot be undone: the shopper would subscribe again at checkout.
                            </p>
                          ),
                          confirmLabel: 'Cancel subscription',
                          keepLabel: 'Keep it',
                        },
                      }
                    : {})}
                  fields={[]}
                />
              );
            })}
          </div>
        </section>
      ) : null}

      {manage && subscription.status !== 'CANCELLED' ? (
        <section className="card" aria-labelledby="change">
          <h2 id="change">Change the next renewals</h2>
          <p className="muted">From the next renewal on; orders already placed stay as they are.</p>
          <ActionForm
            label="Change the subscription"
            action={changeSubscription}
            submit="Save changes"
            idPrefix="change"
            hidden={{ id: subscription.id, version: subscription.version }}
            fields={[
              {
                name: 'quantity',
                label: 'Quantity',
                type: 'number',
                defaultValue: subscription.quantity,
                required: true,
              },
              {
                name: 'shippingMethod',
                label: 'Shipping method',
                defaultValue: subscription.shippingMethodCode ?? '',
                options: [
                  { value: '', label: 'The cheapest method' },
                  ...subscription.shippingMethods.map((method) => ({ value: method.code, label: method.name })),
                ],
              },
              { name: 'shippingAddress.name', label: 'Name', defaultValue: address.name, required: true },
              { name: 'shippingAddress.line1', label: 'Address', defaultValue: address.line1, required: true },
              { name: 'shippingAddress.line2', label: 'Address line 2', defaultValue: address.line2 ?? '' },
              {
                name: 'shippingAddress.postalCode',
                label: 'Postal code',
                defaultValue: address.postalCode,
                required: true,
              },
              { name: 'shippingAddress.city', label: 'City', defaultValue: address.city, required: true },
              {
                name: 'shippingAddress.country',
                label: 'Country (ISO code)',
                defaultValue: address.country,
                required: true,
              },
            ]}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="renewals">
        <h2 id="renewals">Renewals</h2>
        {subscription.renewals.length ? (
          <table aria-label="Renewals">
            <thead>
              <tr>
                <th>Renewal</th>
                <th>Outcome</th>
                <th>Order</th>
                <th>Total</th>
                <th>Attempts</th>
                <th>When</th>
              </tr>
            </thead>
            <tbody>
              {subscription.renewals.map((renewal) => (
                <tr key={renewal.period} data-testid="subscription-renewal">
                  <td>{renewal.period}</td>
                  <td>
                    {RENEWAL_LABEL[renewal.status] ?? renewal.status}
                    {renewal.lastError && EXPLAINED.has(renewal.status) ? `: ${renewal.lastError}` : ''}
                  </td>
                  <td>
                    {renewal.order ? (
                      <Link href={`/orders/${encodeURIComponent(renewal.order.id)}`}>
                        {renewal.order.displayNumber}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{renewal.order ? formatMoney(renewal.order.total) : '—'}</td>
                  <td>{renewal.attempts}</td>
                  <td>{clock.dateTime(renewal.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No renewal yet: the first order was the checkout's.</p>
        )}
      </section>

      <section className="card" aria-labelledby="history">
        <h2 id="history">History</h2>
        <ol>
          {subscription.history.map((step) => (
            <li key={`${step.occurredAt}-${step.to}`}>
              {clock.dateTime(step.occurredAt)}: {SUBSCRIPTION_STATUS_LABEL[step.to] ?? step.to}
              {step.reason ? ` (${step.reason})` : ''}, by {ACTOR_LABEL[step.actorKind] ?? step.actorKind}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
