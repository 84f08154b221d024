'use client';
import { FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../../components/submit.tsx';
import { changePaymentMethod } from './actions.ts';

/**
 * A new card for the next renewals: the test provider's cards, as checkout offers them. The key is
 * the page's (`idempotencyKey`, new on every render), so a double submit saves the card once.
 */
export function SubscriptionPaymentForm({
  subscription,
  label,
  idempotencyKey,
}: {
  subscription: { id: string; version: number };
  label: string;
  idempotencyKey: string;
}) {
  const t = useTranslations('Subscriptions');
  const checkout = useTranslations('Checkout');
  const [state, action] = useActionState(changePaymentMethod, {} as FormState);
  const chosen = state.values?.['payment.token'] ?? 'tok_visa';
  const error = state.errors?.['payment.token'];
  const prefix = `payment-${subscription.id.replace(/[^A-Za-z0-9]/g, '')}`;
  // open again after a submit, so its outcome shows (also after a reload without JavaScript)
  const submitted = Object.keys(state).length > 0;
  return (
    <details open={submitted || undefined}>
      <summary>{t('payment')}</summary>
      <form action={action} aria-label={`${t('payment')}: ${label}`}>
        <p className="muted">{t('paymentNote')}</p>
        <FormMessages state={state} />
        <input type="hidden" name="id" value={subscription.id} />
        <input type="hidden" name="version" value={subscription.version} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <fieldset className="box" aria-describedby={error ? `${prefix}-error` : undefined}>
          <legend>{checkout('payment')}</legend>
          <label className="choice">
            <input type="radio" name="payment.token" value="tok_visa" defaultChecked={chosen === 'tok_visa'} />
            {checkout('cardApproved')}
          </label>
          <label className="choice">
            <input type="radio" name="payment.token" value="tok_decline" defaultChecked={chosen === 'tok_decline'} />
            {checkout('cardDeclined')}
          </label>
          {error ? (
            <p className="field-error" id={`${prefix}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </fieldset>
        <Submit>{t('savePayment')}</Submit>
      </form>
    </details>
  );
}
