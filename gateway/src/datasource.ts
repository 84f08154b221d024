import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { AuthContext } from '@ucos/kit/auth-context';
import { ErrorCode } from '@ucos/kit/errors';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import { injectTraceHeaders } from '@ucos/kit/tracing';
import type { GatewayContext } from './auth-plugin.ts';
import { type Fetcher, UpstreamUnreachableError } from './fetcher.ts';
import { graphqlError } from './graphql-error.ts';

const TOKEN_TTL_SECONDS = 60;

export type TokenSigner = (auth: AuthContext) => Promise<string>;

/**
 * One internal token per request, shared by all its subgraph calls, re-signed when half its life is
 * gone (a long plan must not send an expired one).
 */
export function createTokenSigner(key: Uint8Array): TokenSigner {
  const signed = new WeakMap<AuthContext, { token: Promise<string>; renewAt: number }>();
  return (auth) => {
    const now = Date.now();
    let entry = signed.get(auth);
    if (!entry || entry.renewAt <= now) {
      entry = { token: signInternalToken(key, auth, TOKEN_TTL_SECONDS), renewAt: now + (TOKEN_TTL_SECONDS * 1000) / 2 };
      signed.set(auth, entry);
    }
    return entry.token;
  };
}

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  fetcher: Fetcher;
  sign: TokenSigner;
  logger: Logger;
}

/**
 * A subgraph as the gateway calls it: the caller's identity travels only as a signed internal token
 * (client headers are never forwarded), and a network failure becomes SERVICE_UNAVAILABLE naming
 * the subgraph instead of a transport error with addresses in it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  readonly #name: string;
  readonly #sign: TokenSigner;
  readonly #logger: Logger;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: readGraphQLErrorsOfAnyStatus(options.fetcher) });
    this.#name = options.name;
    this.#sign = options.sign;
    this.#logger = options.logger;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>) {
    // schema loading and health checks run outside any client request: the gateway acts for itself
    const auth = context.auth ?? gatewayPrincipal();
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await this.#sign(auth));
    request.http?.headers.set('x-request-id', auth.requestId);
    // plain JSON: a graphql-response+json answer may use 4xx for request errors
    request.http?.headers.set('accept', 'application/json');
    // the subgraph's server span continues this fetch's span (Apollo's `gateway.fetch`)
    const trace: Record<string, string> = {};
    injectTraceHeaders(trace);
    for (const [name, value] of Object.entries(trace)) request.http?.headers.set(name, value);
  }

  override didEncounterError(error: Error): never {
    if (error instanceof UpstreamUnreachableError) {
      this.#logger.warn({ err: error, subgraph: this.#name }, 'subgraph unreachable');
      throw graphqlError(`Service "${this.#name}" is unavailable.`, {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: this.#name },
      });
    }
    throw error;
  }
}

/**
 * A subgraph may answer a well-formed GraphQL result with a 4xx/5xx status (a kit AppError carries
 * `http.status`, so one unauthorized field turns the whole answer into a 403). RemoteGraphQLDataSource
 * would make that a transport error without the subgraph's errors; read it as the result it is.
 */
function readGraphQLErrorsOfAnyStatus(fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    const response = await fetcher(url, init);
    if (response.ok || !response.headers.get('content-type')?.includes('json')) return response;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body !== 'object' || body === null || !Array.isArray((body as { errors?: unknown }).errors)) {
      return response;
    }
    return Object.create(response, { ok: { value: true }, status: { value: 200 } });
  };
}

function gatewayPrincipal(): AuthContext {
  return { kind: 'service', subject: 'gateway', tenantId: null, roles: [], scopes: [], requestId: crypto.randomUUID() };
}
