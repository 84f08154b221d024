import Link from 'next/link';
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
            #{order.number}
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
