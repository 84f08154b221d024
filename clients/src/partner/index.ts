import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ProductsQuery, StockLevelsQuery, VariantBySkuQuery, ViewerQuery } from './operations.ts';

export interface PartnerClientOptions {
  /** the gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  endpoint: string;
  /** a partner secret key (ucos_sk_…): keep it server-side */
  apiKey: string;
  fetch?: typeof fetch;
  /** retries of network errors and 503s, with exponential backoff (default 3 attempts) */
  maxAttempts?: number;
}

/** A GraphQL error from the gateway or a subgraph, with its code (UNAUTHENTICATED, FORBIDDEN, …). */
export class PartnerApiError extends Error {
  override name = 'PartnerApiError';
  readonly code: string | undefined;
  readonly status: number;
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[];
  constructor(message: string, code: string | undefined, status: number, errors: PartnerApiError['errors']) {
    super(message);
    this.code = code;
    this.status = status;
    this.errors = errors;
  }
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The partner SDK: typed operations over the gateway with an API key. Partners may send any
 * document (`request`), within their key's scopes and the gateway's cost and rate limits.
 */
export function createClient(options: PartnerClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const attempts = options.maxAttempts ?? 3;

  async function request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
  ): Promise<TData> {
    const query = typeof document === 'string' ? document : print(document);
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(options.endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'x-api-key': options.apiKey,
          },
          body: JSON.stringify({ query, variables: variables ?? {} }),
        });
      } catch (error) {
        if (attempt < attempts) {
          await sleep(200 * 2 ** attempt);
          continue;
        }
        throw new PartnerApiError(`network error: ${(error as Error).message}`, 'NETWORK_ERROR', 0, []);
      }
      if (response.status === 503 && attempt < attempts) {
        await sleep(200 * 2 ** attempt);
        continue;
      }
      const body = (await response.json()) as Body<TData>;
      const first = body.errors?.[0];
      if (first || !body.data) {
        throw new PartnerApiError(
          first?.message ?? `HTTP ${response.status}`,
          first?.extensions?.code as string | undefined,
          response.status,
          body.errors ?? [],
        );
      }
      return body.data;
    }
  }

  return {
    request,
    viewer: async () => (await request(ViewerQuery)).viewer,
    products: async (first = 20, after?: string) => (await request(ProductsQuery, { first, after })).products,
    variantBySku: async (sku: string, currency: string) =>
      (await request(VariantBySkuQuery, { sku, currency })).variantBySku,
    stockLevels: async (first = 50, options: { after?: string; lowStock?: boolean } = {}) =>
      (await request(StockLevelsQuery, { first, ...options })).stockLevels,
  };
}

export type PartnerClient = ReturnType<typeof createClient>;

export {
  type VerifyWebhookOptions,
  type VerifyWebhookResult,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookEnvelope,
} from './webhooks.ts';
