import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderLines, OrderTotals, PostalAddress } from '../../../../components/order-summary.tsx';
import { gql } from '../../../../lib/gateway.ts';
import { OrderDetail } from '../documents.ts';
import { type ReturnableLine, ReturnForm } from '../return-form.tsx';

export const metadata = { title: 'Order' };

const STATUS: Record<string, string> = {
  PENDING: 'Being prepared',
  PACKED: 'Packed',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** A return's state as the shopper reads it: what happens next. */
const RETURN_STATUS: Record<string, string> = {
  REQUESTED: 'Requested — we will look at it shortly',
  APPROVED: 'Approved — please send the items back',
  RECEIVED: 'Received — your refund is on its way',
  REFUNDED: 'Refunded',
  REJECTED: 'Not accepted',
};

const day = (value: string) =>
  new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/account/orders/${encodeURIComponent(id)}`;
  const { order } = await gql(OrderDetail, { id }, { as: 'shopper', returnTo: here });
  if (!order) notFound();
  const fractionDigits = order.total.fractionDigits;
  const lineByVariant = new Map(order.lines.map((line) => [line.variant.id, line]));
  const returnable: ReturnableLine[] = (order.fulfillment?.lines ?? [])
    .filter((line) => line.returnableQuantity > 0)
    .map((line) => {
      const ordered = lineByVariant.get(line.variant.id);
      return {
        variantId: line.variant.id,
        title: ordered?.title ?? 'Item',
        sku: ordered?.sku ?? '',
        returnable: line.returnableQuantity,
      };
    });
  const mayReturn = order.fulfillment?.availableActions.includes('REQUEST_RETURN') ?? false;
  const windowEnds = order.fulfillment?.returnWindowEndsAt ?? null;
  return (
    <>
      <p>
        <Link href="/account">← Your orders</Link>
      </p>
      <h1>Order {order.displayNumber}</h1>
      <p className="muted">Placed on {new Date(order.createdAt).toLocaleDateString('en-GB')}</p>
      <p>
        Status: <strong data-testid="order-status">{order.status.toLowerCase().replace('_', ' ')}</strong> · payment{' '}
        <span data-testid="order-payment-status">{order.paymentStatus.toLowerCase().replace('_', ' ')}</span>
      </p>
      <section aria-labelledby="order-items">
        <h2 id="order-items">Items</h2>
        <OrderLines
          lines={order.lines.map((line) => ({
            key: line.id,
            title: line.title,
            sku: line.sku,
            quantity: line.quantity,
            shipped: line.fulfilledQuantity,
            unitPrice: formatMoney(line.unitPrice),
            total: formatMoney(line.total),
          }))}
        />
        <OrderTotals
          subtotal={formatMoney(order.subtotal)}
          shipping={formatMoney(order.shipping)}
          shippingMethod={order.shippingMethod?.name}
          tax={formatMoney(order.tax)}
          total={formatMoney(order.total)}
          taxIncluded={order.pricesIncludeTax}
          taxLines={order.taxLines
            .filter((line) => line.ratePpm !== null)
            .map((line) => ({ name: line.name, amount: formatMoney(line.amount) }))}
          taxNote={order.taxNote}
        />
      </section>
      <section aria-labelledby="order-address">
        <h2 id="order-address">Shipping to</h2>
        <PostalAddress address={order.shippingAddress} testId="order-shipping-address" />
        <h3>Billed to</h3>
        <PostalAddress address={order.billingAddress} testId="order-billing-address" />
        <p className="muted">Receipts go to {order.email}.</p>
      </section>
      <section aria-labelledby="shipments">
        <h2 id="shipments">Shipments</h2>
        {order.shipments.length === 0 ? <p className="muted">Not shipped yet.</p> : null}
        <ul>
          {order.shipments.map((shipment) => (
            <li key={shipment.id} data-testid="shipment">
              <strong>{STATUS[shipment.status] ?? shipment.status}</strong> — {shipment.carrier}
              {shipment.service ? ` ${shipment.service}` : ''}
              {shipment.trackingNumber ? (
                <>
                  , tracking number <code>{shipment.trackingNumber}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="returns">
        <h2 id="returns">Returns</h2>
        {order.returns.length === 0 ? <p className="muted">No returns.</p> : null}
        <ul>
          {order.returns.map((item) => (
            <li key={item.id} data-testid="return" data-status={item.status}>
              <strong>{RETURN_STATUS[item.status] ?? item.status}</strong>
              {item.status === 'REFUNDED' && item.refundAmount !== null && item.refundAmount !== undefined ? (
                <>
                  {' '}
                  <span data-testid="return-refund">
                    {formatMoney({ amount: item.refundAmount, currency: order.currency, fractionDigits })}
                  </span>
                </>
              ) : null}{' '}
              — requested on {day(item.createdAt)}:{' '}
              {item.lines
                .map((line) => `${line.quantity} × ${lineByVariant.get(line.variant.id)?.title ?? 'item'}`)
                .join(', ')}
              {item.reason ? <span className="muted"> ({item.reason})</span> : null}
            </li>
          ))}
        </ul>
        {mayReturn && returnable.length > 0 ? (
          <>
            <h3>Request a return</h3>
            {windowEnds ? (
              <p className="muted" data-testid="return-window">
                You can request a return until {day(windowEnds)}.
              </p>
            ) : null}
            <ReturnForm orderId={order.id} lines={returnable} />
          </>
        ) : returnable.length > 0 && windowEnds ? (
          <p className="muted" data-testid="return-window">
            The return window for this order closed on {day(windowEnds)}.
          </p>
        ) : null}
      </section>
    </>
  );
}
