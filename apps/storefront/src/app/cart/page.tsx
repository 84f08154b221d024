import { ProductImage } from '@ucos/ui/product-image';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CartTotals } from '../../components/cart-summary.tsx';
import { readFragment } from '../../generated/index.ts';
import { cartId } from '../../lib/cart.ts';
import { gql } from '../../lib/gateway.ts';
import { adjustmentNote, moneyIn } from '../../lib/money.ts';
import { planTerms } from '../../lib/plan-terms.ts';
import { CartLineControls } from './cart-line.tsx';
import { CartFields, CartQuery } from './documents.ts';
import { GiftCardForm } from './gift-card.tsx';
import { PromotionCodeForm } from './promotion-code.tsx';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Cart'))('title') };
}

export default async function CartPage() {
  const [id, t, plans, locale] = await Promise.all([
    cartId(),
    getTranslations('Cart'),
    getTranslations('Subscriptions'),
    getLocale(),
  ]);
  const formatMoney = moneyIn(locale);
  const data = id ? await gql(CartQuery, { id }, { as: 'either', returnTo: '/cart' }) : null;
  const cart = data?.cart && readFragment(CartFields, data.cart);
  if (!data?.cart || !cart || cart.status !== 'OPEN' || cart.lines.length === 0) {
    return (
      <>
        <h1>{t('heading')}</h1>
        <p role="status">{t('empty')}</p>
        <Link href="/search">{t('browse')}</Link>
      </>
    );
  }
  return (
    <>
      <h1>{t('heading')}</h1>
      <table className="cart cart-lines">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('price')}</th>
            <th scope="col">{t('quantity')}</th>
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line) => {
            const image = line.variant.product?.media[0];
            const handle = line.variant.product?.handle;
            const href = handle ? `/products/${encodeURIComponent(handle)}` : null;
            return (
              <tr key={line.variant.id}>
                <td>
                  <div className="line-item">
                    <span className="media line-thumb">
                      {image ? (
                        <ProductImage url={image.url} alt="" width={112} height={112} sizes="56px" lazy />
                      ) : null}
                    </span>
                    <span className="line-text">
                      {href ? (
                        <Link href={href} data-testid="cart-line-link">
                          {line.title}
                        </Link>
                      ) : (
                        line.title
                      )}
                      <br />
                      <span className="muted sku" title={line.sku}>
                        {line.sku}
                      </span>
                      {line.subscriptionPlan ? (
                        <>
                          <br />
                          <span className="muted" data-testid="cart-line-subscription">
                            {line.subscriptionPlan.name}: {planTerms(plans, line.subscriptionPlan)}
                          </span>
                        </>
                      ) : null}
                    </span>
                  </div>
                </td>
                <td data-label={t('price')}>{formatMoney(line.unitPrice)}</td>
                <td data-label={t('quantity')}>
                  <CartLineControls variantId={line.variant.id} quantity={line.quantity} title={line.title} />
                </td>
                <td data-label={t('total')}>
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
                      {line.adjustments.map((adjustment) => (
                        <span
                          key={adjustment.reason}
                          className="muted discount-note"
                          data-testid="cart-line-adjustment"
                        >
                          <br />
                          {adjustmentNote(formatMoney, adjustment)}
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
      <GiftCardForm
        applied={cart.giftCard ? { last4: cart.giftCard.last4, balance: formatMoney(cart.giftCard.balance) } : null}
        problem={cart.giftCardProblem}
      />
      <CartTotals cart={data.cart} />
      <p className="muted">{t('checkedAgain')}</p>
      <Link className="button" href="/checkout">
        {t('checkout')}
      </Link>
    </>
  );
}
