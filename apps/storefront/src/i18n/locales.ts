// The shop's languages and how a request picks one: plain data and functions, free of Next.js
// imports, so a test can load them (infra/test/storefront-locale.test.ts).

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie the language switcher sets (a year); without it, the browser's Accept-Language decides. */
export const LOCALE_COOKIE = 'shop_locale';

/** Each language's own name, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

/**
 * The BCP 47 tag numbers and dates are formatted with: English keeps the shop's `€1,234.56`;
 * German writes `1.234,56 €`.
 */
export const FORMAT_LOCALE: Record<Locale, string> = { en: 'en-US', de: 'de-DE' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The language of a request: the cookie when it names one of ours, else the first language of
 * Accept-Language (by q-value) we speak, else English.
 */
export function pickLocale(cookie: string | undefined | null, acceptLanguage: string | undefined | null): Locale {
  if (isLocale(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const language = tag.split('-')[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language of a page that renders without the request (the global error page, outside every
 * provider): the `shop_locale` cookie from `document.cookie` when it names one of ours, else the
 * browser's languages in their order (`navigator.languages`), else English — the rule of `pickLocale`.
 */
export function browserLocale(
  cookieHeader: string | null | undefined,
  languages: readonly string[] | null | undefined,
): Locale {
  const cookie = (cookieHeader ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return pickLocale(cookie ? decodeURIComponent(cookie) : null, (languages ?? []).join(','));
}
