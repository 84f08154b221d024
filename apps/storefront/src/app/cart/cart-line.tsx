'use client';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../components/submit.tsx';
import { setQuantity } from './actions.ts';

/** Quantity change and removal of one line, each a small form (works without JavaScript too). */
export function CartLineControls({
  variantId,
  quantity,
  title,
}: {
  variantId: string;
  quantity: number;
  title: string;
}) {
  const t = useTranslations('Cart');
  const [state, action] = useActionState(setQuantity, {} as FormState);
  return (
    <div>
      <form action={action} className="row" aria-label={t('quantityOf', { title })}>
        <input type="hidden" name="variantId" value={variantId} />
        <label htmlFor={`qty-${variantId}`} className="sr-only">
          {t('quantityOf', { title })}
        </label>
        <input
          id={`qty-${variantId}`}
          name="quantity"
          type="number"
          min={0}
          defaultValue={quantity}
          style={{ maxWidth: 80 }}
        />
        <Submit className="secondary">{t('update')}</Submit>
      </form>
      <form action={action}>
        <input type="hidden" name="variantId" value={variantId} />
        <input type="hidden" name="quantity" value="0" />
        <button type="submit" className="secondary" aria-label={t('removeTitle', { title })}>
          {t('remove')}
        </button>
      </form>
      {state.message ? (
        <p className={state.ok ? 'muted' : 'field-error'} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
