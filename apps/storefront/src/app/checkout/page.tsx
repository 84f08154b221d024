import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { readFragment } from '../../generated/index.ts';
import { cartId } from '../../lib/cart.ts';
import { gql } from '../../lib/gateway.ts';
import { adjustmentNote, moneyIn } from '../../lib/money.ts';
import { customerToken } from '../../lib/session.ts';
import { CartFields } from '../cart/documents.ts';
import { CheckoutSteps } from './checkout-steps.tsx';
import { CheckoutData, ShopperEmail } from './documents.ts';
import { type Country, DEFAULT_COUNTRY, deliveryEstimate, SHIPPING_COUNTRIES } from './shipping.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Checkout'))('title') };
}

/**
 * The shipping methods follow the address's country: changing it re-renders this page with
 * `?country=XX` (the form keeps what was typed), and the API lists the methods that deliver there.
 */
export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await cartId();
  if (!id) redirect('/cart');
  const asked = (await searchParams).country;
  const country =
    SHIPPING_COUNTRIES.find((code) => code === (typeof asked === 'string' ? asked.toUpperCase() : '')) ??
    DEFAULT_COUNTRY;
  const [data, shopper] = await Promise.all([
    gql(CheckoutData, { id, country }, { as: 'either', returnTo: '/checkout' }),
    (await customerToken()) ? gql(ShopperEmail, {}, { as: 'shopper', returnTo: '/checkout' }) : null,
  ]);
  if (data.cart?.status !== 'OPEN' || data.cart.lines.length === 0) redirect('/cart');
  const cart = data.cart;
  const [t, locale] = await Promise.all([getTranslations('Checkout'), getLocale()]);
  const formatMoney = moneyIn(locale);
  const totals = readFragment(CartFields, cart);
  // the card pays its balance, at most the total: per method, since the total follows the method
  const card = totals.giftCard && !totals.giftCardProblem ? totals.giftCard : null;
  const payments = (total: { amount: number; currency: string; fractionDigits: number }) => {
    const paid = card ? Math.min(card.balance.amount, total.amount) : 0;
    return {
      giftCard: paid > 0 ? `−${formatMoney({ ...total, amount: paid })}` : null,
      toPay: formatMoney({ ...total, amount: total.amount - paid }),
    };
  };
  // names from the server's ICU, so the browser renders exactly the same options
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const countries: Country[] = SHIPPING_COUNTRIES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <CheckoutSteps
        idempotencyKey={crypto.randomUUID()}
        cartVersion={cart.version}
        email={shopper?.viewer.customer?.email ?? ''}
        name={shopper?.viewer.customer?.name ?? ''}
        country={country}
        countries={countries}
        methods={cart.shippingMethods.map((method) => ({
          code: method.code,
          name: method.name,
          price: formatMoney(method.price),
          estimate: deliveryEstimate(t, method.estimatedDaysMin, method.estimatedDaysMax),
          tax: formatMoney(method.cartTax),
          total: formatMoney(method.cartTotal),
          totalAmount: method.cartTotal.amount,
          ...payments(method.cartTotal),
        }))}
        summary={{
          lines: totals.lines.map((line) => ({
            title: line.title,
            quantity: line.quantity,
            notes: line.adjustments.map((adjustment) => adjustmentNote(formatMoney, adjustment)),
          })),
          subtotal: formatMoney(totals.subtotal),
          discount: totals.discount.amount > 0 ? formatMoney(totals.discount) : null,
          shipping: formatMoney(totals.shipping),
          tax: formatMoney(totals.tax),
          taxIncluded: totals.pricesIncludeTax,
          total: formatMoney(totals.total),
          totalAmount: totals.total.amount,
          giftCardLast4: card?.last4 ?? null,
          ...payments(totals.total),
        }}
      />
    </>
  );
}
