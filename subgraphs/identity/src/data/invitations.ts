import { type AuthContext, type CURSOR_KEYS, type Page, Rejection, toConnection, uuidAfter } from '@ucos/kit';
import type { IdentityDatabase, IdentityTx, Tx } from '../db.ts';
import { parseInvitationToken } from '../mail/tokens.ts';
import { endSessions } from './account-recovery.ts';
import { type IdentityResult, identityError, identityFail } from './errors.ts';
import { checkGrantable } from './grant-rules.ts';
import { grantsOf } from './grants.ts';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.ts';
import { issueSession, type Session, type SessionSettings } from './sessions.ts';
import { pendingSignUp } from './sign-ups.ts';
import { sameHash } from './tokens.ts';

export interface InvitationRow {
  id: string;
  email: string;
  roleNames: string[];
  invitedBy: string | null;
  createdAt: Date;
  /** set once the invitation is mailed */
  expiresAt: Date | null;
}

type StoredInvitation = {
  id: string;
  email: string;
  roleIds: string[];
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
};

async function withRoleNames(tx: Tx, rows: StoredInvitation[]): Promise<InvitationRow[]> {
  const roles = await tx.role.findMany({
    where: { id: { in: [...new Set(rows.flatMap((row) => row.roleIds))] } },
    select: { id: true, name: true },
  });
  const names = new Map(roles.map((role) => [role.id, role.name]));
  return rows.map(({ roleIds, ...row }) => ({
    ...row,
    roleNames: roleIds.flatMap((id) => names.get(id) ?? []).sort(),
  }));
}

const pending = { acceptedAt: null, revokedAt: null } as const;

/** The tenant's pending invitations (not accepted, not revoked; expired ones too, until revoked). */
export async function listInvitations(db: IdentityDatabase, page: Page<typeof CURSOR_KEYS.id>) {
  const after = uuidAfter(page);
  return db.run(async (tx) => {
    const [rows, totalCount] = await Promise.all([
      tx.invitation.findMany({
        where: { ...pending, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
      }),
      tx.invitation.count({ where: pending }),
    ]);
    return toConnection(await withRoleNames(tx, rows), page, totalCount, (row) => [row.id]);
  });
}

/** One pending invitation of the tenant by id (the same set `listInvitations` shows), or null. */
export function findInvitation(db: IdentityDatabase, id: string): Promise<InvitationRow | null> {
  return db.run(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id, ...pending } });
    return row ? ((await withRoleNames(tx, [row]))[0] ?? null) : null;
  });
}

/**
 * Invites an address. The answer is the same whether or not the address has an account, and says
 * nothing about the person; they join only by accepting the mailed token. An earlier pending
 * invitation of the same address is replaced (its link stops working).
 */
export async function inviteMember(
  db: IdentityDatabase,
  actor: AuthContext,
  input: { email: string; roleNames: string[] },
): Promise<IdentityResult<InvitationRow>> {
  const email = input.email.trim();
  return db.tx(async (tx, uow): Promise<IdentityResult<InvitationRow>> => {
    const names = [...new Set(input.roleNames)];
    const roles = await tx.role.findMany({ where: { name: { in: names } } });
    const unknown = names.filter((name) => !roles.some((role) => role.name === name));
    if (unknown.length)
      return identityFail('UNKNOWN_ROLE', `Unknown roles: ${unknown.join(', ')}`, ['input', 'roleNames']);
    const refused = checkGrantable(actor, roles, ['input', 'roleNames']);
    if (refused.length) return { ok: false, errors: refused };
    // a tenant sees its own members' addresses (RLS), nobody else's
    const member = await tx.membership.findFirst({
      where: { user: { email: { equals: email, mode: 'insensitive' } } },
      select: { userId: true },
    });
    if (member) return identityFail('ALREADY_MEMBER', 'This person is already a member', ['input', 'email']);
    const tenantId = db.tenantId!;
    await tx.invitation.updateMany({
      where: { ...pending, email: { equals: email, mode: 'insensitive' } },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { tenantId, email, roleIds: roles.map((role) => role.id), invitedBy: actor.subject },
    });
    const tenant = await tx.tenant.findFirstOrThrow({ select: { name: true } });
    await uow.emit('identity.invitation.created', invitation.id, {
      invitationId: invitation.id,
      email,
      tenantName: tenant.name,
      roleNames: roles.map((role) => role.name).sort(),
      ownership: false,
      signUp: false,
    });
    return { ok: true, value: (await withRoleNames(tx, [invitation]))[0]! };
  });
}

