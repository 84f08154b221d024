'use client';
import { ShopUnavailable } from '../components/shop-unavailable.tsx';
import { isShopUnavailable } from '../lib/shop-availability.ts';

/** Even a failing root layout gets a page with a retry, never a blank one or a raw error. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', padding: 24 }}>
        <main id="main">
          {isShopUnavailable(error) ? (
            <ShopUnavailable />
          ) : (
            <>
              <h1>This page could not be loaded</h1>
              <button type="button" onClick={() => reset()}>
                Retry
              </button>
            </>
          )}
        </main>
      </body>
    </html>
  );
}
