import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { type Grants, grantsOf } from './grants.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import type { SigningKey } from './signing-keys.ts';
import { newRefreshToken, parseRefreshToken, sameHash, signAccessToken } from './tokens.ts';

export interface SessionSettings {
  signingKey: SigningKey;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  customerTokenTtlSeconds: number;
  scryptLogN: number;
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
    { userId, tenantId, roles: grants.roles, scopes: grants.scopes },
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

/** Sign-in. Every failure looks the same to the caller and takes the same time. */
export async function createSession(
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

/**
 * Rotation: a refresh token works once. Using one that was already rotated means it leaked, so the
 * whole family is revoked and the caller must sign in again.
 */
export async function refreshSession(
  root: IdentityDatabase,
  settings: SessionSettings,
  refreshToken: string,
): Promise<IdentityResult<Session>> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return identityFail('INVALID_REFRESH_TOKEN', 'Refresh token is not valid', ['input', 'refreshToken']);
  const result = await root.as(parsed.tenantId).run(async (tx): Promise<IdentityResult<Session> | 'reused'> => {
    const row = await tx.refreshToken.findFirst({ where: { id: parsed.id } });
    if (!row || !sameHash(row.tokenHash, parsed.hash)) {
      return identityFail('INVALID_REFRESH_TOKEN', 'Refresh token is not valid', ['input', 'refreshToken']);
    }
    if (row.revokedAt) return 'reused';
    if (row.expiresAt.getTime() <= Date.now()) {
      return identityFail('REFRESH_TOKEN_EXPIRED', 'Refresh token expired: sign in again', ['input', 'refreshToken']);
    }
    const grants = await grantsOf(tx, row.userId);
    if (!grants) return identityFail('INVALID_REFRESH_TOKEN', 'Membership ended', ['input', 'refreshToken']);
    const next = crypto.randomUUID();
    // Conditional update: of two concurrent refreshes with the same token, exactly one wins.
    const claimed = await tx.refreshToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: new Date(), replacedBy: next },
    });
    if (claimed.count !== 1) return 'reused';
    return { ok: true, value: await issueSession(tx, settings, parsed.tenantId, row.userId, grants, row.familyId) };
  });
  if (result !== 'reused') return result;
  await revokeFamily(root, refreshToken);
  return identityFail('REFRESH_TOKEN_REUSED', 'Refresh token was already used: every session of it is revoked', [
    'input',
    'refreshToken',
  ]);
}

/** Sign-out: revokes the token's whole rotation family. Returns false for an unknown token. */
export async function revokeFamily(root: IdentityDatabase, refreshToken: string): Promise<boolean> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return false;
  return root.as(parsed.tenantId).run(async (tx) => {
    const row = await tx.refreshToken.findFirst({ where: { id: parsed.id } });
    if (!row || !sameHash(row.tokenHash, parsed.hash)) return false;
    await tx.refreshToken.updateMany({
      where: { familyId: row.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return true;
  });
}
