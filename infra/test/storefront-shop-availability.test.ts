import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isShopUnavailable,
  RETRY_SECONDS,
  SHOP_UNAVAILABLE_DIGEST,
  ShopUnavailableError,
  unavailableResponse,
} from '../../apps/storefront/src/lib/shop-availability.ts';
import { shopIsOpen } from '../../apps/storefront/src/lib/shop-probe.ts';

/**
 * The storefront degrades to one friendly, self-retrying 503 page when the gateway is away, answers
 * 503, or refuses the store's key, and serves the shop again as soon as the key works.
 */
let gateway: Server;
let answer: 'open' | 'revoked' | 'down' = 'open';
const seenKeys: string[] = [];

beforeAll(async () => {
  gateway = createServer((request, response) => {
    seenKeys.push(String(request.headers['x-publishable-key'] ?? request.headers.authorization ?? ''));
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (answer === 'down') {
        response.statusCode = 503;
        response.end(JSON.stringify({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
      } else if (answer === 'revoked') {
        response.end(JSON.stringify({ errors: [{ message: 'Invalid key', extensions: { code: 'UNAUTHENTICATED' } }] }));
      } else {
        response.end(JSON.stringify({ data: { tenant: { id: 'VGVuYW50OjE=' } } }));
      }
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  process.env.UCOS_GATEWAY_URL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  process.env.UCOS_PUBLISHABLE_KEY = 'ucos_pk_test';
});
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

describe('storefront shop availability', () => {
  it('answers 503 with a page that retries by itself and shows no error text', async () => {
    const response = unavailableResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RETRY_SECONDS));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('The shop is unavailable right now');
    // retried by a script, as the in-app page does: a meta refresh is a timed change of page that
    // WCAG 2.2.1 (axe's meta-refresh rule) refuses
    expect(page).toContain(`setTimeout(function(){location.reload()},${RETRY_SECONDS * 1000})`);
    expect(page).not.toContain('http-equiv="refresh"');
    expect(page).not.toMatch(/error|stack|UNAUTHENTICATED/i);
  });

  it('recognises the unavailable error by the digest Next.js passes to error boundaries', () => {
    const error = new ShopUnavailableError('the gateway answered 503');
    expect(error.digest).toBe(SHOP_UNAVAILABLE_DIGEST);
    expect(isShopUnavailable({ digest: error.digest })).toBe(true);
    expect(isShopUnavailable(new Error('a bug on one page'))).toBe(false);
  });

  it('is closed while the key is revoked or the gateway answers 503, and opens as soon as the key works', async () => {
    answer = 'revoked';
    expect(await shopIsOpen('revoked.example')).toBe(false);
    answer = 'down';
    expect(await shopIsOpen('revoked.example')).toBe(false);
    answer = 'open';
    expect(await shopIsOpen('revoked.example')).toBe(true);
    expect(seenKeys.every((key) => key.includes('ucos_pk_test'))).toBe(true);
  });

  it('is closed when the gateway cannot be reached', async () => {
    const url = process.env.UCOS_GATEWAY_URL;
    process.env.UCOS_GATEWAY_URL = 'http://127.0.0.1:9/graphql';
    try {
      expect(await shopIsOpen('unreachable.example')).toBe(false);
    } finally {
      process.env.UCOS_GATEWAY_URL = url;
    }
  });
});
