'use client';
import { FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import Form from 'next/form';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { Submit } from '../../../components/submit.tsx';
import { actOnSubscription } from './actions.ts';

/** The page these actions live on; `?cancel=<id>` asks to confirm that subscription's cancel. */
const HERE = '/account/subscriptions';

/**
 * The buttons of a subscription's available actions, each its own form; the outcome above them.
 * Cancelling asks first, without JavaScript: its button opens this page with `?cancel=<id>`, which
 * shows what cancelling ends and a danger-styled confirm (the only form that cancels) beside a way
 * to keep the subscription.
 */
export function SubscriptionActions({
  id,
  version,
  actions,
  label,
  product,
  confirmingCancel = false,
  periodEnd,
}: {
  id: string;
  version: number;
  actions: readonly string[];
  label: string;
  /** what it delivers, named in the cancel confirmation */
  product: string;
  /** the shopper asked to cancel this one: show the confirmation instead of the buttons */
  confirmingCancel?: boolean;
  /** when the period already ordered ends (formatted), when the subscription renews at all */
  periodEnd?: string | null;
}) {
  const t = useTranslations('Subscriptions');
  const [state, action] = useActionState(actOnSubscription, {} as FormState);
  const asked = confirmingCancel && actions.includes('CANCEL');
  const keep = useRef<HTMLAnchorElement>(null);
  // the safe choice first, as the admin's confirmations do: Enter keeps the subscription
  useEffect(() => {
    if (asked) keep.current?.focus();
  }, [asked]);
  const idPrefix = `cancel-${id.replace(/[^A-Za-z0-9]/g, '')}`;
  // the outcome stays when the action leaves nothing to do (a cancelled subscription)
  if (actions.length === 0) return state.message ? <FormMessages state={state} /> : null;
  return (
    <div>
      <FormMessages state={state} />
      {asked ? (
        <section
          className="confirm-panel"
          aria-labelledby={`${idPrefix}-title`}
          data-testid="subscription-cancel-confirm"
        >
          <h3 id={`${idPrefix}-title`}>{t('cancelConfirm.title', { plan: label, product })}</h3>
          <p id={`${idPrefix}-what`}>
            {t('cancelConfirm.consequences')}
            {periodEnd ? ` ${t('cancelConfirm.periodEnd', { date: periodEnd })}` : ''}
          </p>
          <div className="confirm-actions">
            <Link ref={keep} href={HERE} scroll={false} className="button secondary">
              {t('cancelConfirm.keep')}
            </Link>
            <form
              action={action}
              aria-label={`${t('cancelConfirm.confirm')}: ${label}`}
              aria-describedby={`${idPrefix}-what`}
            >
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="action" value="CANCEL" />
              <Submit className="danger">{t('cancelConfirm.confirm')}</Submit>
            </form>
          </div>
        </section>
      ) : null}
      <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
        {actions.map((name) =>
          name === 'CANCEL' ? (
            asked ? null : (
              // a GET of this page: the confirmation, rendered by the server, with or without JavaScript
              <Form key={name} action={HERE} scroll={false} aria-label={`${t(`action.${name}`)}: ${label}`}>
                <input type="hidden" name="cancel" value={id} />
                <button type="submit" className="secondary">
                  {t(`action.${name}`)}
                </button>
              </Form>
            )
          ) : (
            <form key={name} action={action} aria-label={`${t(`action.${name}`)}: ${label}`}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="action" value={name} />
              <Submit>{t(`action.${name}`)}</Submit>
            </form>
          ),
        )}
      </div>
    </div>
  );
}
