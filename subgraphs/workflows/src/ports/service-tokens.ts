import {
  currentServiceTls,
  INTERNAL_TOKEN_HEADER,
  internalTokenKey,
  type ServiceFetch,
  serviceFetch,
  signInternalToken,
} from '@ucos/kit';

/** Short-lived access tokens for a workflow's own service identity (`workflow:<definitionId>`). */
export interface ServiceTokenSource {
  tokenFor(tenantId: string, definitionId: string, scopes: readonly string[]): Promise<string>;
}

/** The identity route that issues them (`subgraphs/identity/src/service-tokens.ts`). */
export const SERVICE_TOKENS_PATH = '/internal/service-tokens';

/**
 * Asks identity for a token with the internal token (subject `workflows`), and reuses it until a
 * minute before it expires.
 */
export function identityServiceTokens(options: {
  identityUrl: string;
  internalTokenSecret: string;
  fetch?: typeof fetch;
}): ServiceTokenSource {
  // identity requires the platform certificate when mutual TLS is on: the process's, like internal calls
  const send: ServiceFetch = options.fetch ?? serviceFetch(currentServiceTls());
  const key = internalTokenKey(options.internalTokenSecret);
  const url = new URL(SERVICE_TOKENS_PATH, options.identityUrl).toString();
  const cache = new Map<string, { token: string; reuseUntil: number }>();
  return {
    async tokenFor(tenantId, definitionId, scopes) {
      const sorted = [...new Set(scopes)].sort();
      const cacheKey = `${tenantId}|${definitionId}|${sorted.join(',')}`;
      const hit = cache.get(cacheKey);
      if (hit && hit.reuseUntil > Date.now()) return hit.token;
      const internal = await signInternalToken(
        key,
        { kind: 'service', subject: 'workflows', tenantId, roles: [], scopes: [], requestId: crypto.randomUUID() },
        60,
      );
      const response = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internal },
        body: JSON.stringify({ tenantId, subject: `workflow:${definitionId}`, scopes: sorted }),
        signal: AbortSignal.timeout(5_000),
      });
      const body = (await response.json().catch(() => null)) as { accessToken?: string; expiresAt?: string } | null;
      if (!response.ok || !body?.accessToken || !body.expiresAt) {
        throw new Error(`identity refused a service token (${response.status})`);
      }
      if (cache.size > 1_000) cache.clear();
      cache.set(cacheKey, { token: body.accessToken, reuseUntil: new Date(body.expiresAt).getTime() - 60_000 });
      return body.accessToken;
    },
  };
}
