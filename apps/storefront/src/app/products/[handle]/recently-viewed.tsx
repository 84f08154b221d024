'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/** The shopper's own list, newest first: in a cookie so it follows them across tabs, never sent anywhere else. */
export const RECENTLY_VIEWED_COOKIE = 'ucos_recently_viewed';
const MAX_ENTRIES = 6;
const MAX_TITLE = 80;
const MAX_AGE_SECONDS = 30 * 24 * 3600;

export interface ViewedProduct {
  handle: string;
  title: string;
}

/** The cookie's entries, dropping anything malformed (it is the shopper's to edit). */
export function parseViewed(raw: string | undefined): ViewedProduct[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (entry): entry is ViewedProduct =>
          typeof entry?.handle === 'string' &&
          typeof entry?.title === 'string' &&
          /^[A-Za-z0-9._~-]{1,200}$/.test(entry.handle),
      )
      .map((entry) => ({ handle: entry.handle, title: entry.title.slice(0, MAX_TITLE) }))
      .slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

/** The list after viewing `current`: it first, no duplicates, at most six. */
export function withViewed(list: ViewedProduct[], current: ViewedProduct): ViewedProduct[] {
  return [
    { handle: current.handle, title: current.title.slice(0, MAX_TITLE) },
    ...list.filter((entry) => entry.handle !== current.handle),
  ].slice(0, MAX_ENTRIES);
}

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
