import { formatMoney } from '@ucos/clients';
import { ProductImage } from '@ucos/ui/product-image';
import Link from 'next/link';
import { CartTotals } from '../../components/cart-summary.tsx';
import { readFragment } from '../../generated/index.ts';
import { cartId } from '../../lib/cart.ts';
import { gql } from '../../lib/gateway.ts';
import { CartLineControls } from './cart-line.tsx';
import { CartFields, CartQuery } from './documents.ts';
import { PromotionCodeForm } from './promotion-code.tsx';

export const metadata = { title: 'Cart' };

export default async function CartPage() {
  const id = await cartId();
  const data = id ? await gql(CartQuery, { id }, { as: 'either', returnTo: '/cart' }) : null;
  const cart = data?.cart && readFragment(CartFields, data.cart);
  if (!data?.cart || !cart || cart.status !== 'OPEN' || cart.lines.length === 0) {
    return (
      <>
        <h1>Your cart</h1>
        <p role="status">Your cart is empty.</p>
        <Link href="/search">Browse products</Link>
      </>
    );
  }
  return (
    <>
      <h1>Your cart</h1>
      <table className="cart">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Price</th>
            <th scope="col">Quantity</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line) => {
            const image = line.variant.product?.media[0];
            return (
              <tr key={line.variant.id}>
                <td>
                  <div className="row" style={{ alignItems: 'center', gap: 12 }}>
                    <span className="media line-thumb">
                      {image ? (
                        <ProductImage url={image.url} alt="" width={112} height={112} sizes="56px" lazy />
                      ) : null}
                    </span>
                    <span>
                      {line.title}
                      <br />
                      <span className="muted">{line.sku}</span>
                    </span>
                  </div>
                </td>
                <td>{formatMoney(line.unitPrice)}</td>
                <td>
                  <CartLineControls variantId={line.variant.id} quantity={line.quantity} title={line.title} />
                </td>
                <td>
                  {line.discount.amount > 0 ? (
                    <>
                      <s className="muted">{formatMoney(line.total)}</s>{' '}
                      <span data-testid="cart-line-total">{formatMoney(line.discountedTotal)}</span>
                      {line.discounts.map((discount) => (
                        <span
                          key={discount.explanation}
                          className="muted discount-note"
                          data-testid="cart-line-discount"
                        >
                          <br />
                          {discount.explanation}
                        </span>
                      ))}
                    </>
                  ) : (
                    <span data-testid="cart-line-total">{formatMoney(line.total)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PromotionCodeForm code={cart.promotionCode} problem={cart.promotionCodeProblem} />
      <CartTotals cart={data.cart} />
      <p className="muted">Prices are checked again at checkout.</p>
      <Link className="button" href="/checkout">
        Checkout
      </Link>
    </>
  );
}
