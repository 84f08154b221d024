import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, parse, print } from 'graphql';
import { ProductsQuery, StockLevelsQuery, VariantBySkuQuery, ViewerQuery } from './operations.ts';

export interface PartnerClientOptions {
  /** the gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  endpoint: string;
  /** a partner secret key (ucos_sk_…): keep it server-side */
  apiKey: string;
  fetch?: typeof fetch;
  /**
   * retries of network errors and 503s, with exponential backoff (default 3 attempts). A mutation is
   * retried only when its variables carry an `idempotencyKey`, so a retry can never apply it twice.
   */
  maxAttempts?: number;
  /** called with the budget the gateway reports on every answer (also `client.budget()`) */
  onBudget?: (budget: Budget) => void;
}

/** What the gateway says of the key's rate-limit budget with every answer (`extensions.cost`). */
export interface Budget {
  /** the points this request cost */
  requestCost: number;
  /** the budget it left the least of (`api_key` for a secret key) */
  budget: string;
  limit: number;
  remaining: number;
  /** seconds until the window starts again */
  resetSeconds: number;
  windowSeconds: number;
}

/** A GraphQL error from the gateway or a subgraph, with its code (UNAUTHENTICATED, FORBIDDEN, …). */
export class PartnerApiError extends Error {
  override name = 'PartnerApiError';
  readonly code: string | undefined;
  readonly status: number;
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[];
  /** for RATE_LIMITED: the seconds to wait (the answer's Retry-After), else null */
  readonly retryAfterSeconds: number | null;
  constructor(
    message: string,
    code: string | undefined,
    status: number,
    errors: PartnerApiError['errors'],
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: Budget };
}

/** Whether `variables` carry an idempotency key anywhere (inputs nest it: `input.idempotencyKey`). */
function carriesIdempotencyKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(carriesIdempotencyKey);
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([name, inner]) =>
      (name === 'idempotencyKey' && typeof inner === 'string' && inner.length > 0) || carriesIdempotencyKey(inner),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The partner SDK: typed operations over the gateway with an API key. Partners may send any
 * document (`request`), within their key's scopes and the gateway's cost and rate limits.
 */
export function createClient(options: PartnerClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const maxAttempts = options.maxAttempts ?? 3;
  let lastBudget: Budget | null = null;

  async function request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
  ): Promise<TData> {
    const query = typeof document === 'string' ? document : print(document);
    const operation = getOperationAST(typeof document === 'string' ? parse(document) : document);
    // a mutation sent twice may apply twice: only one the server can recognise (its key) is retried
    const attempts = operation?.operation === 'mutation' && !carriesIdempotencyKey(variables) ? 1 : maxAttempts;
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
      const budget = body.extensions?.cost ?? (body.errors?.[0]?.extensions?.budget as Budget | undefined);
      if (budget) {
        lastBudget = budget;
        options.onBudget?.(budget);
      }
      const first = body.errors?.[0];
      if (first || !body.data) {
        const retryAfter = Number(response.headers.get('retry-after'));
        throw new PartnerApiError(
          first?.message ?? `HTTP ${response.status}`,
          first?.extensions?.code as string | undefined,
          response.status,
          body.errors ?? [],
          response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
        );
      }
      return body.data;
    }
  }

  return {
    request,
    /** the budget the gateway reported with the last answer (null before the first) */
    budget: (): Budget | null => lastBudget,
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
