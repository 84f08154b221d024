import { formatMoney } from '@ucos/clients';
import { CartFields } from '../app/cart/documents.ts';
import { type FragmentType, readFragment } from '../generated/index.ts';

/** Totals of a cart (masked fragment CartView_cart). */
export function CartTotals(props: { cart: FragmentType<typeof CartFields> }) {
  const cart = readFragment(CartFields, props.cart);
  return (
    <dl className="totals">
      <dt>Subtotal</dt>
      <dd>{formatMoney(cart.subtotal)}</dd>
      <dt>Shipping</dt>
      <dd>{formatMoney(cart.shipping)}</dd>
      <dt>Tax</dt>
      <dd>{formatMoney(cart.tax)}</dd>
      <dt>
        <strong>Total</strong>
      </dt>
      <dd>
        <strong data-testid="cart-total">{formatMoney(cart.total)}</strong>
      </dd>
    </dl>
  );
}
