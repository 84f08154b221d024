import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { gql } from '../../../lib/gateway.ts';
import { MySubscriptions } from './documents.ts';
import { SubscriptionActions } from './subscription-actions.tsx';
import { SubscriptionChangeForm } from './subscription-change-form.tsx';
import { SubscriptionPaymentForm } from './subscription-payment-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Subscriptions'))('title') };
}

const HERE = '/account/subscriptions';

/** `?cancel=<id>`: the shopper pressed Cancel on that subscription; its card asks them to confirm. */
export default async function SubscriptionsPage({
  searchParams,
}: {
  searchParams: Promise<{ cancel?: string | string[] }>;
}) {
  const { cancel } = await searchParams;
  const [{ mySubscriptions }, t, format] = await Promise.all([
    gql(MySubscriptions, {}, { as: 'shopper', returnTo: HERE }),
    getTranslations('Subscriptions'),
    getFormatter(),
  ]);
  return (
    <>
      <p>
        <Link href="/account">← {t('backToAccount')}</Link>
      </p>
      <h1>{t('title')}</h1>
      {mySubscriptions.edges.length === 0 ? <p className="muted">{t('none')}</p> : null}
      {mySubscriptions.edges.map(({ node }) => {
        const product = node.variant.product?.title ?? node.variant.title;
        const renews = node.status !== 'CANCELLED' && node.status !== 'PAUSED';
        return (
          <section
            key={node.id}
            className="card"
            aria-labelledby={`subscription-${node.id}`}
            data-testid="subscription"
          >
            <h2 id={`subscription-${node.id}`}>
              {node.plan.name}: {node.quantity} ×{' '}
              {node.variant.product?.handle ? (
                <Link href={`/products/${encodeURIComponent(node.variant.product.handle)}`}>{product}</Link>
              ) : (
                product
              )}
            </h2>
            <p>
              <span data-testid="subscription-status">{t(`status.${node.status}`)}</span> ·{' '}
              {t('every', { count: node.intervalCount, unit: node.intervalUnit })}
              {!renews
                ? ''
                : ` · ${t('nextRenewal', { date: format.dateTime(new Date(node.nextRenewalAt), { dateStyle: 'long' }) })}`}
            </p>
            {node.retryAt ? (
              <p role="note">
                {t(node.stockWaits > 0 ? 'waitingForStock' : 'retry', {
                  date: format.dateTime(new Date(node.retryAt), { dateStyle: 'long' }),
                })}
              </p>
            ) : null}
            <p className="muted" data-testid="subscription-delivery">
              {t('delivery', {
                method:
                  node.shippingMethods.find((method) => method.code === node.shippingMethodCode)?.name ??
                  node.shippingMethodCode ??
                  t('cheapestMethod'),
                address: `${node.shippingAddress.name}, ${node.shippingAddress.line1}, ${node.shippingAddress.postalCode} ${node.shippingAddress.city}, ${node.shippingAddress.country}`,
              })}
            </p>
            <SubscriptionActions
              id={node.id}
              version={node.version}
              actions={node.availableActions}
              label={node.plan.name}
              product={product}
              confirmingCancel={cancel === node.id}
              periodEnd={renews ? format.dateTime(new Date(node.nextRenewalAt), { dateStyle: 'long' }) : null}
            />
            {node.status === 'CANCELLED' ? null : (
              <div className="subscription-panels">
                <SubscriptionChangeForm subscription={node} label={node.plan.name} />
                <SubscriptionPaymentForm subscription={node} label={node.plan.name} idempotencyKey={randomUUID()} />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
