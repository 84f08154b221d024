'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { Submit } from '@ucos/ui/submit';
import { useActionState } from 'react';
import { placeOrder } from './actions.ts';

export interface Rate {
  carrier: string;
  service: string;
  estimatedDays: number;
  price: string;
}

/**
 * Address, shipping and the test payment. The idempotency key is fixed for this form: a double
 * submit or a retry after a timeout gets the first result, never a second order.
 */
export function CheckoutForm(props: {
  idempotencyKey: string;
  cartVersion: number;
  shownTotal: number;
  email: string;
  name: string;
  country: string;
  rates: Rate[];
}) {
  const [state, action] = useActionState(placeOrder, {} as FormState);
  const v = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  return (
    <form action={action} aria-label="Checkout" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <input type="hidden" name="cartVersion" value={props.cartVersion} />
      <input type="hidden" name="shownTotal" value={props.shownTotal} />
      <fieldset className="box">
        <legend>Contact</legend>
        <Field
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          errors={state.errors}
          defaultValue={v('email', props.email)}
        />
      </fieldset>
      <fieldset className="box">
        <legend>Shipping address</legend>
        <Field
          name="shippingAddress.name"
          label="Full name"
          autoComplete="name"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.name', props.name)}
        />
        <Field
          name="shippingAddress.line1"
          label="Address"
          autoComplete="address-line1"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.line1')}
        />
        <Field
          name="shippingAddress.line2"
          label="Address line 2 (optional)"
          autoComplete="address-line2"
          errors={state.errors}
          defaultValue={v('shippingAddress.line2')}
        />
        <Field
          name="shippingAddress.postalCode"
          label="Postal code"
          autoComplete="postal-code"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.postalCode')}
        />
        <Field
          name="shippingAddress.city"
          label="City"
          autoComplete="address-level2"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.city')}
        />
        <Field
          name="shippingAddress.country"
          label="Country (2 letters)"
          autoComplete="country"
          required
          errors={state.errors}
          defaultValue={v('shippingAddress.country', props.country)}
        />
      </fieldset>
      <section className="box" aria-labelledby="shipping-options">
        <h2 id="shipping-options" style={{ fontSize: '1rem', margin: '0 0 6px' }}>
          Shipping
        </h2>
        <p className="muted">Calculated at checkout from your address and parcel. Options to your country:</p>
        <ul>
          {props.rates.map((rate) => (
            <li key={`${rate.carrier}-${rate.service}`}>
              {rate.service} ({rate.carrier}) — {rate.price}, about {rate.estimatedDays} days
            </li>
          ))}
        </ul>
      </section>
      <fieldset className="box">
        <legend>Payment (test provider)</legend>
        <label className="choice">
          <input
            type="radio"
            name="payment.token"
            value="tok_visa"
            defaultChecked={v('payment.token', 'tok_visa') === 'tok_visa'}
          />
          Test card — approved
        </label>
        <label className="choice">
          <input
            type="radio"
            name="payment.token"
            value="tok_decline"
            defaultChecked={v('payment.token') === 'tok_decline'}
          />
          Test card — declined
        </label>
        {state.errors?.['payment.token'] ? (
          <p className="field-error" role="alert">
            {state.errors['payment.token']}
          </p>
        ) : null}
      </fieldset>
      <Submit>Place order</Submit>
    </form>
  );
}
