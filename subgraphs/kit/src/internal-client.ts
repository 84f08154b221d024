import type { AuthContext } from './auth-context.ts';
import { AppError, ErrorCode } from './errors.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from './internal-token.ts';
import type { Logger } from './logger.ts';

export interface InternalCallOptions {
  /** the calling service, recorded as the subject of the token */
  caller: string;
  /** the tenant the call acts for: always the caller's own request tenant */
  tenantId: string;
  /** the scopes the callee's fields require */
  scopes: string[];
  requestId?: string;
}

export interface InternalClient {
  request<T>(query: string, variables: Record<string, unknown>, options: InternalCallOptions): Promise<T>;
}

export interface InternalClientOptions {
  /** the called service's name: the only thing a client learns when the call fails */
  service: string;
  timeoutMs?: number;
  /** where the failure's details (address, upstream message) go instead of the client */
  logger?: Logger;
}

/**
 * One domain asking another synchronously (orders reserving stock, orders reading prices): a GraphQL
 * call to the other subgraph with a service token for the same tenant. Never a shortcut into the
 * other domain's tables, never without a tenant.
 */
export function createInternalClient(url: string, key: Uint8Array, options: InternalClientOptions): InternalClient {
  const { service, timeoutMs = 10_000, logger } = options;
  // the address and the upstream's words stay in the log: a client sees the service name only
  const unavailable = (requestId: string, detail: Record<string, unknown>) => {
    logger?.warn({ service, url, requestId, ...detail }, 'internal call failed');
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, `Service "${service}" is unavailable.`, {
      serviceName: service,
    });
  };
  return {
    async request<T>(query: string, variables: Record<string, unknown>, call: InternalCallOptions): Promise<T> {
      const auth: AuthContext = {
        kind: 'service',
        subject: call.caller,
        tenantId: call.tenantId,
        roles: [],
        scopes: call.scopes,
        requestId: call.requestId ?? crypto.randomUUID(),
      };
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            [INTERNAL_TOKEN_HEADER]: await signInternalToken(key, auth),
            'x-request-id': auth.requestId,
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw unavailable(auth.requestId, { err: error });
      }
      const body = (await response.json().catch(() => null)) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      if (!body?.data || body.errors?.length) {
        const first = body?.errors?.[0];
        throw unavailable(auth.requestId, {
          status: response.status,
          upstreamCode: first?.extensions?.code ?? null,
          upstreamMessage: first?.message ?? null,
        });
      }
      return body.data;
    },
  };
}
