'use client';
import { NextIntlClientProvider } from 'next-intl';
import english from '../../messages/en.json';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { isShopUnavailable } from '../lib/shop-availability.ts';

/** Even a failing root layout gets a page with a retry, never a blank one or a raw error. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', padding: 24 }}>
        <main id="main">
          {isShopUnavailable(error) ? (
            // outside the root layout: no language was chosen here, the page speaks English
            <NextIntlClientProvider locale="en" messages={{ Errors: english.Errors }}>
              <ShopUnavailable />
            </NextIntlClientProvider>
          ) : (
            <>
              <h1>{english.Errors.title}</h1>
              <p>{english.Errors.text}</p>
              <button type="button" onClick={() => reset()}>
                {english.Errors.retry}
              </button>
            </>
          )}
        </main>
      </body>
    </html>
  );
}
