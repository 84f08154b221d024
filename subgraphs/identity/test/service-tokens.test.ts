import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { SERVICE_TOKENS_ROUTE } from '../src/service-tokens.ts';
import { type IdentityHarness, INTERNAL_SECRET, startIdentity } from './harness.ts';

let identity: IdentityHarness;

suiteFixture(async (own) => {
  identity = own(await startIdentity());
}, 60_000);

const internal = (subject: string, tenantId: string | null) =>
  signInternalToken(internalTokenKey(INTERNAL_SECRET), {
    kind: 'service',
    subject,
    tenantId,
    roles: [],
    scopes: [],
    requestId: randomUUID(),
  });

const ask = async (token: string | null, body: unknown) =>
  identity.fetch(SERVICE_TOKENS_ROUTE, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { [INTERNAL_TOKEN_HEADER]: token } : {}) },
    body: JSON.stringify(body),
  });

describe('workflow service tokens', () => {
  it('issues the workflows service an access token for workflow:<id> with only the scopes a workflow may hold', async () => {
    const tenantId = randomUUID();
    const definitionId = randomUUID();
    const response = await ask(await internal('workflows', tenantId), {
      tenantId,
      subject: `workflow:${definitionId}`,
      scopes: ['orders:manage', 'identity:users', 'workflows:manage', 'orders:manage'],
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { accessToken: string; expiresAt: string; scopes: string[] };
    expect(answer.scopes).toEqual(['orders:manage']);
    const jwks = (await (await identity.fetch('/.well-known/jwks.json')).json()) as Parameters<
      typeof createLocalJWKSet
    >[0];
    // what the gateway checks (gateway/src/auth.ts)
    const { payload, protectedHeader } = await jwtVerify(answer.accessToken, createLocalJWKSet(jwks), {
      issuer: 'ucos-identity',
      audience: 'ucos',
      algorithms: ['EdDSA', 'Ed25519'],
      typ: 'at+jwt',
    });
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload).toMatchObject({ sub: `workflow:${definitionId}`, tid: tenantId, scp: ['orders:manage'], sv: 0 });
    expect(payload.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
  });

  it('refuses anyone but the workflows service, another tenant, and a malformed request', async () => {
    const tenantId = randomUUID();
    const body = { tenantId, subject: `workflow:${randomUUID()}`, scopes: ['orders:manage'] };
    expect((await ask(null, body)).status).toBe(401);
    expect((await ask(await internal('gateway', tenantId), body)).status).toBe(401);
    expect((await ask(await internal('workflows', randomUUID()), body)).status).toBe(403);
    expect((await ask(await internal('workflows', tenantId), { ...body, subject: 'user:1' })).status).toBe(400);
  });
});
