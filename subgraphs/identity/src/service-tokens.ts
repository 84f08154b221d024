import { randomUUID } from 'node:crypto';
import { type AuthContext, PERMISSION_SCOPES, type Route } from '@ucos/kit';
import { z } from 'zod';
import type { SigningKey } from './data/signing-keys.ts';
import { signAccessToken } from './data/tokens.ts';

/**
 * Workflow service identities. An `action` step of a tenant's workflow calls the public gateway as
 * `workflow:<definitionId>`, with exactly the scopes its definition declares. The workflows worker
 * asks for that access token here: an internal route (never routed by the gateway) that only the
 * workflows service may call (a valid internal token, kind `service`, subject `workflows`, for the
 * same tenant). The token is an ordinary access token (EdDSA, this service's JWKS) with its own
 * session id, lives five minutes and holds only scopes a workflow may hold: no identity or
 * workflow administration, no shopper scopes.
 */
export const SERVICE_TOKENS_ROUTE = '/internal/service-tokens';

export const SERVICE_TOKEN_TTL_SECONDS = 300;

/** What no workflow may act with, whatever its definition declares. */
const NEVER_FOR_WORKFLOWS = new Set<string>([
  'identity:users',
  'identity:roles',
  'identity:api_keys',
  'identity:flags',
  'identity:tenant',
  'workflows:manage',
  'plugins:write',
  'cart:own',
  'checkout',
  'orders:own',
]);

export const WORKFLOW_GRANTABLE_SCOPES: readonly string[] = Object.keys(PERMISSION_SCOPES).filter(
  (scope) => !NEVER_FOR_WORKFLOWS.has(scope),
);

/** The request body: whose token, for which tenant, with which scopes. */
export const serviceTokenRequest = z.object({
  tenantId: z.uuid(),
  subject: z.string().regex(/^workflow:[0-9a-f-]{36}$/, 'must be workflow:<definition uuid>'),
  scopes: z.array(z.string().max(100)).max(50),
});

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

export function serviceTokenRoute(signingKey: SigningKey, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS): Route {
  return async (request: Request, caller: AuthContext | null) => {
    if (caller?.kind !== 'service' || caller.subject !== 'workflows') {
      return refuse(401, 'UNAUTHENTICATED', 'only the workflows service may ask');
    }
    if (request.method !== 'POST') return refuse(405, 'METHOD_NOT_ALLOWED', 'POST only');
    const parsed = serviceTokenRequest.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return refuse(400, 'BAD_REQUEST', parsed.error.issues[0]?.message ?? 'bad request');
    const { tenantId, subject, scopes } = parsed.data;
    if (caller.tenantId !== tenantId) return refuse(403, 'FORBIDDEN', 'the internal token is for another tenant');
    const granted = [...new Set(scopes)].filter((scope) => WORKFLOW_GRANTABLE_SCOPES.includes(scope)).sort();
    const access = await signAccessToken(
      signingKey,
      { userId: subject, tenantId, roles: [], scopes: granted, sessionId: randomUUID(), grantsVersion: 0 },
      ttlSeconds,
    );
    return Response.json(
      { accessToken: access.token, expiresAt: access.expiresAt.toISOString(), scopes: granted },
      { headers: { 'cache-control': 'no-store' } },
    );
  };
}
