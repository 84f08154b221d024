import type { CombinedError } from 'urql';

/**
 * Whether the shop can serve shoppers at all, decided in one place. The shop is unavailable when the
 * gateway cannot be reached or answers 503 (SERVICE_UNAVAILABLE), or when it refuses the store's own
 * publishable key (UNAUTHENTICATED: revoked, rotated, mistyped): no shopper can fix any of these, so
 * every page shows the same friendly page, answered with 503, that retries by itself and is gone as
 * soon as the gateway accepts the key again.
 *
 * Used by the proxy (the 503 answer, before any page renders), the gateway client (which throws
 * `ShopUnavailableError` when a render meets the same condition) and the layout and error boundaries
 * (which recognise that error by its digest: Next.js keeps a thrown error's own digest, and hides its
 * message from the browser).
 */

/** Seconds between the unavailable page's own retries (also its Retry-After). */
export const RETRY_SECONDS = 10;

export const SHOP_UNAVAILABLE_DIGEST = 'UCOS_SHOP_UNAVAILABLE';

export class ShopUnavailableError extends Error {
  override name = 'ShopUnavailableError';
  readonly digest = SHOP_UNAVAILABLE_DIGEST;
  constructor(reason: string) {
    super(`The shop is unavailable: ${reason}`);
  }
}

/** The reason a gateway answer makes the whole shop unavailable, or null when it does not. */
export function unavailabilityOf(error: CombinedError | undefined): string | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return error.networkError ? 'the gateway could not be reached' : null;
  const code = first.extensions?.code;
  if (code === 'UNAUTHENTICATED') return "the gateway refused the store's publishable key";
  if (code === 'SERVICE_UNAVAILABLE') return 'the gateway answered 503';
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 503 ? 'the gateway answered 503' : null;
}

/** What an error boundary received: the shop is unavailable (rather than this page failing). */
export function isShopUnavailable(error: { digest?: string; name?: string } | null | undefined): boolean {
  return error?.digest === SHOP_UNAVAILABLE_DIGEST || error?.name === 'ShopUnavailableError';
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The shop is unavailable right now</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;line-height:1.5;color:#222}a{color:inherit}</style>
</head>
<body>
<main>
<h1>The shop is unavailable right now</h1>
<p>We are working on it. This page tries again by itself every ${RETRY_SECONDS} seconds, and your cart is kept.</p>
<p><a href="">Try again now</a></p>
</main>
<script>setTimeout(function(){location.reload()},${RETRY_SECONDS * 1000})</script>
</body>
</html>`;

/** The whole answer while the shop is unavailable: 503, retried by the browser, never cached. */
export function unavailableResponse(): Response {
  return new Response(PAGE, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(RETRY_SECONDS),
    },
  });
}
