import { type Page, toConnection, uuidAfter } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { type ApiKeyRow, revokeKeysCreatedBy } from './api-keys.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { hashPassword } from './passwords.ts';
import { bumpGrantsVersions, type RevocationSettings } from './revocations.ts';
import { registerOrProve } from './tenants.ts';
import { checkPerson } from './validation.ts';

export interface MemberRow {
  userId: string;
  email: string;
  name: string | null;
  roles: string[];
  createdAt: Date;
}

const memberSelect = {
  userId: true,
  createdAt: true,
  user: { select: { email: true, name: true } },
  roles: { select: { role: { select: { name: true } } } },
} as const;

type SelectedMember = {
  userId: string;
  createdAt: Date;
  user: { email: string; name: string | null };
  roles: { role: { name: string } }[];
};

const toMember = (row: SelectedMember): MemberRow => ({
  userId: row.userId,
  email: row.user.email,
  name: row.user.name,
  roles: row.roles.map(({ role }) => role.name).sort(),
  createdAt: row.createdAt,
});

export async function listMembers(db: IdentityDatabase, page: Page) {
  const after = uuidAfter(page);
  return db.run(async (tx) => {
    const [rows, totalCount] = await Promise.all([
      tx.membership.findMany({
        select: memberSelect,
        where: after ? { userId: { gt: after } } : {},
        orderBy: { userId: 'asc' },
        take: page.limit + 1,
      }),
      tx.membership.count(),
    ]);
    return toConnection(rows.map(toMember), page, totalCount, (member) => member.userId);
  });
}

async function roleIdsByName(tx: Tx, names: string[]): Promise<{ ids: string[]; unknown: string[] }> {
  const roles = await tx.role.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const known = new Set(roles.map((role) => role.name));
  return { ids: roles.map((role) => role.id), unknown: names.filter((name) => !known.has(name)) };
}

export interface MemberAddInput {
  email: string;
  name?: string | null;
  password?: string | null;
  roleNames: string[];
}

/**
 * Adds a person to the tenant. A new person needs an initial password; an existing one keeps theirs
 * (their password is not asked: they are added, not signed in).
 */
export async function addMember(
  db: IdentityDatabase,
  scryptLogN: number,
  input: MemberAddInput,
): Promise<IdentityResult<MemberRow>> {
  const errors = checkPerson(input, ['input']);
  if (errors.length) return { ok: false, errors };
  const passwordHash = input.password ? await hashPassword(input.password, scryptLogN) : null;
  return db.run(async (tx): Promise<IdentityResult<MemberRow>> => {
    const { ids, unknown } = await roleIdsByName(tx, input.roleNames);
    if (unknown.length)
      return identityFail('UNKNOWN_ROLE', `Unknown roles: ${unknown.join(', ')}`, ['input', 'roleNames']);
    const [existing] = await tx.$queryRaw<{ user_id: string }[]>`
      select user_id from identity.login_lookup(${input.email}, null)`;
    let userId = existing?.user_id ?? null;
    if (!userId) {
      if (!passwordHash || !input.password) {
        return identityFail('INVALID_INPUT', 'A new member needs an initial password', ['input', 'password']);
      }
      userId = await registerOrProve(tx, input.email, passwordHash, input.password, input.name);
      if (!userId) return identityFail('EMAIL_TAKEN', 'This email was registered meanwhile', ['input', 'email']);
    }
    if (await tx.membership.findFirst({ where: { userId } })) {
      return identityFail('ALREADY_MEMBER', 'This person is already a member', ['input', 'email']);
    }
    const tenantId = db.tenantId!;
    await tx.membership.create({ data: { tenantId, userId } });
    await tx.membershipRole.createMany({ data: ids.map((roleId) => ({ tenantId, userId, roleId })) });
    const row = await tx.membership.findFirstOrThrow({ where: { userId }, select: memberSelect });
    return { ok: true, value: toMember(row) };
  });
}

async function wouldLoseLastOwner(tx: Tx, userId: string, keepsOwner: boolean): Promise<boolean> {
  if (keepsOwner) return false;
  // Serialises owner changes: two owners demoting each other at once must not leave none.
  await tx.$executeRaw`select 1 from identity.roles where name = 'owner' for update`;
  const owners = await tx.membershipRole.findMany({ where: { role: { name: 'owner' } }, select: { userId: true } });
  return owners.length === 1 && owners[0]?.userId === userId;
}

export async function setMemberRoles(
  db: IdentityDatabase,
  revocation: RevocationSettings,
  userId: string,
  roleNames: string[],
): Promise<IdentityResult<MemberRow>> {
  return db.run(async (tx): Promise<IdentityResult<MemberRow>> => {
    if (!(await tx.membership.findFirst({ where: { userId } }))) {
      return identityFail('NOT_FOUND', 'No such member', ['input', 'userId']);
    }
    const { ids, unknown } = await roleIdsByName(tx, roleNames);
    if (unknown.length)
      return identityFail('UNKNOWN_ROLE', `Unknown roles: ${unknown.join(', ')}`, ['input', 'roleNames']);
    if (await wouldLoseLastOwner(tx, userId, roleNames.includes('owner'))) {
      return identityFail('LAST_OWNER', 'A tenant keeps at least one owner', ['input', 'roleNames']);
    }
    const tenantId = db.tenantId!;
    await tx.membershipRole.deleteMany({ where: { userId } });
    await tx.membershipRole.createMany({ data: ids.map((roleId) => ({ tenantId, userId, roleId })) });
    // their access tokens still carry the old roles: refused until refreshed
    await bumpGrantsVersions(tx, revocation.revocationTtlSeconds, [userId], 'TOKEN_OUTDATED');
    const row = await tx.membership.findFirstOrThrow({ where: { userId }, select: memberSelect });
    return { ok: true, value: toMember(row) };
  });
}

export interface RemovedMember {
  userId: string;
  /** the secret keys the member (or their keys) created, revoked with them unless kept */
  revokedApiKeys: ApiKeyRow[];
}

/**
 * Ends a membership: the member's sessions (their refresh tokens go with it, their access tokens
 * are refused at the gateway) and, unless `keepApiKeys`, the secret keys they created.
 */
export async function removeMember(
  db: IdentityDatabase,
  revocation: RevocationSettings,
  userId: string,
  options: { keepApiKeys: boolean },
): Promise<IdentityResult<RemovedMember>> {
  return db.run(async (tx): Promise<IdentityResult<RemovedMember>> => {
    if (!(await tx.membership.findFirst({ where: { userId } }))) {
      return identityFail('NOT_FOUND', 'No such member', ['input', 'userId']);
    }
    if (await wouldLoseLastOwner(tx, userId, false)) {
      return identityFail('LAST_OWNER', 'A tenant keeps at least one owner', ['input', 'userId']);
    }
    await tx.membership.deleteMany({ where: { userId } });
    await bumpGrantsVersions(tx, revocation.revocationTtlSeconds, [userId], 'SESSION_REVOKED');
    const revokedApiKeys = options.keepApiKeys ? [] : await revokeKeysCreatedBy(tx, userId);
    return { ok: true, value: { userId, revokedApiKeys } };
  });
}

/** Members by user id, for DataLoaders (federated User references). */
export async function membersByIds(db: IdentityDatabase, userIds: readonly string[]): Promise<MemberRow[]> {
  return db.run(async (tx) =>
    (await tx.membership.findMany({ where: { userId: { in: [...userIds] } }, select: memberSelect })).map(toMember),
  );
}
