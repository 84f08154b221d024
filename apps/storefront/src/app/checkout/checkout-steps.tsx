'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CheckoutForm } from './checkout-form.tsx';
import type { CheckoutSummary, Country, ShippingChoice } from './shipping.ts';

/**
 * The form and the order summary side by side, sharing the chosen shipping method: the summary shows
 * the totals the API computed for that method (checkout computes them again; the confirmation shows
 * what was charged).
 */
export function CheckoutSteps(props: {
  idempotencyKey: string;
  cartVersion: number;
  email: string;
  name: string;
  country: string;
  countries: Country[];
  methods: ShippingChoice[];
  summary: CheckoutSummary;
}) {
  const t = useTranslations('Checkout');
  const tt = useTranslations('Totals');
  const [chosen, choose] = useState<string | null>(null);
  // the first method (the cheapest) until the shopper picks one; a pick the new country does not
  // offer falls back to it as well
  const method = props.methods.find((candidate) => candidate.code === chosen) ?? props.methods[0] ?? null;
  const { summary } = props;
  return (
    <div className="steps">
      <CheckoutForm
        idempotencyKey={props.idempotencyKey}
        cartVersion={props.cartVersion}
        shownTotal={method?.totalAmount ?? summary.totalAmount}
        total={summary.giftCardLast4 ? (method?.toPay ?? summary.toPay) : (method?.total ?? summary.total)}
        taxIncluded={summary.taxIncluded}
        email={props.email}
        name={props.name}
        country={props.country}
        countries={props.countries}
        methods={props.methods}
        chosenMethod={method?.code ?? null}
        onChooseMethod={choose}
      />
      <aside aria-label={t('summary')}>
        <h2>{t('yourOrder')}</h2>
        <ul>
          {summary.lines.map((line) => (
            <li key={line.title}>
              {line.quantity} × {line.title}
              {line.notes.map((note) => (
                <span key={note} className="muted discount-note" data-testid="checkout-line-adjustment">
                  <br />
                  {note}
                </span>
              ))}
            </li>
          ))}
        </ul>
        <dl className="totals" aria-live="polite">
          <dt>{tt('subtotal')}</dt>
          <dd>{summary.subtotal}</dd>
          {summary.discount ? (
            <>
              <dt>{tt('discount')}</dt>
              <dd data-testid="checkout-discount">−{summary.discount}</dd>
            </>
          ) : null}
          <dt>{method ? tt('shippingWith', { method: method.name }) : tt('shipping')}</dt>
          <dd data-testid="checkout-shipping">{method?.price ?? summary.shipping}</dd>
          {summary.taxIncluded ? null : (
            <>
              <dt>{tt('tax')}</dt>
              <dd>{method?.tax ?? summary.tax}</dd>
            </>
          )}
          <dt>
            <strong>{tt('total')}</strong>
          </dt>
          <dd>
            <strong data-testid="checkout-total">{method?.total ?? summary.total}</strong>
          </dd>
          {summary.giftCardLast4 && (method?.giftCard ?? summary.giftCard) ? (
            <>
              <dt>{tt('giftCard', { last4: summary.giftCardLast4 })}</dt>
              <dd data-testid="checkout-gift-card">{method?.giftCard ?? summary.giftCard}</dd>
              <dt>
                <strong>{tt('toPay')}</strong>
              </dt>
              <dd>
                <strong data-testid="checkout-to-pay">{method?.toPay ?? summary.toPay}</strong>
              </dd>
            </>
          ) : null}
          {summary.taxIncluded ? (
            <>
              <dt className="muted">{tt('inclVat')}</dt>
              <dd className="muted" data-testid="checkout-tax-included">
                {method?.tax ?? summary.tax}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="muted">{t('checkedAgain')}</p>
      </aside>
    </div>
  );
}
