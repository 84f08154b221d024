import { type AuthContext, anonymous } from '@ucos/kit/auth-context';
import { ErrorCode } from '@ucos/kit/errors';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import { type ServiceTls, serviceFetch } from '@ucos/kit/tls';
import type { GraphQLError } from 'graphql';
import {
  createRemoteJWKSet,
  customFetch,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { z } from 'zod';
import type { RevocationList } from './auth-revocations.ts';
import type { Fetcher } from './fetcher.ts';
import { graphqlError } from './graphql-error.ts';

export type Authenticate = (headers: Headers, requestId: string) => Promise<AuthContext>;

export interface AuthenticatorOptions {
  /** base URL of the identity service: JWKS and API-key resolution live there */
  identityUrl: string;
  internalTokenKey: Uint8Array;
  fetch: Fetcher;
  /** the certificate the JWKS is fetched with when identity requires one (mutual TLS) */
  serviceTls?: ServiceTls | null;
  logger: Logger;
  /**
   * How long a storefront publishable key's resolution is reused (0 = never). Every shopper's request
   * carries the same public key, and resolving it costs a call to identity; a revoked publishable key
   * stops working within this time. Secret API keys are never cached: revoking one is immediate.
   */
  publishableKeyCacheSeconds?: number;
  /** revoked sessions and outdated grants: an access token is checked against it on every request */
  revocations: RevocationList;
}

/** Why a credential was refused, as `extensions.reason` next to code UNAUTHENTICATED. */
export type AuthFailure =
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'UNSUPPORTED_AUTH_SCHEME'
  | 'CREDENTIAL_CONFLICT'
  | 'API_KEY_INVALID'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED'
  | 'SESSION_REVOKED'
  | 'TOKEN_OUTDATED';

const ISSUER = 'ucos-identity';
const AUDIENCE = 'ucos';
const KEY_FORMAT = /^ucos_(sk|pk)_[A-Za-z0-9_-]{8,200}$/;
const API_KEY_FAILURES = new Set<string>(['API_KEY_INVALID', 'API_KEY_REVOKED', 'API_KEY_EXPIRED']);

export function authFailure(reason: AuthFailure, message: string): GraphQLError {
  return graphqlError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      reason,
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="ucos"' } },
    },
  });
}

export function authUnavailable(): GraphQLError {
  return graphqlError('Authentication is temporarily unavailable, retry shortly.', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: { 'Retry-After': '1' } } },
  });
}

const strings = z.array(z.string()).default([]);
const userClaims = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1).nullish(),
  rol: strings,
  scp: strings,
  /** identity marks shopper tokens `customer`; staff tokens carry no kind */
  knd: z.enum(['user', 'customer']).default('user'),
  /** the session: a token without one could not be revoked, so it is not accepted */
  sid: z.uuid(),
  /** the subject's grants version when the token was issued */
  sv: z.number().int().min(0).default(0),
  /** a shopper's token: the app whose storefront key the shopper signed in through */
  app: z.uuid().optional(),
});

const REVOKED_MESSAGES = {
  SESSION_REVOKED: 'The session of this access token has ended: sign in again',
  TOKEN_OUTDATED: 'The grants of this access token have changed: refresh the session to get the new ones',
} as const;

const resolved = z.object({
  apiKey: z.object({
    id: z.string().min(1),
    tenantId: z.string().min(1),
    kind: z.enum(['api_key', 'publishable_key']),
    scopes: z.array(z.string()),
    rateLimitTier: z.string().optional(),
    // an identity from before app tiers answers none; a source it may add later is not a reason to refuse the key
    rateLimitTierSource: z.enum(['key', 'app', 'default']).optional().catch(undefined),
    appId: z.string().optional(),
    appBuiltIn: z.string().optional(),
  }),
});
const refused = z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) });

/**
 * Turns a request's credential into the AuthContext the subgraphs receive: a bearer access token
 * (verified against identity's JWKS), a secret or publishable API key (resolved by identity on every
 * request, uncached, so a revocation takes effect at once), or nothing (anonymous).
 */
