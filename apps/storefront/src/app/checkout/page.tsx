import { formatMoney } from '@ucos/clients';
import { redirect } from 'next/navigation';
import { CartTotals } from '../../components/cart-summary.tsx';
import { readFragment } from '../../generated/index.ts';
import { cartId } from '../../lib/cart.ts';
import { gql } from '../../lib/gateway.ts';
import { customerToken } from '../../lib/session.ts';
import { CartFields } from '../cart/documents.ts';
import { CheckoutForm } from './checkout-form.tsx';
import { CheckoutData, ShopperEmail } from './documents.ts';

export const metadata = { title: 'Checkout' };
const COUNTRY = 'DE';

export default async function CheckoutPage() {
  const id = await cartId();
  if (!id) redirect('/cart');
  const [data, shopper] = await Promise.all([
    gql(CheckoutData, { id, country: COUNTRY }, { as: 'either', returnTo: '/checkout' }),
    (await customerToken()) ? gql(ShopperEmail, {}, { as: 'shopper', returnTo: '/checkout' }) : null,
  ]);
  if (data.cart?.status !== 'OPEN' || data.cart.lines.length === 0) redirect('/cart');
  const cart = data.cart;
  return (
    <>
      <h1>Checkout</h1>
      <div className="steps">
        <CheckoutForm
          idempotencyKey={crypto.randomUUID()}
          cartVersion={cart.version}
          shownTotal={readFragment(CartFields, cart).total.amount}
          email={shopper?.viewer.customer?.email ?? ''}
          name={shopper?.viewer.customer?.name ?? ''}
          country={COUNTRY}
          rates={data.shippingRates.map((rate) => ({ ...rate, price: formatMoney(rate.price) }))}
        />
        <aside aria-label="Order summary">
          <h2>Your order</h2>
          <ul>
            {cart.lines.map((line) => (
              <li key={line.title}>
                {line.quantity} × {line.title}
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} />
        </aside>
      </div>
    </>
  );
}
