import Link from 'next/link';
import { OrderLines, OrderTotals, PostalAddress } from '../../../components/order-summary.tsx';
import { lastOrder } from '../../../lib/cart.ts';
import { customerToken } from '../../../lib/session.ts';

export const metadata = { title: 'Thank you' };

export default async function ConfirmationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = (await searchParams).order;
  const order = await lastOrder();
  const signedIn = Boolean(await customerToken());
  if (!order || order.id !== id) {
    return (
      <>
        <h1>Order placed</h1>
        <p>Your order was placed. {signedIn ? <Link href="/account">See your orders</Link> : null}</p>
      </>
    );
  }
  return (
    <>
      <h1>Thank you for your order</h1>
      <div className="success" role="status">
        <p>
          Order{' '}
          <strong data-testid="order-number" data-order-id={order.id}>
            {order.displayNumber}
          </strong>{' '}
          is confirmed. A receipt goes to {order.email}.
        </p>
        {order.shipping ? (
          <p>
            Shipping: <strong data-testid="order-shipping-method">{order.shipping.method}</strong> (
            {order.shipping.price})
          </p>
        ) : null}
        <p>
          Total charged: <strong data-testid="order-total">{order.total}</strong>
        </p>
      </div>
      {order.lines && order.subtotal && order.shippingCost && order.tax ? (
        <section aria-labelledby="confirmation-items">
          <h2 id="confirmation-items">Your items</h2>
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
            marked={false}
          />
        </section>
      ) : null}
      {order.address ? (
        <section aria-labelledby="confirmation-address">
          <h2 id="confirmation-address">Shipping to</h2>
          <PostalAddress address={order.address} testId="order-shipping-address" />
          <h2 id="confirmation-billing">Billed to</h2>
          {order.billingAddress ? (
            <PostalAddress address={order.billingAddress} testId="order-billing-address" />
          ) : (
            <p data-testid="order-billing-address">The shipping address.</p>
          )}
        </section>
      ) : null}
      {order.priceChanged ? (
        <p className="alert" role="note">
          Prices changed between your cart and checkout; the total above is what was charged.
        </p>
      ) : null}
      <p>
        {signedIn ? (
          <Link href={`/account/orders/${encodeURIComponent(order.id)}`}>Track this order</Link>
        ) : (
          <Link href="/account/sign-up">Create an account to track your orders</Link>
        )}
      </p>
    </>
  );
}
