import type { AuthContext } from './auth-context.ts';
import { AppError, ErrorCode } from './errors.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from './internal-token.ts';

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

/**
 * One domain asking another synchronously (orders reserving stock, orders reading prices): a GraphQL
 * call to the other subgraph with a service token for the same tenant. Never a shortcut into the
 * other domain's tables, never without a tenant.
 */
export function createInternalClient(url: string, key: Uint8Array, timeoutMs = 10_000): InternalClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown>, options: InternalCallOptions): Promise<T> {
      const auth: AuthContext = {
        kind: 'service',
        subject: options.caller,
        tenantId: options.tenantId,
        roles: [],
        scopes: options.scopes,
        requestId: options.requestId ?? crypto.randomUUID(),
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
        throw new AppError(
          ErrorCode.SERVICE_UNAVAILABLE,
          `internal call to ${url} failed: ${(error as Error).message}`,
        );
      }
      const body = (await response.json().catch(() => null)) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      if (!body?.data || body.errors?.length) {
        const first = body?.errors?.[0];
        throw new AppError(
          ErrorCode.SERVICE_UNAVAILABLE,
          `internal call to ${url} failed: ${first?.message ?? `HTTP ${response.status}`}`,
          { upstreamCode: first?.extensions?.code ?? null },
        );
      }
      return body.data;
    },
  };
}
