'use client';
import type { FieldErrors } from '@ucos/clients';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { Submit } from '../../components/submit.tsx';
import { placeOrder } from './actions.ts';
import type { BILLING_PARTS } from './billing.ts';
import type { Country, ShippingChoice } from './shipping.ts';

/**
 * Address, shipping method and the test payment. The idempotency key is fixed for this form: a double
 * submit or a retry after a timeout gets the first result, never a second order. Only a refused
 * attempt (declined card, stock, price) hands back a new key, so the corrected try is a new attempt.
 */
export function CheckoutForm(props: {
  idempotencyKey: string;
  cartVersion: number;
  shownTotal: number;
  /** the total for the chosen method, formatted: shown right above "Place order" */
  total: string;
  taxIncluded: boolean;
  email: string;
  name: string;
  country: string;
  countries: Country[];
  methods: ShippingChoice[];
  chosenMethod: string | null;
  onChooseMethod: (code: string) => void;
}) {
  const t = useTranslations('Checkout');
  const [state, action] = useActionState(placeOrder, {} as FormState);
  const formRef = useRef<HTMLFormElement>(null);
  // checkout reports every problem at once, each under its field: the shopper starts at the first one
  useEffect(() => {
    if (!state.errors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const v = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const router = useRouter();
  const [updatingMethods, startUpdate] = useTransition();
  // the page lists the methods for its ?country=: the typed fields stay, only the methods change
  const showMethodsFor = (country: string) =>
    startUpdate(() => router.replace(`/checkout?country=${encodeURIComponent(country)}`, { scroll: false }));
  const countryError = state.errors?.['shippingAddress.country'];
  const methodError = state.errors?.shippingMethod;
  const countryName = props.countries.find((country) => country.code === props.country)?.name ?? props.country;
  return (
    <form ref={formRef} action={action} aria-label={t('title')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="idempotencyKey" value={v('idempotencyKey', props.idempotencyKey)} />
      <input type="hidden" name="cartVersion" value={props.cartVersion} />
      <input type="hidden" name="shownTotal" value={props.shownTotal} />
      <fieldset className="box">
        <legend>{t('contact')}</legend>
        <Field
          name="email"
          label={t('email')}
          type="email"
          autoComplete="email"
          required
          errors={state.errors}
          defaultValue={v('email', props.email)}
        />
        <Field
          name="customerTaxId"
          label={t('vatId')}
          autoComplete="off"
          errors={state.errors}
          defaultValue={v('customerTaxId')}
        />
      </fieldset>
      <fieldset className="box">
        <legend>{t('shippingAddress')}</legend>
        <Field
          name="shippingAddress.name"
          label={t('fullName')}
          autoComplete="name"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.name', props.name)}
        />
        <Field
          name="shippingAddress.line1"
          label={t('address')}
          autoComplete="address-line1"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.line1')}
        />
        <Field
          name="shippingAddress.line2"
          label={t('address2')}
          autoComplete="address-line2"
          errors={state.errors}
          defaultValue={v('shippingAddress.line2')}
        />
        <Field
          name="shippingAddress.postalCode"
          label={t('postalCode')}
          autoComplete="postal-code"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.postalCode')}
        />
        <Field
          name="shippingAddress.city"
          label={t('city')}
          autoComplete="address-level2"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.city')}
        />
        <Field
          name="shippingAddress.phone"
          label={t('phone')}
          type="tel"
          autoComplete="tel"
          errors={state.errors}
          defaultValue={v('shippingAddress.phone')}
        />
        <div>
          <label htmlFor="field-shippingAddress-country">{t('country')}</label>
          <select
            id="field-shippingAddress-country"
            name="shippingAddress.country"
            autoComplete="country"
            required
            defaultValue={v('shippingAddress.country', props.country)}
            onChange={(event) => showMethodsFor(event.target.value)}
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? 'field-shippingAddress-country-error' : undefined}
          >
            {props.countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          {countryError ? (
            <p className="field-error" id="field-shippingAddress-country-error" role="alert">
              {countryError}
            </p>
          ) : null}
        </div>
      </fieldset>
      <BillingAddress
        values={state.values}
        errors={state.errors}
        countries={props.countries}
        defaultCountry={props.country}
      />
      <fieldset
        className="box"
        aria-describedby={methodError ? 'field-shippingMethod-error' : undefined}
        aria-busy={updatingMethods || undefined}
      >
        <legend>{t('shippingMethod')}</legend>
        {updatingMethods ? (
          <p className="muted" role="status">
            {t('updatingMethods')}
          </p>
        ) : null}
        {props.methods.length === 0 ? <p className="muted">{t('noDelivery', { country: countryName })}</p> : null}
        {props.methods.map((method) => (
          <label className="choice" key={method.code}>
            <input
              type="radio"
              name="shippingMethod"
              value={method.code}
              // uncontrolled: React resets the form after each submit, back to these defaults, and
              // only keeps uncontrolled defaults in step (a controlled radio would fall back to the
              // method that was first checked while the summary still showed the chosen one)
              defaultChecked={method.code === props.chosenMethod}
              onChange={() => props.onChooseMethod(method.code)}
            />
            <span>
              <strong>{method.name}</strong> — {method.price}, {method.estimate}
            </span>
          </label>
        ))}
        {methodError ? (
          <p className="field-error" id="field-shippingMethod-error" role="alert">
            {methodError}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="box">
        <legend>{t('payment')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="payment.token"
            value="tok_visa"
            defaultChecked={v('payment.token', 'tok_visa') === 'tok_visa'}
          />
          {t('cardApproved')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="payment.token"
            value="tok_decline"
            defaultChecked={v('payment.token') === 'tok_decline'}
          />
          {t('cardDeclined')}
        </label>
        {state.errors?.['payment.token'] ? (
          <p className="field-error" role="alert">
            {state.errors['payment.token']}
          </p>
        ) : null}
      </fieldset>
      <p className="place-total" data-testid="place-order-total">
        {t('totalToPay')} <strong>{props.total}</strong>
        {props.taxIncluded ? <span className="muted"> {t('inclVat')}</span> : null}
      </p>
      <Submit>{t('placeOrder')}</Submit>
    </form>
  );
}

/**
 * A billing address other than the shipping address, behind a checkbox: unticked, the order is
 * billed at the shipping address and the billing fields are not on the page at all. Ticked again
 * when the shopper sent one or the API refused a part of it.
 */
function BillingAddress(props: {
  values: Record<string, string> | undefined;
  errors: FieldErrors | undefined;
  countries: { code: string; name: string }[];
  defaultCountry: string;
}) {
  const t = useTranslations('Checkout');
  const v = (name: string, fallback = '') => props.values?.[name] ?? fallback;
  const [different, setDifferent] = useState(v('billingDifferent') === 'on');
  const countryError = props.errors?.['billingAddress.country'];
  const field = (part: (typeof BILLING_PARTS)[number], label: string, autoComplete: string, required = true) => (
    <Field
      name={`billingAddress.${part}`}
      label={label}
      autoComplete={`billing ${autoComplete}`}
      required={required}
      errors={props.errors}
      defaultValue={v(`billingAddress.${part}`)}
    />
  );
  return (
    <fieldset className="box">
      <legend>{t('billing')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          name="billingDifferent"
          checked={different}
          onChange={(event) => setDifferent(event.target.checked)}
        />{' '}
        {t('billDifferent')}
      </label>
      {different ? (
        <>
          {field('name', t('billingName'), 'name')}
          {field('line1', t('billingLine1'), 'address-line1')}
          {field('line2', t('billingLine2'), 'address-line2', false)}
          {field('postalCode', t('billingPostalCode'), 'postal-code')}
          {field('city', t('billingCity'), 'address-level2')}
          <div>
            <label htmlFor="field-billingAddress-country">{t('billingCountry')}</label>
            <select
              id="field-billingAddress-country"
              name="billingAddress.country"
              autoComplete="billing country"
              defaultValue={v('billingAddress.country', props.defaultCountry)}
              aria-invalid={countryError ? true : undefined}
              aria-describedby={countryError ? 'field-billingAddress-country-error' : undefined}
            >
              {props.countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
            {countryError ? (
              <p className="field-error" id="field-billingAddress-country-error" role="alert">
                {countryError}
              </p>
            ) : null}
          </div>
        </>
      ) : (
        <p className="muted">{t('billedAtShipping')}</p>
      )}
    </fieldset>
  );
}
