import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type SigningKey } from './signing-keys.ts';

export interface AccessTokenClaims {
  /** staff users carry no kind; storefront shoppers are `customer` */
  kind?: 'customer';
  userId: string;
  tenantId: string;
  roles: string[];
  scopes: string[];
  /** the session (refresh-token family) this token belongs to: the gateway refuses it once revoked */
  sessionId: string;
  /** the subject's grants version when issued: the gateway refuses it once the grants change */
  grantsVersion: number;
  /** a shopper's token: the app of the storefront key it was issued through */
  appId?: string | null;
}

export async function signAccessToken(
  key: SigningKey,
  claims: AccessTokenClaims,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({
    tid: claims.tenantId,
    rol: claims.roles,
    scp: claims.scopes,
    sid: claims.sessionId,
    sv: claims.grantsVersion,
    ...(claims.kind ? { knd: claims.kind } : {}),
    ...(claims.appId ? { app: claims.appId } : {}),
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt()
    .setJti(crypto.randomUUID())
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key.privateKey);
  return { token, expiresAt };
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const secret = () => randomBytes(32).toString('base64url');

/**
 * Refresh tokens are opaque to clients but carry their tenant and row id (`rt_<tenant>_<id>_<secret>`)
 * so that refreshing runs inside that tenant's RLS scope; only the secret's hash is stored.
 */
export function newRefreshToken(tenantId: string, id: string): { token: string; hash: string } {
  const value = secret();
  return { token: `rt_${tenantId}_${id}_${value}`, hash: sha256(value) };
}

const REFRESH_TOKEN = /^rt_([0-9a-f-]{36})_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

export function parseRefreshToken(token: string): { tenantId: string; id: string; hash: string } | null {
  const match = REFRESH_TOKEN.exec(token);
  if (!match) return null;
  const [, tenantId, id, value] = match;
  if (!tenantId || !id || !value) return null;
  return { tenantId, id, hash: sha256(value) };
}

export type KeyKind = 'api_key' | 'publishable_key';

/** Partner secret keys `ucos_sk_…` and storefront publishable keys `ucos_pk_…`; stored as sha256. */
export function newApiKey(kind: KeyKind): { key: string; prefix: string; hash: string } {
  const key = `${kind === 'api_key' ? 'ucos_sk_' : 'ucos_pk_'}${secret()}`;
  return { key, prefix: key.slice(0, 12), hash: sha256(key) };
}

export const API_KEY_FORMAT = /^ucos_(sk|pk)_[A-Za-z0-9_-]{43}$/;
