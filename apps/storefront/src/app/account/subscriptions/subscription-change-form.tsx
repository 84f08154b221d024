'use client';
import { Field, FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../../components/submit.tsx';
import { changeSubscription } from './actions.ts';

export interface ChangeableSubscription {
  id: string;
  version: number;
  quantity: number;
  shippingMethodCode: string | null;
  shippingMethods: readonly { code: string; name: string }[];
  shippingAddress: {
    name: string;
    line1: string;
    line2?: string | null;
    postalCode: string;
    city: string;
    country: string;
  };
}

/**
 * Quantity, shipping address and method of the next orders (the ones placed already stay as they
 * are). What the shopper typed stays in the form when the shop refuses it.
 */
export function SubscriptionChangeForm({
  subscription,
  label,
}: {
  subscription: ChangeableSubscription;
  label: string;
}) {
  const t = useTranslations('Subscriptions');
  const [state, action] = useActionState(changeSubscription, {} as FormState);
  const value = (name: string, fallback: string | number | null | undefined) => state.values?.[name] ?? fallback ?? '';
  const address = subscription.shippingAddress;
  const prefix = `change-${subscription.id.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <details>
      <summary>{t('change')}</summary>
      <form action={action} aria-label={`${t('change')}: ${label}`}>
        <p className="muted">{t('changeNote')}</p>
        <FormMessages state={state} />
        <input type="hidden" name="id" value={subscription.id} />
        <input type="hidden" name="version" value={subscription.version} />
        <Field
          name="quantity"
          label={t('quantity')}
          type="number"
          idPrefix={prefix}
          defaultValue={value('quantity', subscription.quantity)}
          errors={state.errors}
          required
        />
        <div>
          <label htmlFor={`${prefix}-shippingMethod`}>{t('shippingMethod')}</label>
          <select
            id={`${prefix}-shippingMethod`}
            name="shippingMethod"
            defaultValue={value('shippingMethod', subscription.shippingMethodCode)}
            aria-invalid={state.errors?.shippingMethod ? true : undefined}
            aria-describedby={state.errors?.shippingMethod ? `${prefix}-shippingMethod-error` : undefined}
          >
            <option value="">{t('cheapestMethod')}</option>
            {subscription.shippingMethods.map((method) => (
              <option key={method.code} value={method.code}>
                {method.name}
              </option>
            ))}
          </select>
          {state.errors?.shippingMethod ? (
            <p className="field-error" id={`${prefix}-shippingMethod-error`} role="alert">
              {state.errors.shippingMethod}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend>{t('shipTo')}</legend>
          {(
            [
              ['name', t('addressName'), address.name, 'name'],
              ['line1', t('addressLine1'), address.line1, 'address-line1'],
              ['line2', t('addressLine2'), address.line2, 'address-line2'],
              ['postalCode', t('postalCode'), address.postalCode, 'postal-code'],
              ['city', t('city'), address.city, 'address-level2'],
              ['country', t('country'), address.country, 'country'],
            ] as const
          ).map(([name, label, current, autoComplete]) => (
            <Field
              key={name}
              name={`shippingAddress.${name}`}
              label={label}
              idPrefix={prefix}
              autoComplete={autoComplete}
              defaultValue={value(`shippingAddress.${name}`, current)}
              errors={state.errors}
              required={name !== 'line2'}
            />
          ))}
        </fieldset>
        <Submit>{t('saveChanges')}</Submit>
      </form>
    </details>
  );
}
