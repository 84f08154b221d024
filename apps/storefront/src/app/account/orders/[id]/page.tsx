import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { OrderLines, OrderTotals, PostalAddress } from '../../../../components/order-summary.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { adjustmentNote, moneyIn } from '../../../../lib/money.ts';
import { routeParam } from '../../../../lib/route-param.ts';
import { orderStatus, paymentStatus, returnStatus, shipmentStatus } from '../../statuses.ts';
import { OrderDetail } from '../documents.ts';
import { type ReturnableLine, ReturnForm } from '../return-form.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Order'))('title') };
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = routeParam((await params).id);
  const here = `/account/orders/${encodeURIComponent(id)}`;
  const [{ order }, t, ts, format, locale] = await Promise.all([
    gql(OrderDetail, { id }, { as: 'shopper', returnTo: here }),
    getTranslations('Order'),
    getTranslations('Status'),
    getFormatter(),
    getLocale(),
  ]);
  if (!order) notFound();
  const formatMoney = moneyIn(locale);
  // a calendar day in the shopper's language, month spelled out: never 03/04 (March or April?)
  const day = (value: string) => format.dateTime(new Date(value), { dateStyle: 'long' });
  const fractionDigits = order.total.fractionDigits;
  const lineByVariant = new Map(order.lines.map((line) => [line.variant.id, line]));
  const returnable: ReturnableLine[] = (order.fulfillment?.lines ?? [])
    .filter((line) => line.returnableQuantity > 0)
    .map((line) => {
      const ordered = lineByVariant.get(line.variant.id);
      return {
        variantId: line.variant.id,
        title: ordered?.title ?? t('item'),
        sku: ordered?.sku ?? '',
        returnable: line.returnableQuantity,
      };
    });
  // the shop's public order fields (the API shows a shopper no other), those with a value
  const details = order.customFields.filter((field) => field.value !== null && field.value !== '');
  const mayReturn = order.fulfillment?.availableActions.includes('REQUEST_RETURN') ?? false;
  const windowEnds = order.fulfillment?.returnWindowEndsAt ?? null;
  return (
    <>
      <p>
        <Link href="/account">{t('back')}</Link>
      </p>
      <h1>{t('heading', { number: order.displayNumber })}</h1>
      <p className="muted">{t('placedOn', { date: day(order.createdAt) })}</p>
      <p>
        {t('status')} <strong data-testid="order-status">{orderStatus(ts, order.status)}</strong> · {t('payment')}{' '}
        <span data-testid="order-payment-status">{paymentStatus(ts, order.paymentStatus)}</span>
      </p>
      <section aria-labelledby="order-items">
        <h2 id="order-items">{t('items')}</h2>
        <OrderLines
          lines={order.lines.map((line) => ({
            key: line.id,
            title: line.title,
            sku: line.sku,
            quantity: line.quantity,
            shipped: line.fulfilledQuantity,
            unitPrice: formatMoney(line.unitPrice),
            total: formatMoney(line.total),
            notes: line.adjustments.map((adjustment) => adjustmentNote(formatMoney, adjustment)),
          }))}
        />
        <OrderTotals
          subtotal={formatMoney(order.subtotal)}
          discount={order.discount.amount > 0 ? formatMoney(order.discount) : null}
          shipping={formatMoney(order.shipping)}
          shippingMethod={order.shippingMethod?.name}
          tax={formatMoney(order.tax)}
          total={formatMoney(order.total)}
          taxIncluded={order.pricesIncludeTax}
          taxLines={order.taxLines
            .filter((line) => line.ratePpm !== null)
            .map((line) => ({ name: line.name, amount: formatMoney(line.amount) }))}
          taxNote={order.taxNote}
          giftCard={
            order.giftCardMaskedCode && order.giftCardAmount.amount > 0
              ? {
                  code: order.giftCardMaskedCode,
                  amount: formatMoney(order.giftCardAmount),
                  remainder: formatMoney(order.paymentAmount),
                }
              : null
          }
        />
      </section>
      {details.length > 0 ? (
        <section aria-labelledby="order-details">
          <h2 id="order-details">{t('details')}</h2>
          <dl data-testid="order-custom-fields">
            {details.map((field) => (
              <div key={field.key}>
                <dt>{field.label}</dt>
                <dd data-testid={`order-field-${field.key}`}>
                  {field.type === 'BOOLEAN' ? (field.value === 'true' ? t('yes') : t('no')) : field.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="order-address">
        <h2 id="order-address">{t('shippingTo')}</h2>
        <PostalAddress address={order.shippingAddress} testId="order-shipping-address" />
        <h3>{t('billedTo')}</h3>
        <PostalAddress address={order.billingAddress} testId="order-billing-address" />
        <p className="muted">{t('receipts', { email: order.email })}</p>
      </section>
      <section aria-labelledby="shipments">
        <h2 id="shipments">{t('shipments')}</h2>
        {order.shipments.length === 0 ? <p className="muted">{t('notShipped')}</p> : null}
        <ul>
          {order.shipments.map((shipment) => (
            <li key={shipment.id} data-testid="shipment">
              <strong>{shipmentStatus(ts, shipment.status)}</strong> — {shipment.carrier}
              {shipment.service ? ` ${shipment.service}` : ''}
              {shipment.trackingNumber ? (
                <>
                  , {t('tracking')} <code>{shipment.trackingNumber}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="returns">
        <h2 id="returns">{t('returns')}</h2>
        {order.returns.length === 0 ? <p className="muted">{t('noReturns')}</p> : null}
        <ul>
          {order.returns.map((item) => (
            <li key={item.id} data-testid="return" data-status={item.status}>
              <strong>{returnStatus(ts, item.status)}</strong>
              {item.status === 'REFUNDED' && item.refundAmount !== null && item.refundAmount !== undefined ? (
                <>
                  {' '}
                  <span data-testid="return-refund">
                    {formatMoney({ amount: item.refundAmount, currency: order.currency, fractionDigits })}
                  </span>
                </>
              ) : null}{' '}
              — {t('requestedOn', { date: day(item.createdAt) })}{' '}
              {item.lines
                .map((line) => `${line.quantity} × ${lineByVariant.get(line.variant.id)?.title ?? t('item')}`)
                .join(', ')}
              {item.reason ? <span className="muted"> ({item.reason})</span> : null}
            </li>
          ))}
        </ul>
        {mayReturn && returnable.length > 0 ? (
          <>
            <h3>{t('requestReturn')}</h3>
            {windowEnds ? (
              <p className="muted" data-testid="return-window">
                {t('returnUntil', { date: day(windowEnds) })}
              </p>
            ) : null}
            <ReturnForm orderId={order.id} lines={returnable} />
          </>
        ) : returnable.length > 0 && windowEnds ? (
          <p className="muted" data-testid="return-window">
            {t('returnClosed', { date: day(windowEnds) })}
          </p>
        ) : null}
      </section>
    </>
  );
}