/** The ownership invitation of a tenant created by sign-up (see tenants.ts); its id. */
export async function inviteOwner(tx: Tx, uow: IdentityTx, email: string, tenantName: string): Promise<string> {
  const tenantId = uow.tenantId as string;
  const owner = await tx.role.findFirstOrThrow({ where: { name: 'owner' }, select: { id: true } });
  const invitation = await tx.invitation.create({
    data: { tenantId, email, roleIds: [owner.id], invitedBy: 'tenantCreate' },
  });
  await uow.emit('identity.invitation.created', invitation.id, {
    invitationId: invitation.id,
    email,
    tenantName,
    roleNames: ['owner'],
    ownership: true,
    signUp: true,
  });
  return invitation.id;
}

export async function revokeInvitation(db: IdentityDatabase, id: string): Promise<IdentityResult<InvitationRow>> {
  return db.tx(async (tx): Promise<IdentityResult<InvitationRow>> => {
    const invitation = await tx.invitation.findFirst({ where: { id } });
    if (!invitation || invitation.acceptedAt) return identityFail('NOT_FOUND', 'No such invitation', ['input', 'id']);
    if (invitation.revokedAt)
      return identityFail('ALREADY_REVOKED', 'This invitation is already revoked', ['input', 'id']);
    await tx.invitation.updateMany({ where: { id, ...pending }, data: { revokedAt: new Date() } });
    return { ok: true, value: (await withRoleNames(tx, [invitation]))[0]! };
  });
}

export interface InvitationAcceptInput {
  token: string;
  /** absent: accept as the signed-in person; present: a new account's password, or the account's own */
  password?: string | null;
  name?: string | null;
}

const INVALID_TOKEN = 'This invitation link is not valid: it was used, revoked, replaced or has expired';

/**
 * Joins the invitation's tenant with the roles it names and returns a session there. Proof of the
 * address is the token; proof of the account is the caller's session (same address) or a password:
 * a new account gets the one chosen here (and is verified); an unverified account is taken over by
 * the token holder (new password, every session revoked); a verified account needs its own password.
 */
export async function acceptInvitation(
  root: IdentityDatabase,
  settings: SessionSettings,
  actor: AuthContext,
  input: InvitationAcceptInput,
): Promise<IdentityResult<Session>> {
  const parsed = parseInvitationToken(input.token);
  if (!parsed) return identityFail('INVALID_TOKEN', INVALID_TOKEN, ['input', 'token']);
  const signedIn = actor.kind === 'user' && actor.subject ? actor.subject : null;
  if (input.password == null && !signedIn) {
    return identityFail('INVALID_INPUT', 'Sign in first, or enter a password', ['input', 'password']);
  }
  const newPasswordHash =
    input.password != null && !passwordWeakness(input.password)
      ? await hashPassword(input.password, settings.scryptLogN)
      : null;
  // a failed acceptance leaves nothing behind (a claimed account, a membership): the unit of work rolls back
  return root.as(parsed.tenantId).tx(async (tx): Promise<IdentityResult<Session>> => {
    const [invitation] = await tx.$queryRaw<{ email: string; role_ids: string[]; token_hash: string | null }[]>`
        select email, role_ids, token_hash from identity.invitations
         where id = ${parsed.id}::uuid and accepted_at is null and revoked_at is null and expires_at > now()
         for update`;
    if (!invitation?.token_hash || !sameHash(invitation.token_hash, parsed.hash)) {
      return identityFail('INVALID_TOKEN', INVALID_TOKEN, ['input', 'token']);
    }
    const signUp = await pendingSignUp(tx);
    const completesSignUp = signUp?.invitationId === parsed.id;
    // the pending tenant's time ran out: the sweeper deletes it with this invitation
    if (completesSignUp && signUp.expired) {
      return identityFail('INVALID_TOKEN', INVALID_TOKEN, ['input', 'token']);
    }
    const userId =
      input.password == null
        ? await signedInAccount(tx, parsed, signedIn!, invitation.email)
        : await passwordAccount(tx, parsed, invitation.email, input, newPasswordHash, settings, completesSignUp);
    if (await tx.membership.findFirst({ where: { userId }, select: { userId: true } })) {
      throw new Rejection([
        identityError('ALREADY_MEMBER', 'You are already a member of this tenant', ['input', 'token']),
      ]);
    }
    const tenantId = parsed.tenantId;
    await tx.membership.create({ data: { tenantId, userId } });
    const roles = await tx.role.findMany({ where: { id: { in: invitation.role_ids } }, select: { id: true } });
    await tx.membershipRole.createMany({ data: roles.map((role) => ({ tenantId, userId, roleId: role.id })) });
    await tx.invitation.updateMany({
      where: { id: parsed.id },
      data: { acceptedAt: new Date(), acceptedBy: userId },
    });
    // the tenant has its owner: it is no longer pending
    if (completesSignUp) await tx.$executeRaw`delete from identity.tenant_sign_ups`;
    const grants = await grantsOf(tx, userId);
    if (!grants) throw new Error('membership missing right after accepting an invitation');
    return { ok: true, value: await issueSession(tx, settings, tenantId, userId, grants) };
  });
}

