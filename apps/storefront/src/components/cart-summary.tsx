import { getLocale, getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { CartFields } from '../app/cart/documents.ts';
import { type FragmentType, readFragment } from '../generated/index.ts';
import { moneyIn } from '../lib/money.ts';

/** Totals of a cart (masked fragment CartView_cart), with its tax per rate. */
export async function CartTotals(props: { cart: FragmentType<typeof CartFields> }) {
  const cart = readFragment(CartFields, props.cart);
  const [t, locale] = await Promise.all([getTranslations('Totals'), getLocale()]);
  const formatMoney = moneyIn(locale);
  return (
    <dl className="totals">
      <dt>{t('subtotal')}</dt>
      <dd data-testid="cart-subtotal">{formatMoney(cart.subtotal)}</dd>
      {cart.discount.amount > 0 ? (
        <>
          <dt>{t('discount')}</dt>
          <dd data-testid="cart-discount">−{formatMoney(cart.discount)}</dd>
        </>
      ) : null}
      <dt>{cart.shippingDiscount.amount > 0 ? t('shippingFree') : t('shipping')}</dt>
      <dd>{formatMoney(cart.shipping)}</dd>
      {cart.pricesIncludeTax ? null : (
        <>
          <dt>{t('tax')}</dt>
          <dd>{formatMoney(cart.tax)}</dd>
        </>
      )}
      <dt>
        <strong>{t('total')}</strong>
      </dt>
      <dd>
        <strong data-testid="cart-total">{formatMoney(cart.total)}</strong>
        {cart.pricesIncludeTax ? (
          <span className="muted" data-testid="cart-incl-vat">
            {' '}
            {t('inclVat')}
          </span>
        ) : null}
      </dd>
      {cart.giftCard && cart.giftCardAmount.amount > 0 ? (
        <>
          <dt>{t('giftCard', { last4: cart.giftCard.last4 })}</dt>
          <dd data-testid="cart-gift-card-amount">−{formatMoney(cart.giftCardAmount)}</dd>
          <dt>
            <strong>{t('toPay')}</strong>
          </dt>
          <dd>
            <strong data-testid="cart-amount-to-pay">{formatMoney(cart.amountToPay)}</strong>
          </dd>
        </>
      ) : null}
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
              {cart.pricesIncludeTax ? t('inclTaxLine', { name: line.name }) : line.name}
            </dt>
            <dd className="muted">{formatMoney(line.amount)}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
