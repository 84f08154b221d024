'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition } from 'react';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { isShopUnavailable } from '../lib/shop-availability.ts';

/**
 * A page that failed: a friendly page in the shopper's language with a retry, never the raw error
 * (in production React replaces a server error's message with a digest nobody can read).
 */
export default function StoreError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  const router = useRouter();
  if (isShopUnavailable(error)) return <ShopUnavailable />;
  return (
    <section className="friendly-error" aria-labelledby="error-title">
      <h1 id="error-title">{t('title')}</h1>
      <p>{t('text')}</p>
      <p className="row">
        <button
          type="button"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          {t('retry')}
        </button>
        <Link href="/">{t('home')}</Link>
      </p>
      {error.digest ? (
        <p className="muted">
          {t('reference')} <code>{error.digest}</code>
        </p>
      ) : null}
    </section>
  );
}
