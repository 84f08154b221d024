import { anonymous } from '@ucos/kit/auth-context';
import { ErrorCode } from '@ucos/kit/errors';
import { readBodyWithin } from '@ucos/kit/http-body';
import { INTERNAL_TOKEN_HEADER } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import type { TokenSigner } from './datasource.ts';
import { requestIdOf } from './request-id.ts';

/** `/integrations/<adapter>/webhook`: where outside services (Stripe) post a tenant's events. */
const WEBHOOK_PATH = /^\/integrations\/[a-z][a-z0-9-]{0,39}\/webhook$/;
/** the largest body forwarded (orders applies its own limit too) */
const MAX_WEBHOOK_BYTES = 512 * 1024;
/** what of the caller's request reaches orders: the body's type and the providers' signature headers */
const FORWARDED_HEADERS = ['content-type', 'stripe-signature'];

export interface IntegrationWebhooksOptions {
  /** orders' origin (`http://127.0.0.1:4004`), or null when the supergraph has no orders subgraph */
  ordersOrigin: string | null;
  sign: TokenSigner;
  /** a plain fetch to orders (mTLS when the platform runs it): the raw body passes through unchanged */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  logger: Logger;
}

const refusal = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * The integration adapters' inbound webhooks over plain HTTP, forwarded byte for byte to orders,
 * which holds the tenants' signing secrets and verifies each request (a provider's signature covers
 * the raw body, so nothing here parses or re-encodes it). The gateway adds no authority of its own:
 * it calls orders as an anonymous caller, and the tenant is the one named in the URL the shop gave
 * the provider (`?tenant=<tenant id>`). Only orders' status and JSON answer come back.
 */
export function useIntegrationWebhooks(options: IntegrationWebhooksOptions): Plugin {
  const { ordersOrigin, logger } = options;
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/integrations/')) return;
      if (!WEBHOOK_PATH.test(url.pathname) || !ordersOrigin) {
        endResponse(refusal(404, ErrorCode.NOT_FOUND, 'No such integration webhook'));
        return;
      }
      if (request.method !== 'POST') {
        endResponse(refusal(405, 'METHOD_NOT_ALLOWED', 'Webhooks are delivered with POST'));
        return;
      }
      try {
        const bytes = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
        if (!bytes) {
          endResponse(refusal(413, 'PAYLOAD_TOO_LARGE', `Webhook bodies may be at most ${MAX_WEBHOOK_BYTES} bytes`));
          return;
        }
        const headers = new Headers();
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value !== null) headers.set(name, value);
        }
        const requestId = requestIdOf(request);
        headers.set(INTERNAL_TOKEN_HEADER, await options.sign(anonymous(requestId)));
        headers.set('x-request-id', requestId);
        const answer = await options.fetch(`${ordersOrigin}${url.pathname}${url.search}`, {
          method: 'POST',
          headers,
          body: bytes,
        });
        endResponse(
          new Response(await answer.arrayBuffer(), {
            status: answer.status,
            headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
          }),
        );
      } catch (error) {
        logger.error({ err: error, path: url.pathname }, 'integration webhook could not be forwarded');
        // a provider retries a failed delivery: 502 tells it to
        endResponse(refusal(502, ErrorCode.SERVICE_UNAVAILABLE, 'Orders is unavailable, retry shortly.'));
      }
    },
  };
}
