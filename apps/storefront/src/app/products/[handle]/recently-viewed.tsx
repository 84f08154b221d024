'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import {
  MAX_AGE_SECONDS,
  parseViewed,
  RECENTLY_VIEWED_COOKIE,
  type ViewedProduct,
  withViewed,
} from './recently-viewed-list.ts';

function readCookie(): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${RECENTLY_VIEWED_COOKIE}=`))
    ?.slice(RECENTLY_VIEWED_COOKIE.length + 1);
}

/**
 * "Recently viewed" on a product page (behind the `storefront.recently-viewed` flag): the products
 * this shopper looked at before, from their cookie, then this one is remembered. Nothing shows on
 * the first product they see.
 */
export function RecentlyViewed({ current }: { current: ViewedProduct }) {
  const t = useTranslations('RecentlyViewed');
  const [others, setOthers] = useState<ViewedProduct[] | null>(null);
  useEffect(() => {
    const list = parseViewed(readCookie());
    setOthers(list.filter((entry) => entry.handle !== current.handle));
    const secure = window.location.protocol === 'https:' ? '; secure' : '';
    // biome-ignore lint/suspicious/noDocumentCookie: one JSON value, encoded; cookieStore is not in every browser we serve
    document.cookie = `${RECENTLY_VIEWED_COOKIE}=${encodeURIComponent(JSON.stringify(withViewed(list, current)))}; path=/; max-age=${MAX_AGE_SECONDS}; samesite=lax${secure}`;
  }, [current]);
  return (
    <section data-testid="recently-viewed" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      {others === null ? null : others.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0 }}>
          {others.map((entry) => (
            <li key={entry.handle}>
              <Link href={`/products/${encodeURIComponent(entry.handle)}`}>{entry.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
