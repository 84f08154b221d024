import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { type ServiceTls, serviceFetch } from '@ucos/kit/tls';
import type { Dispatcher, Pool } from 'undici';
import { currentRequestSignal } from './deadline.ts';

/** The fetcher contract of @apollo/gateway's RemoteGraphQLDataSource. */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface PooledFetcher {
  fetch: Fetcher;
  close(): Promise<void>;
}

export interface PooledFetcherOptions {
  /** connections per origin (Node only: Bun's fetch pools on its own) */
  connections: number;
  /** per request, unless the caller passes its own `signal` */
  timeoutMs: number;
  /** mutual TLS to `https` subgraphs: the gateway's service certificate, and the CAs theirs must chain to */
  tls?: ServiceTls | null;
}

/**
 * The network failed (refused, reset, timed out) before a complete answer arrived. Raised instead of
 * the transport's own error, which carries addresses the client must never see.
 */
export class UpstreamUnreachableError extends Error {
  override name = 'UpstreamUnreachableError';
  readonly url: string;
  constructor(url: string, cause: unknown) {
    super(`${url} unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.url = url;
  }
}

export const isBun = typeof (globalThis as { Bun?: unknown }).Bun !== 'undefined';

/**
 * On Node, undici `request` over a bounded keep-alive Pool per origin (1.1x the default fetcher on a
 * federated listing). On Bun, `undici` is a stand-in whose Pool options are ignored, so global fetch,
 * which pools connections itself.
 */
export async function createPooledFetcher(options: PooledFetcherOptions): Promise<PooledFetcher> {
  return isBun ? webFetcher(options) : await undiciFetcher(options);
}

function webFetcher({ timeoutMs, tls }: PooledFetcherOptions): PooledFetcher {
  // the kit's fetch: on Bun it hands the certificate to fetch's own `tls` option
  const send = serviceFetch(tls ?? null);
  return {
    async fetch(url, init) {
      let response: Response;
      try {
        response = await send(url, {
          method: init?.method ?? 'GET',
          headers: init?.headers,
          body: init?.body as BodyInit | undefined,
          signal: signalFor(init, timeoutMs),
        });
      } catch (error) {
        throw new UpstreamUnreachableError(url, error);
      }
      return fetcherResponse(url, response.status, response.headers, () => response.text());
    },
    async close() {},
  };
}

async function undiciFetcher({ connections, timeoutMs, tls }: PooledFetcherOptions): Promise<PooledFetcher> {
  // imported here so Bun never links undici's named exports
  const undici = await import('undici');
  const pools = new Map<string, Pool>();
  const targets = new Map<string, { pool: Pool; path: string }>();

  function targetOf(url: string) {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      let pool = pools.get(parsed.origin);
      if (!pool) {
        pool = new undici.Pool(parsed.origin, {
          connections,
          pipelining: 1,
          // only used for https origins: the handshake presents the gateway's certificate
          ...(tls ? { connect: { cert: tls.cert, key: tls.key, ca: tls.ca, minVersion: 'TLSv1.3' as const } } : {}),
        });
        pools.set(parsed.origin, pool);
      }
      target = { pool, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  }

  return {
    async fetch(url, init) {
      const { pool, path } = targetOf(url);
      let answer: Dispatcher.ResponseData;
      try {
        answer = await pool.request({
          path,
          method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
          headers: init?.headers,
          body: init?.body,
          signal: signalFor(init, timeoutMs),
        });
      } catch (error) {
        throw new UpstreamUnreachableError(url, error);
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) {
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else if (value !== undefined) headers.set(name, value);
      }
      return fetcherResponse(url, answer.statusCode, headers, () => answer.body.text());
    },
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
      targets.clear();
    },
  };
}

/**
 * The call's own timeout (or the caller's signal), and the client request's deadline and
 * disconnection when the call is made for one.
 */
function signalFor(init: FetcherInit | undefined, timeoutMs: number): AbortSignal {
  const own = (init?.signal as AbortSignal | undefined) ?? AbortSignal.timeout(timeoutMs);
  const request = currentRequestSignal();
  return request ? AbortSignal.any([own, request]) : own;
}

/** The body is read once and shared, so `clone()` is cheap and reads cannot race. */
function fetcherResponse(url: string, status: number, headers: Headers, read: () => Promise<string>): FetcherResponse {
  let text: Promise<string> | undefined;
  const readText = () => {
    text ??= read().catch((error: unknown) => {
      throw new UpstreamUnreachableError(url, error);
    });
    return text;
  };
  const response: FetcherResponse = {
    get bodyUsed() {
      return text !== undefined;
    },
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers,
    text: readText,
    json: async () => JSON.parse(await readText()),
    arrayBuffer: async () => new TextEncoder().encode(await readText()).buffer as ArrayBuffer,
    clone: () => response,
  };
  return response;
}

export type { FetcherInit, FetcherResponse };
