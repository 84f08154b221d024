'use client';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../components/submit.tsx';
import { applyCode, removeCode } from './actions.ts';

/** The cart's promotion code: enter one, or see and remove the one entered (works without JavaScript). */
export function PromotionCodeForm({ code, problem }: { code: string | null; problem: string | null }) {
  const t = useTranslations('Cart');
  const [applied, apply] = useActionState(applyCode, {} as FormState);
  const [removed, remove] = useActionState(removeCode, {} as FormState);
  if (code) {
    return (
      <form action={remove} className="row" aria-label={t('promotionCode')}>
        <p>
          {t('code')} <strong data-testid="cart-promotion-code">{code}</strong>
          {problem ? (
            <span className="muted" role="note">
              {' '}
              — {problem}
            </span>
          ) : null}
        </p>
        <button type="submit" className="secondary">
          {t('removeCode')}
        </button>
        {removed.message ? <span role="status">{removed.message}</span> : null}
      </form>
    );
  }
  const error = applied.errors?.code;
  return (
    <form action={apply} className="row" aria-label={t('promotionCode')} noValidate>
      <label htmlFor="promotion-code">{t('promotionCode')}</label>
      <input
        id="promotion-code"
        name="code"
        autoComplete="off"
        defaultValue={applied.values?.code ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'promotion-code-error' : undefined}
        style={{ maxWidth: 200 }}
      />
      <Submit className="secondary">{t('apply')}</Submit>
      {error ? (
        <span id="promotion-code-error" role="alert" className="error">
          {error}
        </span>
      ) : null}
      {applied.message && !error ? <span role="status">{applied.message}</span> : null}
    </form>
  );
}
