'use client';
import { NextIntlClientProvider } from 'next-intl';
import { useEffect, useState } from 'react';
import english from '../../messages/en.json';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { browserLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { isShopUnavailable } from '../lib/shop-availability.ts';

type ErrorWords = typeof english.Errors;

/** The words of this page in `locale`; English is bundled, another language loads when it is needed. */
async function errorWords(locale: Locale): Promise<ErrorWords> {
  if (locale === 'en') return english.Errors;
  return (await import(`../../messages/${locale}.json`)).default.Errors as ErrorWords;
}

/**
 * Even a failing root layout gets a page with a retry, never a blank one or a raw error, in the
 * shopper's language. It renders outside the root layout and so outside next-intl's provider: the
 * language comes from the `shop_locale` cookie, else the browser's languages (`browserLocale`); the
 * first paint (and the server's) is English until the browser has told.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const [words, setWords] = useState<ErrorWords>(english.Errors);
  useEffect(() => {
    const chosen = browserLocale(document.cookie, navigator.languages);
    let current = true;
    errorWords(chosen).then(
      (loaded) => {
        if (!current) return;
        setLocale(chosen);
        setWords(loaded);
      },
      () => {}, // the language's words could not load: the page stays in English
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui', padding: 24 }}>
        <main id="main">
          {isShopUnavailable(error) ? (
            <NextIntlClientProvider locale={locale} messages={{ Errors: words }}>
              <ShopUnavailable />
            </NextIntlClientProvider>
          ) : (
            <>
              <h1>{words.title}</h1>
              <p>{words.text}</p>
              <button type="button" onClick={() => reset()}>
                {words.retry}
              </button>
            </>
          )}
        </main>
      </body>
    </html>
  );
}
