'use client';
import { FormMessages } from '@ucos/ui/field';
import type { FormState } from '@ucos/ui/form';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Submit } from '../../../components/submit.tsx';
import { actOnSubscription } from './actions.ts';

/** The buttons of a subscription's available actions, each its own form; the outcome above them. */
export function SubscriptionActions({
  id,
  version,
  actions,
  label,
}: {
  id: string;
  version: number;
  actions: readonly string[];
  label: string;
}) {
  const t = useTranslations('Subscriptions');
  const [state, action] = useActionState(actOnSubscription, {} as FormState);
  if (actions.length === 0) return null;
  return (
    <div>
      <FormMessages state={state} />
      <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
        {actions.map((name) => (
          <form key={name} action={action} aria-label={`${t(`action.${name}`)}: ${label}`}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="action" value={name} />
            <Submit {...(name === 'CANCEL' ? { className: 'secondary' } : {})}>{t(`action.${name}`)}</Submit>
          </form>
        ))}
      </div>
    </div>
  );
}
