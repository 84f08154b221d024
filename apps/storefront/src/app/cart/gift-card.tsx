'use client';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../components/submit.tsx';
import { applyGiftCard, removeGiftCard } from './actions.ts';

/**
 * The cart's gift card: enter its code, or see the one applied (its last four characters and
 * balance) and remove it. Works without JavaScript.
 */
export function GiftCardForm({
  applied: card,
  problem,
}: {
  applied: { last4: string; balance: string } | null;
  problem: string | null;
}) {
  const t = useTranslations('Cart');
  const [applied, apply] = useActionState(applyGiftCard, {} as FormState);
  const [removed, remove] = useActionState(removeGiftCard, {} as FormState);
  if (card) {
    return (
      <form action={remove} className="row" aria-label={t('giftCard')}>
        <p>
          <strong data-testid="cart-gift-card">{t('giftCardEnding', { last4: card.last4 })}</strong>{' '}
          <span className="muted">({t('giftCardBalance', { balance: card.balance })})</span>
          {problem ? (
            <span className="muted" role="note">
              {' '}
              — {problem}
            </span>
          ) : null}
        </p>
        <button type="submit" className="secondary">
          {t('removeGiftCard')}
        </button>
        {removed.message ? <span role="status">{removed.message}</span> : null}
      </form>
    );
  }
  const error = applied.errors?.giftCardCode;
  return (
    <form action={apply} className="row" aria-label={t('giftCard')} noValidate>
      <label htmlFor="gift-card-code">{t('giftCard')}</label>
      <input
        id="gift-card-code"
        name="giftCardCode"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'gift-card-code-error' : undefined}
        style={{ maxWidth: 240 }}
      />
      <Submit className="secondary">{t('apply')}</Submit>
      {error ? (
        <span id="gift-card-code-error" role="alert" className="error">
          {error}
        </span>
      ) : null}
      {applied.message && !error ? <span role="status">{applied.message}</span> : null}
    </form>
  );
}
