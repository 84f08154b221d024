'use client';

/** Even a failing root layout (e.g. the gateway down) gets a page with a retry, never a blank one. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', padding: 24 }}>
        <h1>The shop is unavailable right now</h1>
        <p>{error.message}</p>
        <button type="button" onClick={() => reset()}>
          Retry
        </button>
      </body>
    </html>
  );
}
