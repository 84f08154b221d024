'use client';
import { Submit as SharedSubmit } from '@ucos/ui/submit';
import { useTranslations } from 'next-intl';

/** The shared submit button, saying "Working…" in the shopper's language while the form is sent. */
export function Submit(props: { children: string; className?: string }) {
  const t = useTranslations('Layout');
  return <SharedSubmit {...props} pendingText={t('working')} />;
}
