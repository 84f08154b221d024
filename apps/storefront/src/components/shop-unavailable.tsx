'use client';
import { useEffect } from 'react';
import { RETRY_SECONDS } from '../lib/shop-availability.ts';

/**
 * What a shopper sees while the shop is unavailable (see lib/shop-availability.ts): no error text,
 * and the page reloads by itself, so it turns back into the shop as soon as the gateway answers.
 */
export function ShopUnavailable() {
  useEffect(() => {
    const timer = window.setTimeout(() => window.location.reload(), RETRY_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section className="shop-unavailable" aria-labelledby="shop-unavailable-title">
      <h1 id="shop-unavailable-title">The shop is unavailable right now</h1>
      <p>We are working on it. This page tries again by itself every {RETRY_SECONDS} seconds, and your cart is kept.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again now
      </button>
    </section>
  );
}
