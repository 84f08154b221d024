import { createHmac } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { AuthContext, PrincipalKind } from './auth-context.ts';

/**
 * The short-lived token the gateway (or a service calling another service) attaches to every
 * subgraph request. Subgraphs trust nothing else: a bare tenant header is ignored.
 */
export const INTERNAL_TOKEN_HEADER = 'x-ucos-internal-token';
const ISSUER = 'ucos-gateway';
const AUDIENCE = 'ucos-subgraphs';
const ALGORITHM = 'HS256';
const DEFAULT_TTL_SECONDS = 60;

const kinds: readonly PrincipalKind[] = ['user', 'customer', 'api_key', 'publishable_key', 'service', 'anonymous'];

export class InternalTokenError extends Error {
  override name = 'InternalTokenError';
}

export function internalTokenKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new InternalTokenError('INTERNAL_TOKEN_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

const HEADER = Buffer.from(JSON.stringify({ alg: ALGORITHM })).toString('base64url');

/**
 * A compact HS256 JWT, signed with node:crypto's HMAC: the gateway signs one for every request (and
 * one per API-key resolution), and jose's SignJWT costs a WebCrypto key import, an async job and a
 * claims copy each time, several times the HMAC itself. Verification stays with jose.
 */
export async function signInternalToken(
  key: Uint8Array,
  auth: AuthContext,
  ttlSeconds = DEFAULT_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    knd: auth.kind,
    tid: auth.tenantId,
    rol: auth.roles,
    scp: auth.scopes,
    rid: auth.requestId,
    ...(auth.sessionId ? { sid: auth.sessionId } : {}),
    ...(auth.clientAddress ? { cip: auth.clientAddress } : {}),
    iss: ISSUER,
    aud: AUDIENCE,
    sub: auth.subject ?? '',
    iat: now,
    exp: now + ttlSeconds,
  };
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}

/** jose imports a raw key on every call; each subgraph verifies every request with the same one. */
const verifyKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function verifyKeyOf(key: Uint8Array): Promise<CryptoKey> {
  let imported = verifyKeys.get(key);
  if (!imported) {
    imported = crypto.subtle.importKey(
      'raw',
      key as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    verifyKeys.set(key, imported);
  }
  return imported;
}

export async function verifyInternalToken(key: Uint8Array, token: string): Promise<AuthContext> {
  try {
    const { payload } = await jwtVerify(token, await verifyKeyOf(key), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALGORITHM],
      clockTolerance: 5,
    });
    const kind = payload.knd as PrincipalKind;
    if (!kinds.includes(kind)) throw new InternalTokenError('unknown principal kind');
    const strings = (value: unknown) =>
      Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : [];
    return {
      kind,
      subject: payload.sub ? payload.sub : null,
      tenantId: typeof payload.tid === 'string' ? payload.tid : null,
      roles: strings(payload.rol),
      scopes: strings(payload.scp),
      requestId: typeof payload.rid === 'string' ? payload.rid : crypto.randomUUID(),
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
      clientAddress: typeof payload.cip === 'string' ? payload.cip : null,
    };
  } catch (error) {
    if (error instanceof InternalTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InternalTokenError('internal token expired');
    throw new InternalTokenError('internal token invalid');
  }
}
