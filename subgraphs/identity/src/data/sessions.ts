import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { type Grants, grantsOf } from './grants.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import {
  type RefreshTokenTable,
  revokeRefreshFamily,
  rotateRefreshToken,
  type StoredRefreshToken,
} from './refresh-rotation.ts';
import type { RevocationSettings } from './revocations.ts';
import { type SignInThrottleSettings, throttledSignIn } from './sign-in-throttle.ts';
import type { SigningKey } from './signing-keys.ts';
import { newRefreshToken, signAccessToken } from './tokens.ts';

export interface SessionSettings extends RevocationSettings {
  signingKey: SigningKey;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  customerTokenTtlSeconds: number;
  scryptLogN: number;
  signInThrottle: SignInThrottleSettings;
  /** how long a tenant created by sign-up waits for its owner to confirm the address */
  signUpTtlSeconds: number;
  /** the storefront key a shopper's session is issued through: its app goes into the token (`app`) */
  viaKeyId?: string | null;
}

export interface Session extends Grants {
  tenantId: string;
  userId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Issues an access token and a new refresh token (in `familyId`'s rotation chain, or a new one). */
export async function issueSession(
  tx: Tx,
  settings: SessionSettings,
  tenantId: string,
  userId: string,
  grants: Grants,
  familyId: string = crypto.randomUUID(),
): Promise<Session> {
  const id = crypto.randomUUID();
  const refresh = newRefreshToken(tenantId, id);
  const refreshTokenExpiresAt = new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000);
  await tx.refreshToken.create({
    data: { tenantId, id, familyId, userId, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt },
  });
  const access = await signAccessToken(
    settings.signingKey,
    {
      userId,
      tenantId,
      roles: grants.roles,
      scopes: grants.scopes,
      sessionId: familyId,
      grantsVersion: grants.version,
    },
    settings.accessTokenTtlSeconds,
  );
  return {
    tenantId,
    userId,
    ...grants,
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt,
  };
}

const INVALID = 'Email, password or tenant is wrong';

/**
 * Sign-in. Every failure looks the same to the caller and takes the same time; repeated failures
 * per account and per client address are throttled (sign-in-throttle.ts).
 */
export function createSession(
  root: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string; tenantSlug?: string | null },
  clientAddress?: string | null,
): Promise<IdentityResult<Session>> {
  return throttledSignIn(root, settings.signInThrottle, { audience: 'staff', email: input.email, clientAddress }, () =>
    signIn(root, settings, input),
  );
}

async function signIn(
  root: IdentityDatabase,
  settings: SessionSettings,
  input: { email: string; password: string; tenantSlug?: string | null },
): Promise<IdentityResult<Session>> {
  const [login] = await root.run(
    (tx) =>
      tx.$queryRaw<{ user_id: string; password_hash: string; tenant_id: string | null }[]>`
        select user_id, password_hash, tenant_id from identity.login_lookup(${input.email}, ${input.tenantSlug ?? null})`,
  );
  const passwordOk = login
    ? await verifyPassword(input.password, login.password_hash)
    : await verifyAgainstNothing(input.password, settings.scryptLogN);
  if (!login || !passwordOk || !login.tenant_id) return identityFail('INVALID_CREDENTIALS', INVALID);
  const { tenant_id: tenantId, user_id: userId } = login;
  return root.as(tenantId).run(async (tx) => {
    const grants = await grantsOf(tx, userId);
    if (!grants) return identityFail('INVALID_CREDENTIALS', INVALID);
    return { ok: true, value: await issueSession(tx, settings, tenantId, userId, grants) };
  });
}

/** Staff refresh tokens (refresh_tokens): rotated and revoked by the shared rules. */
const STAFF_TOKENS: RefreshTokenTable<RefreshTokenRow> = {
  find: (tx, id) => tx.refreshToken.findFirst({ where: { id } }),
  claim: async (tx, id) =>
    (
      await tx.refreshToken.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: new Date(), replacedBy: crypto.randomUUID() },
      })
    ).count === 1,
  revokeFamily: async (tx, familyId) => {
    await tx.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  },
};
type RefreshTokenRow = StoredRefreshToken & { userId: string };

/** A staff token names its tenant. */
const staffDatabase = (root: IdentityDatabase) => (tenantId: string) => root.as(tenantId);

/** Trades a staff refresh token for a new session (see `rotateRefreshToken`); an ended membership cannot. */
export function refreshSession(
  root: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<IdentityResult<Session>> {
  return rotateRefreshToken(settings, staffDatabase(root), STAFF_TOKENS, refreshToken, async (tx, row, tenantId) => {
    const grants = await grantsOf(tx, row.userId);
    if (!grants) return identityFail('INVALID_REFRESH_TOKEN', 'Membership ended', ['input', 'refreshToken']);
    return { ok: true, value: await issueSession(tx, settings, tenantId, row.userId, grants, row.familyId) };
  });
}

/** Sign-out: revokes the token's whole rotation family and its access tokens. False for an unknown token. */
export function revokeFamily(
  root: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<boolean> {
  return revokeRefreshFamily(settings, staffDatabase(root), STAFF_TOKENS, refreshToken);
}
