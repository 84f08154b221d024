import { createHmac } from 'node:crypto';
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../src/auth-context.ts';
import { InternalTokenError, internalTokenKey, signInternalToken, verifyInternalToken } from '../src/internal-token.ts';

const key = internalTokenKey('internal-token-test-secret-0123456789abcdef');
const auth: AuthContext = {
  kind: 'api_key',
  subject: '7d1f0c4e-4c1a-4f7e-9a55-0a8f3f2b9c11',
  tenantId: '00000000-0000-4000-8000-000000000001',
  roles: ['staff'],
  scopes: ['catalog:read', 'inventory:read'],
  requestId: 'req-12345678',
  sessionId: '4c2c8f53-0a51-4c43-9d6e-51f3d9a9c0de',
  clientAddress: '203.0.113.7',
};

const segments = (token: string) => token.split('.');
const claimsOf = (token: string) => JSON.parse(Buffer.from(segments(token)[1] ?? '', 'base64url').toString());

describe('internal token', () => {
  it('is a standard HS256 JWT that jose verifies with the shared secret, with the caller in its claims', async () => {
    const token = await signInternalToken(key, auth, 60);
    const { payload, protectedHeader } = await jwtVerify(token, key, {
      issuer: 'ucos-gateway',
      audience: 'ucos-subgraphs',
      algorithms: ['HS256'],
    });
    expect(protectedHeader).toEqual({ alg: 'HS256' });
    expect(payload).toMatchObject({
      knd: 'api_key',
      tid: auth.tenantId,
      rol: ['staff'],
      scp: ['catalog:read', 'inventory:read'],
      rid: 'req-12345678',
      sid: auth.sessionId,
      cip: '203.0.113.7',
      sub: auth.subject,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
    expect(await verifyInternalToken(key, token)).toEqual(auth);
  });

  it('carries an anonymous or service caller without subject, tenant, session or address', async () => {
    const service: AuthContext = {
      kind: 'service',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'req-service-1',
    };
    const token = await signInternalToken(key, service);
    expect(claimsOf(token)).not.toHaveProperty('sid');
    expect(claimsOf(token)).not.toHaveProperty('cip');
    expect(await verifyInternalToken(key, token)).toEqual({ ...service, clientAddress: null });
  });

  it('is refused when signed with another secret, altered, or expired', async () => {
    const other = internalTokenKey('another-secret-of-at-least-32-characters!!');
    await expect(verifyInternalToken(key, await signInternalToken(other, auth))).rejects.toThrow(InternalTokenError);

    // a tenant swapped in the payload no longer matches the signature
    const token = await signInternalToken(key, auth);
    const [header, , signature] = segments(token);
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(token), tid: 'another-tenant' })).toString('base64url');
    await expect(verifyInternalToken(key, `${header}.${forged}.${signature}`)).rejects.toThrow(
      'internal token invalid',
    );

    // correctly signed, but expired beyond the 5 s tolerance
    const expired = { ...claimsOf(token), iat: 1_000, exp: 1_060 };
    const body = `${header}.${Buffer.from(JSON.stringify(expired)).toString('base64url')}`;
    const resigned = `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    await expect(verifyInternalToken(key, resigned)).rejects.toThrow('internal token expired');
  });
});
