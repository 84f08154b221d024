import { ok } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { ACCOUNT_MAIL_TENANT } from '../events/out/identity-events.ts';
import { accountTokenHash } from '../mail/tokens.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { hashPassword } from './passwords.ts';
import type { SessionSettings } from './sessions.ts';

/**
 * Asks for a reset mail. The answer and the work done here are the same for any well-formed
 * address: an event is enqueued; whether an account exists is decided by the mail consumer, which
 * sends nothing for an unknown address.
 */
export async function requestPasswordReset(
  root: IdentityDatabase,
  input: { email: string },
): Promise<IdentityResult<true>> {
  const email = input.email.trim();
  return root.as(ACCOUNT_MAIL_TENANT).tx(async (_tx, uow) => {
    await uow.emit('identity.account.password_reset_requested', email.toLowerCase(), { email });
    return ok(true as const);
  });
}

const INVALID = 'This link is not valid: it was used, replaced or has expired';

/**
 * Sets a new password with a mailed reset token and ends every session of the person, in every
 * tenant: refresh tokens are revoked and their access tokens refused at the gateway.
 */
export async function completePasswordReset(
  root: IdentityDatabase,
  settings: Pick<SessionSettings, 'scryptLogN' | 'revocationTtlSeconds'>,
  input: { token: string; newPassword: string },
): Promise<IdentityResult<true>> {
  const hash = accountTokenHash('reset_password', input.token);
  if (!hash) return identityFail('INVALID_TOKEN', INVALID, ['input', 'token']);
  const passwordHash = await hashPassword(input.newPassword, settings.scryptLogN);
  const userId = await root.run(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string | null }[]>`
      select identity.password_reset_complete(${hash}, ${passwordHash}) as id`;
    if (row?.id) await endSessions(tx, row.id, settings.revocationTtlSeconds);
    return row?.id ?? null;
  });
  return userId ? { ok: true, value: true } : identityFail('INVALID_TOKEN', INVALID, ['input', 'token']);
}

/** Marks the address of the account proven, with the token mailed at sign-up. */
export async function verifyEmail(root: IdentityDatabase, input: { token: string }): Promise<IdentityResult<true>> {
  const hash = accountTokenHash('verify_email', input.token);
  if (!hash) return identityFail('INVALID_TOKEN', INVALID, ['input', 'token']);
  const [row] = await root.run(
    (tx) => tx.$queryRaw<{ id: string | null }[]>`select identity.email_verify(${hash}) as id`,
  );
  return row?.id ? { ok: true, value: true } : identityFail('INVALID_TOKEN', INVALID, ['input', 'token']);
}

/** Mails a new verification link to the signed-in person, if their address is not verified yet. */
export async function requestEmailVerification(db: IdentityDatabase, userId: string): Promise<IdentityResult<true>> {
  return db.tx(async (tx, uow) => {
    const [account] = await tx.$queryRaw<{ email: string; email_verified: boolean }[]>`
      select email, email_verified from identity.account_of(${userId}::uuid)`;
    if (account && !account.email_verified) {
      await uow.emit('identity.account.verification_requested', account.email.toLowerCase(), {
        email: account.email,
      });
    }
    return ok(true as const);
  });
}

/** Every session of the person ends, in every tenant (their password is one for all of them). */
export async function endSessions(tx: Tx, userId: string, revocationTtlSeconds: number): Promise<void> {
  await tx.$queryRaw`select session_id from identity.user_sessions_revoke(${userId}::uuid, null, ${revocationTtlSeconds})`;
}
