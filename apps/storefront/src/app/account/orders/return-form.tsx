'use client';
import { FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../../components/submit.tsx';
import { requestReturn } from './actions.ts';

export interface ReturnableLine {
  variantId: string;
  title: string;
  sku: string;
  returnable: number;
}

/**
 * Why a shopper returns something: the list the shop reads first, free text for the rest. The value
 * sent is the English reason (what the shop reads); the shopper reads it in their language.
 */
export const RETURN_REASONS = [
  'Too small',
  'Too large',
  'Arrived damaged',
  'Not as described',
  'Wrong item sent',
  'Changed my mind',
  'Other',
] as const;

/**
 * The return request: a quantity per returnable line (at most what can still be returned), a
 * reason from the list and optional details. Errors from the API sit under the field they are about.
 */
export function ReturnForm({ orderId, lines }: { orderId: string; lines: ReturnableLine[] }) {
  const t = useTranslations('Returns');
  const [state, action] = useActionState(requestReturn, {} as FormState);
  const error = (name: string) => state.errors?.[name];
  const described = (name: string) => (error(name) ? `return-${name.replace('.', '-')}-error` : undefined);
  return (
    <form action={action} aria-label={t('form')} noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <fieldset className="box return-lines">
        <legend>{t('what')}</legend>
        {lines.map((line, position) => {
          const name = `quantity.${position}`;
          const id = `return-quantity-${position}`;
          return (
            <div key={line.variantId}>
              <input type="hidden" name={`variant.${position}`} value={line.variantId} />
              <label htmlFor={id}>
                {t('quantityLabel', { title: line.title, sku: line.sku, max: line.returnable })}
              </label>
              <input
                id={id}
                name={name}
                type="number"
                inputMode="numeric"
                min={0}
                max={line.returnable}
                step={1}
                defaultValue={state.ok ? '0' : (state.values?.[name] ?? '0')}
                aria-invalid={error(name) ? true : undefined}
                aria-describedby={described(name)}
              />
              {error(name) ? (
                <p className="field-error" id={described(name)} role="alert">
                  {error(name)}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div>
        <label htmlFor="return-reasonCode">{t('reason')}</label>
        <select
          // a select takes its defaultValue only when mounted: remount it with what the shopper chose
          key={state.ok ? 'reset' : (state.values?.reasonCode ?? '')}
          id="return-reasonCode"
          name="reasonCode"
          required
          defaultValue={state.ok ? '' : (state.values?.reasonCode ?? '')}
          aria-invalid={error('reasonCode') ? true : undefined}
          aria-describedby={described('reasonCode')}
        >
          <option value="">{t('chooseReasonOption')}</option>
          {RETURN_REASONS.map((reason, index) => (
            <option key={reason} value={reason}>
              {t(`reasons.${index}`)}
            </option>
          ))}
        </select>
        {error('reasonCode') ? (
          <p className="field-error" id={described('reasonCode')} role="alert">
            {error('reasonCode')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="return-reasonDetails">{t('details')}</label>
        <textarea
          id="return-reasonDetails"
          name="reasonDetails"
          rows={3}
          maxLength={900}
          defaultValue={state.ok ? '' : (state.values?.reasonDetails ?? '')}
          aria-invalid={error('reasonDetails') ? true : undefined}
          aria-describedby={described('reasonDetails')}
        />
        {error('reasonDetails') ? (
          <p className="field-error" id={described('reasonDetails')} role="alert">
            {error('reasonDetails')}
          </p>
        ) : null}
      </div>
      <p>
        <Submit>{t('submit')}</Submit>
      </p>
    </form>
  );
}
