import type { Route } from '@ucos/kit';
import type pg from 'pg';
import { resolveApiKey } from './data/api-keys.ts';
import { liveDocuments } from './data/app-documents.ts';
import { revocationsSince } from './data/revocations.ts';
import type { SigningKey } from './data/signing-keys.ts';
import type { IdentityDatabase } from './db.ts';

/** The public JWKS the gateway verifies access tokens with (current key plus retired ones). */
export function jwksRoute(signingKey: SigningKey, previousPublicKeys: object[]): Route {
  const body = JSON.stringify({ keys: [signingKey.publicJwk, ...previousPublicKeys] });
  return () =>
    new Response(body, { headers: { 'content-type': 'application/jwk-set+json', 'cache-control': 'max-age=300' } });
}

/**
 * The gateway asks which tenant and scopes a raw API key carries. Only a service (the gateway) with
 * a valid internal token may ask; the answer never includes the key or its hash.
 */
export function apiKeyResolveRoute(pool: pg.Pool): Route {
  return async (request, caller) => {
    if (caller?.kind !== 'service') {
      return Response.json({ error: { code: 'UNAUTHENTICATED', message: 'service token required' } }, { status: 401 });
    }
    if (request.method !== 'POST') return Response.json({ error: { code: 'METHOD_NOT_ALLOWED' } }, { status: 405 });
    const body = (await request.json().catch(() => null)) as { key?: unknown } | null;
    if (!body || typeof body.key !== 'string') {
      return Response.json({ error: { code: 'BAD_REQUEST', message: 'body must be {"key": "..."}' } }, { status: 400 });
    }
    const result = await resolveApiKey(pool, body.key);
    return result.ok
      ? Response.json({ apiKey: result.apiKey })
      : Response.json({ error: { code: result.code, message: result.message } }, { status: 401 });
  };
}

/**
 * The gateways' revocation feed: `GET ?since=<ISO time>` answers the records in force written since
 * then and the database time to ask from next (`asOf`). Without `since`, every record in force (a
 * gateway starting). Service token only; only ids, versions and reasons leave.
 */
export function sessionRevocationsRoute(pool: pg.Pool): Route {
  return async (request, caller) => {
    if (caller?.kind !== 'service') {
      return Response.json({ error: { code: 'UNAUTHENTICATED', message: 'service token required' } }, { status: 401 });
    }
    if (request.method !== 'GET') return Response.json({ error: { code: 'METHOD_NOT_ALLOWED' } }, { status: 405 });
    const given = new URL(request.url).searchParams.get('since');
    const since = given ? new Date(given) : new Date(0);
    if (Number.isNaN(since.getTime())) {
      return Response.json({ error: { code: 'BAD_REQUEST', message: 'since must be an ISO time' } }, { status: 400 });
    }
    return Response.json(await revocationsSince(pool, since), {
      headers: { 'cache-control': 'no-store' },
    });
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The gateways' question "which documents may a key of this app run?": `GET ?app=<uuid>` with a
 * service token of the app's tenant answers its live versions (current, and those in their grace
 * period) with their documents; RLS keeps another tenant's app unseen (404, as for none).
 */
export function appDocumentsRoute(root: IdentityDatabase): Route {
  return async (request, caller) => {
    if (caller?.kind !== 'service' || !caller.tenantId) {
      return Response.json(
        { error: { code: 'UNAUTHENTICATED', message: "a service token of the app's tenant is required" } },
        { status: 401 },
      );
    }
    if (request.method !== 'GET') return Response.json({ error: { code: 'METHOD_NOT_ALLOWED' } }, { status: 405 });
    const appId = new URL(request.url).searchParams.get('app') ?? '';
    if (!UUID.test(appId)) {
      return Response.json({ error: { code: 'BAD_REQUEST', message: 'app must be a uuid' } }, { status: 400 });
    }
    const answer = await liveDocuments(root.as(caller.tenantId), appId);
    if (!answer) return Response.json({ error: { code: 'NOT_FOUND', message: 'no such app' } }, { status: 404 });
    return Response.json(answer, { headers: { 'cache-control': 'no-store' } });
  };
}