export function createAuthenticator(options: AuthenticatorOptions, jwks?: JWTVerifyGetKey): Authenticate {
  const base = options.identityUrl.replace(/\/+$/, '');
  const keySet =
    jwks ??
    createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`), {
      timeoutDuration: 3000,
      ...(options.serviceTls ? { [customFetch]: serviceFetch(options.serviceTls) } : {}),
    });
  const resolveUrl = `${base}/internal/api-keys/resolve`;
  const { logger } = options;

  async function verifyBearer(token: string, requestId: string): Promise<AuthContext> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['EdDSA', 'Ed25519'],
        // identity marks access tokens (RFC 9068), so no other token it signs can pass for one
        typ: 'at+jwt',
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 5,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw authFailure('TOKEN_EXPIRED', 'The access token has expired');
      if (keySetUnavailable(error)) {
        logger.error({ err: error, requestId }, 'cannot load the identity JWKS');
        throw authUnavailable();
      }
      throw authFailure('TOKEN_INVALID', 'The access token is not valid');
    }
    const claims = userClaims.safeParse(payload);
    if (!claims.success) throw authFailure('TOKEN_INVALID', 'The access token is not valid');
    const verdict = options.revocations.check({
      sessionId: claims.data.sid,
      tenantId: claims.data.tid ?? null,
      subject: claims.data.sub,
      grantsVersion: claims.data.sv,
    });
    if (verdict === 'STALE') {
      logger.error({ requestId }, 'the revocation list is stale: refusing access tokens until identity answers');
      throw authUnavailable();
    }
    if (verdict) throw authFailure(verdict, REVOKED_MESSAGES[verdict]);
    return {
      kind: claims.data.knd,
      subject: claims.data.sub,
      tenantId: claims.data.tid ?? null,
      roles: claims.data.rol,
      scopes: claims.data.scp,
      requestId,
      sessionId: claims.data.sid,
      ...(claims.data.app ? { appId: claims.data.app } : {}),
    };
  }

  const publishableCache = new Map<string, { auth: Omit<AuthContext, 'requestId'>; expiresAt: number }>();
  const cacheMs = (options.publishableKeyCacheSeconds ?? 0) * 1000;

  async function resolveCached(key: string, requestId: string): Promise<AuthContext> {
    if (cacheMs <= 0 || !key.startsWith('ucos_pk_')) return resolveKey(key, requestId);
    const now = Date.now();
    const hit = publishableCache.get(key);
    if (hit && hit.expiresAt > now) return { ...hit.auth, requestId };
    const auth = await resolveKey(key, requestId);
    if (publishableCache.size > 10_000) publishableCache.clear();
    publishableCache.set(key, { auth, expiresAt: now + cacheMs });
    return auth;
  }

  async function resolveKey(key: string, requestId: string): Promise<AuthContext> {
    const token = await signInternalToken(
      options.internalTokenKey,
      { kind: 'service', subject: 'gateway', tenantId: null, roles: [], scopes: [], requestId },
      60,
    );
    let status: number;
    let body: unknown;
    try {
      const response = await options.fetch(resolveUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          [INTERNAL_TOKEN_HEADER]: token,
          'x-request-id': requestId,
        },
        body: JSON.stringify({ key }),
      });
      status = response.status;
      body = await response.json().catch(() => null);
    } catch (error) {
      logger.error({ err: error, requestId }, 'cannot reach identity to resolve an API key');
      throw authUnavailable();
    }
    if (status === 200) {
      const answer = resolved.safeParse(body);
      if (answer.success) {
        const { apiKey } = answer.data;
        return {
          kind: apiKey.kind,
          subject: apiKey.id,
          tenantId: apiKey.tenantId,
          roles: [],
          scopes: apiKey.scopes,
          requestId,
          ...(apiKey.rateLimitTier ? { rateLimitTier: apiKey.rateLimitTier } : {}),
          ...(apiKey.rateLimitTierSource ? { rateLimitTierSource: apiKey.rateLimitTierSource } : {}),
          ...(apiKey.appId ? { appId: apiKey.appId } : {}),
          ...(apiKey.appBuiltIn ? { appBuiltIn: apiKey.appBuiltIn } : {}),
        };
      }
    }
    const failure = refused.safeParse(body);
    if (status === 401 && failure.success && API_KEY_FAILURES.has(failure.data.error.code)) {
      const reason = failure.data.error.code as AuthFailure;
      throw authFailure(reason, failure.data.error.message ?? 'The API key is not valid');
    }
    // identity refused the gateway itself, or answered nonsense: an operator's problem, not the caller's
    logger.error({ requestId, status, body }, 'unexpected answer from identity while resolving an API key');
    throw authUnavailable();
  }

  return async (headers, requestId) => {
    const authorization = headers.get('authorization') || null;
    const apiKey = headers.get('x-api-key') || null;
    const publishableKey = headers.get('x-publishable-key') || null;
    const given = [authorization, apiKey, publishableKey].filter((value) => value !== null).length;
    if (given === 0) return anonymous(requestId);
    if (given > 1) {
      throw authFailure(
        'CREDENTIAL_CONFLICT',
        'Send one credential: a bearer token, an x-api-key or an x-publishable-key header',
      );
    }
    if (authorization) {
      const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization.trim());
      if (!match?.[1]) throw authFailure('UNSUPPORTED_AUTH_SCHEME', 'Authorization must be "Bearer <access token>"');
      return verifyBearer(match[1], requestId);
    }
    const key = (apiKey ?? publishableKey ?? '').trim();
    const format = KEY_FORMAT.exec(key);
    // junk never costs a round trip; a secret key in the publishable header is a leak waiting to happen
    if (!format || (publishableKey && format[1] !== 'pk')) {
      throw authFailure('API_KEY_INVALID', 'The API key is not valid');
    }
    return resolveCached(key, requestId);
  };
}

/** The JWKS could not be fetched (identity down, timeout, bad answer), as opposed to a bad token. */
function keySetUnavailable(error: unknown): boolean {
  if (!(error instanceof joseErrors.JOSEError)) return true;
  return (
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    error.code === 'ERR_JOSE_GENERIC'
  );
}
