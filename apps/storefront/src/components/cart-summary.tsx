import { formatMoney } from '@ucos/clients';
import { Fragment } from 'react';
import { CartFields } from '../app/cart/documents.ts';
import { type FragmentType, readFragment } from '../generated/index.ts';

/** Totals of a cart (masked fragment CartView_cart), with its tax per rate. */
export function CartTotals(props: { cart: FragmentType<typeof CartFields> }) {
  const cart = readFragment(CartFields, props.cart);
  return (
    <dl className="totals">
      <dt>Subtotal</dt>
      <dd>{formatMoney(cart.subtotal)}</dd>
      {cart.discount.amount > 0 ? (
        <>
          <dt>Discount</dt>
          <dd data-testid="cart-discount">−{formatMoney(cart.discount)}</dd>
        </>
      ) : null}
      <dt>Shipping{cart.shippingDiscount.amount > 0 ? ' (free with a promotion)' : ''}</dt>
      <dd>{formatMoney(cart.shipping)}</dd>
      {cart.pricesIncludeTax ? null : (
        <>
          <dt>Tax</dt>
          <dd>{formatMoney(cart.tax)}</dd>
        </>
      )}
      <dt>
        <strong>Total</strong>
      </dt>
      <dd>
        <strong data-testid="cart-total">{formatMoney(cart.total)}</strong>
      </dd>
      {cart.appliedPromotions.map((promotion) => (
        <Fragment key={promotion.explanation}>
          <dt className="muted" data-testid="cart-promotion">
            {promotion.explanation}
          </dt>
          <dd />
        </Fragment>
      ))}
      {/* per rate: "incl. VAT 19%" when prices include tax, else what each rate adds (the flat default has no rate) */}
      {cart.taxLines
        .filter((line) => line.ratePpm !== null)
        .map((line) => (
          <Fragment key={`${line.name}-${line.ratePpm}`}>
            <dt className="muted" data-testid="cart-tax-line">
              {cart.pricesIncludeTax ? `incl. ${line.name}` : line.name}
            </dt>
            <dd className="muted">{formatMoney(line.amount)}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
