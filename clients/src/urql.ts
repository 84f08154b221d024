import {
  type Client,
  type CombinedError,
  cacheExchange,
  createClient,
  type Exchange,
  fetchExchange,
  mapExchange,
  type Operation,
  type SSRExchange,
} from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { retryExchange } from '@urql/exchange-retry';
import { isRetryable } from './errors.ts';

/** Who the app calls as: a staff or shopper access token, a storefront publishable key, or nobody. */
export interface Credentials {
  /** Bearer access token (staff user or signed-in shopper) */
  accessToken?: string | null | undefined;
  /** storefront publishable key (ucos_pk_…), sent when there is no access token */
  publishableKey?: string | null | undefined;
}

export interface UrqlClientOptions extends Credentials {
  /** the gateway's GraphQL endpoint */
  url: string;
  /** @urql/next's ssrExchange, so server-rendered results hydrate the browser's cache */
  ssr?: SSRExchange;
  /** send documents by their sha256 only (trusted documents); needs codegen's embedded hashes */
  persisted?: boolean;
  /** called once per request refused as UNAUTHENTICATED (expired or revoked session) */
  onUnauthenticated?: (error: CombinedError) => void;
  /** query retries on network errors, 503 and 429, with exponential backoff (default 3 attempts, 300 ms → 3 s); mutations are never retried */
  maxAttempts?: number;
  fetch?: typeof fetch;
  /** urql's suspense mode (server components and @urql/next's streaming) */
  suspense?: boolean;
  requestPolicy?: 'cache-first' | 'cache-and-network' | 'network-only' | 'cache-only';
  /**
   * A server calling for a browser (the storefront's server rendering) passes on the browser's
   * `x-forwarded-for`, so the gateway limits each shopper on their own: it believes the header only
   * from a peer in its TRUSTED_PROXIES.
   */
  forwardedFor?: string | null | undefined;
}

/** The gateway accepts exactly one credential; an access token wins over the publishable key. */
export function credentialHeaders({ accessToken, publishableKey }: Credentials): Record<string, string> {
  if (accessToken) return { authorization: `Bearer ${accessToken}` };
  if (publishableKey) return { 'x-publishable-key': publishableKey };
  // anonymous GETs need a CSRF header (the gateway README)
  return { 'x-graphql-csrf': '1' };
}

/** The hash codegen embedded in a document (`persistedDocuments: embedHashInDocument`). */
export function documentHash(document: unknown): string | undefined {
  return (document as { __meta__?: { hash?: string } } | undefined)?.__meta__?.hash?.replace(/^sha256:/, '');
}

/**
 * Only queries are retried. A mutation whose answer was lost (a network error, a 503 after the
 * subgraph committed) may have taken effect: sending it again could place a second order or move
 * stock twice, so its failure goes back to the caller, who can retry with an idempotency key.
 */
export function retryableQuery(error: CombinedError, operation: Operation): boolean {
  return operation.kind === 'query' && isRetryable(error);
}

export function createUrqlClient(options: UrqlClientOptions): Client {
  const exchanges: Exchange[] = [cacheExchange];
  if (options.ssr) exchanges.push(options.ssr);
  if (options.onUnauthenticated) {
    const notify = options.onUnauthenticated;
    exchanges.push(
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) notify(error);
        },
      }),
    );
  }
  exchanges.push(
    retryExchange({
      initialDelayMs: 300,
      maxDelayMs: 3000,
      randomDelay: true,
      maxNumberAttempts: options.maxAttempts ?? 3,
      retryIf: retryableQuery,
    }),
  );
  if (options.persisted) {
    exchanges.push(
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => documentHash(document) ?? null,
      }),
    );
  }
  exchanges.push(fetchExchange);
  return createClient({
    url: options.url,
    exchanges,
    suspense: options.suspense ?? false,
    requestPolicy: options.requestPolicy ?? 'cache-first',
    preferGetMethod: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    fetchOptions: () => ({
      headers: {
        ...credentialHeaders(options),
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
    }),
  });
}