type ParsedToken = { tenantId: string; id: string; hash: string };

async function signedInAccount(tx: Tx, token: ParsedToken, userId: string, invitedEmail: string): Promise<string> {
  const [account] = await tx.$queryRaw<{ email: string }[]>`select email from identity.account_of(${userId}::uuid)`;
  if (!account || account.email.toLowerCase() !== invitedEmail.toLowerCase()) {
    throw new Rejection([
      identityError('EMAIL_MISMATCH', 'This invitation is for another address: sign in with that one', [
        'input',
        'token',
      ]),
    ]);
  }
  await tx.$queryRaw`select identity.account_mark_verified_by_invitation(
    ${token.tenantId}::uuid, ${token.id}::uuid, ${token.hash}, ${userId}::uuid)`;
  return userId;
}

async function passwordAccount(
  tx: Tx,
  token: ParsedToken,
  email: string,
  input: InvitationAcceptInput,
  newPasswordHash: string | null,
  settings: SessionSettings,
  completesSignUp: boolean,
): Promise<string> {
  const [existing] = await tx.$queryRaw<{ user_id: string; email_verified: boolean }[]>`
    select user_id, email_verified from identity.account_by_email(${email})`;
  if (existing?.email_verified) {
    const [login] = await tx.$queryRaw<{ password_hash: string }[]>`
      select password_hash from identity.login_lookup(${email}, null)`;
    if (!login || !(await verifyPassword(input.password ?? '', login.password_hash))) {
      throw new Rejection([
        identityError(
          'INVALID_CREDENTIALS',
          'This address has an account: enter its password, sign in first, or reset the password',
          ['input', 'password'],
        ),
      ]);
    }
    return existing.user_id;
  }
  if (input.name != null && (input.name.trim().length === 0 || input.name.length > 200)) {
    throw new Rejection([identityError('INVALID_INPUT', 'Name must be 1 to 200 characters', ['input', 'name'])]);
  }
  if (completesSignUp) {
    // whoever signed up chose the password: the address's owner proves both, so an unsolicited
    // sign-up link cannot hand the address to the person who started it
    const [stored] = await tx.$queryRaw<{ hash: string | null }[]>`
      select identity.sign_up_password_hash(${token.tenantId}::uuid, ${token.id}::uuid, ${token.hash}) as hash`;
    if (!stored?.hash) throw new Rejection([identityError('INVALID_TOKEN', INVALID_TOKEN, ['input', 'token'])]);
    if (!(await verifyPassword(input.password ?? '', stored.hash))) {
      throw new Rejection([
        identityError('INVALID_CREDENTIALS', 'Enter the password you chose when you signed up', ['input', 'password']),
      ]);
    }
    const [signUp] = await tx.$queryRaw<{ owner_name: string | null }[]>`
      select owner_name from identity.tenant_sign_ups`;
    return claimAccount(tx, token, stored.hash, input.name ?? signUp?.owner_name ?? null, existing, settings);
  }
  if (!newPasswordHash) {
    const weakness = passwordWeakness(input.password ?? '') ?? 'is not valid';
    throw new Rejection([identityError('WEAK_PASSWORD', `Password ${weakness}`, ['input', 'password'])]);
  }
  return claimAccount(tx, token, newPasswordHash, input.name ?? null, existing, settings);
}

/** Creates the invited address's account (verified), or takes over an unverified one. */
async function claimAccount(
  tx: Tx,
  token: ParsedToken,
  passwordHash: string,
  name: string | null,
  existing: { user_id: string } | undefined,
  settings: SessionSettings,
): Promise<string> {
  const [claimed] = await tx.$queryRaw<{ id: string | null }[]>`
    select identity.account_claim_by_invitation(${token.tenantId}::uuid, ${token.id}::uuid, ${token.hash},
      ${passwordHash}, ${name}) as id`;
  if (!claimed?.id) throw new Rejection([identityError('INVALID_TOKEN', INVALID_TOKEN, ['input', 'token'])]);
  // an unverified account taken over by the address's owner: whoever registered it is signed out
  if (existing) await endSessions(tx, claimed.id, settings.revocationTtlSeconds);
  return claimed.id;
}
