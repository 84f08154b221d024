'use client';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { RETRY_SECONDS } from '../lib/shop-availability.ts';

/**
 * What a shopper sees while the shop is unavailable (see lib/shop-availability.ts): no error text,
 * and the page reloads by itself, so it turns back into the shop as soon as the gateway answers.
 */
export function ShopUnavailable() {
  const t = useTranslations('Errors');
  useEffect(() => {
    const timer = window.setTimeout(() => window.location.reload(), RETRY_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section className="shop-unavailable" aria-labelledby="shop-unavailable-title">
      <h1 id="shop-unavailable-title">{t('unavailable')}</h1>
      <p>{t('unavailableText', { seconds: RETRY_SECONDS })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('tryNow')}
      </button>
    </section>
  );
}
