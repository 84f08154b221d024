import type { IdentityDatabase } from '../db.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { recordRevokedSessions } from './revocations.ts';
import type { SessionSettings } from './sessions.ts';

/** One signed-in session (a refresh-token family) of a person in the current tenant. */
export interface SessionRow {
  id: string;
  createdAt: Date;
  /** when it last signed in or refreshed */
  lastUsedAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** How many sessions `sessions` lists: the most recently used ones. */
export const SESSION_LIST_LIMIT = 50;

/** The person's live sessions in the current tenant, most recently used first. */
export async function listSessions(
  db: IdentityDatabase,
  userId: string,
  currentSessionId: string | null,
): Promise<SessionRow[]> {
  const rows = await db.run(
    (tx) => tx.$queryRaw<{ family_id: string; created_at: Date; last_used_at: Date; expires_at: Date }[]>`
      select family_id, min(created_at) as created_at, max(created_at) as last_used_at, max(expires_at) as expires_at
        from identity.refresh_tokens
       where user_id = ${userId}::uuid
       group by family_id
      having bool_or(revoked_at is null and expires_at > now())
       order by last_used_at desc
       limit ${SESSION_LIST_LIMIT}`,
  );
  return rows.map((row) => ({
    id: row.family_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    current: row.family_id === currentSessionId,
  }));
}

/** Signs one of the person's own sessions out (another device, or this one). */
export async function revokeOwnSession(
  db: IdentityDatabase,
  settings: SessionSettings,
  userId: string,
  sessionId: string,
): Promise<IdentityResult<{ id: string }>> {
  return db.tx(async (tx): Promise<IdentityResult<{ id: string }>> => {
    const ended = await tx.refreshToken.updateMany({
      where: { familyId: sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (ended.count === 0) return identityFail('NOT_FOUND', 'No such session', ['input', 'id']);
    await recordRevokedSessions(tx, db.tenantId, settings.revocationTtlSeconds, [sessionId]);
    return { ok: true, value: { id: sessionId } };
  });
}

/**
 * Changes the person's password (one for every tenant they belong to) after checking the current
 * one, and ends every other session they have, in every tenant; the session asking stays.
 */
export async function changePassword(
  root: IdentityDatabase,
  settings: SessionSettings,
  userId: string,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<IdentityResult<{ endedSessions: number }>> {
  const [stored] = await root.run(
    (tx) => tx.$queryRaw<{ hash: string | null }[]>`select identity.user_password_hash(${userId}::uuid) as hash`,
  );
  const passwordOk = stored?.hash
    ? await verifyPassword(input.currentPassword, stored.hash)
    : await verifyAgainstNothing(input.currentPassword, settings.scryptLogN);
  if (!passwordOk) {
    return identityFail('INVALID_CREDENTIALS', 'The current password is wrong', ['input', 'currentPassword']);
  }
  const newHash = await hashPassword(input.newPassword, settings.scryptLogN);
  const ended = await root.run(async (tx) => {
    await tx.$executeRaw`select identity.user_password_set(${userId}::uuid, ${newHash})`;
    return tx.$queryRaw<{ session_id: string }[]>`
      select session_id from identity.user_sessions_revoke(${userId}::uuid, ${currentSessionId}::uuid,
        ${settings.revocationTtlSeconds}::integer)`;
  });
  return { ok: true, value: { endedSessions: ended.length } };
}
