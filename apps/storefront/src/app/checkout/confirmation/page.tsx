import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { OrderLines, OrderTotals, PostalAddress } from '../../../components/order-summary.tsx';
import { lastOrder } from '../../../lib/cart.ts';
import { customerToken } from '../../../lib/session.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Confirmation'))('title') };
}

export default async function ConfirmationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = (await searchParams).order;
  const order = await lastOrder();
  const signedIn = Boolean(await customerToken());
  const t = await getTranslations('Confirmation');
  if (!order || order.id !== id) {
    return (
      <>
        <h1>{t('placed')}</h1>
        <p>
          {t('placedText')} {signedIn ? <Link href="/account">{t('seeOrders')}</Link> : null}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('heading')}</h1>
      <div className="success" role="status">
        <p>
          {t.rich('confirmed', {
            number: () => (
              <strong data-testid="order-number" data-order-id={order.id}>
                {order.displayNumber}
              </strong>
            ),
            email: order.email,
          })}
        </p>
        {order.shipping ? (
          <p>
            {t('shipping')} <strong data-testid="order-shipping-method">{order.shipping.method}</strong> (
            {order.shipping.price})
          </p>
        ) : null}
        <p>
          {t('charged')} <strong data-testid="order-total">{order.total}</strong>
        </p>
      </div>
      {order.lines && order.subtotal && order.shippingCost && order.tax ? (
        <section aria-labelledby="confirmation-items">
          <h2 id="confirmation-items">{t('items')}</h2>
          <OrderLines
            lines={order.lines.map((line, index) => ({ key: `${index}-${line.sku}`, ...line }))}
            moreLines={order.moreLines ?? 0}
          />
          <OrderTotals
            subtotal={order.subtotal}
            discount={order.discount}
            shipping={order.shippingCost}
            shippingMethod={order.shipping?.method}
            tax={order.tax}
            total={order.total}
            taxIncluded={order.taxIncluded}
            taxLines={order.taxLines}
            taxNote={order.taxNote}
            giftCard={order.giftCard}
            marked={false}
          />
        </section>
      ) : null}
      {order.extras ? (
        // the shop's own lines (its plugins): plain text, rendered as text
        <section aria-labelledby="confirmation-from-shop" data-testid="order-confirmation-extras">
          <h2 id="confirmation-from-shop">{t('fromTheShop')}</h2>
          {order.extras.fields.length > 0 ? (
            <dl>
              {order.extras.fields.map((field) => (
                <div key={`${field.label}\u0000${field.value}`}>
                  <dt>{field.label}</dt>
                  <dd>{field.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {order.extras.note ? <p>{order.extras.note}</p> : null}
        </section>
      ) : null}
      {order.address ? (
        <section aria-labelledby="confirmation-address">
          <h2 id="confirmation-address">{t('shippingTo')}</h2>
          <PostalAddress address={order.address} testId="order-shipping-address" />
          <h2 id="confirmation-billing">{t('billedTo')}</h2>
          {order.billingAddress ? (
            <PostalAddress address={order.billingAddress} testId="order-billing-address" />
          ) : (
            <p data-testid="order-billing-address">{t('sameAddress')}</p>
          )}
        </section>
      ) : null}
      {order.priceChanged ? (
        <p className="alert" role="note">
          {t('priceChanged')}
        </p>
      ) : null}
      <p>
        {signedIn ? (
          <Link href={`/account/orders/${encodeURIComponent(order.id)}`}>{t('track')}</Link>
        ) : (
          <Link href="/account/sign-up">{t('signUp')}</Link>
        )}
      </p>
    </>
  );
}
