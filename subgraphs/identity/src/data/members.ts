import { type AuthContext, type CURSOR_KEYS, type Page, toConnection, uuidAfter } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { type ApiKeyRow, revokeKeysCreatedBy } from './api-keys.ts';
import { type IdentityResult, identityFail } from './errors.ts';
import { checkGrantable, checkManageable } from './grant-rules.ts';
import { bumpGrantsVersions, type RevocationSettings } from './revocations.ts';

export interface MemberRow {
  userId: string;
  email: string;
  name: string | null;
  emailVerified: boolean;
  roles: string[];
  createdAt: Date;
}

const memberSelect = {
  userId: true,
  createdAt: true,
  user: { select: { email: true, name: true, emailVerifiedAt: true } },
  roles: { select: { role: { select: { name: true } } } },
} as const;

type SelectedMember = {
  userId: string;
  createdAt: Date;
  user: { email: string; name: string | null; emailVerifiedAt: Date | null };
  roles: { role: { name: string } }[];
};

const toMember = (row: SelectedMember): MemberRow => ({
  userId: row.userId,
  email: row.user.email,
  name: row.user.name,
  emailVerified: row.user.emailVerifiedAt !== null,
  roles: row.roles.map(({ role }) => role.name).sort(),
  createdAt: row.createdAt,
});

export async function listMembers(db: IdentityDatabase, page: Page<typeof CURSOR_KEYS.id>) {
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
    return toConnection(rows.map(toMember), page, totalCount, (member) => [member.userId]);
  });
}

async function rolesByName(tx: Tx, names: string[]) {
  const roles = await tx.role.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true, scopes: true, builtin: true },
  });
  const known = new Set(roles.map((role) => role.name));
  return { roles, unknown: names.filter((name) => !known.has(name)) };
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
  actor: AuthContext,
  userId: string,
  roleNames: string[],
): Promise<IdentityResult<MemberRow>> {
  return db.tx(async (tx): Promise<IdentityResult<MemberRow>> => {
    if (!(await tx.membership.findFirst({ where: { userId } }))) {
      return identityFail('NOT_FOUND', 'No such member', ['input', 'userId']);
    }
    const { roles, unknown } = await rolesByName(tx, roleNames);
    if (unknown.length)
      return identityFail('UNKNOWN_ROLE', `Unknown roles: ${unknown.join(', ')}`, ['input', 'roleNames']);
    const refused = [
      ...(await checkManageable(tx, actor, userId, ['input', 'userId'])),
      ...checkGrantable(actor, roles, ['input', 'roleNames']),
    ];
    if (refused.length) return { ok: false, errors: refused.slice(0, 1) };
    const ids = roles.map((role) => role.id);
    if (await wouldLoseLastOwner(tx, userId, roleNames.includes('owner'))) {
      return identityFail('LAST_OWNER', 'A tenant keeps at least one owner', ['input', 'roleNames']);
    }
    const tenantId = db.tenantId!;
    await tx.membershipRole.deleteMany({ where: { userId } });
    await tx.membershipRole.createMany({ data: ids.map((roleId) => ({ tenantId, userId, roleId })) });
    // their access tokens still carry the old roles: refused until refreshed
    await bumpGrantsVersions(tx, db.tenantId, revocation.revocationTtlSeconds, [userId], 'TOKEN_OUTDATED');
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
  actor: AuthContext,
  userId: string,
  options: { keepApiKeys: boolean },
): Promise<IdentityResult<RemovedMember>> {
  return db.tx(async (tx): Promise<IdentityResult<RemovedMember>> => {
    if (!(await tx.membership.findFirst({ where: { userId } }))) {
      return identityFail('NOT_FOUND', 'No such member', ['input', 'userId']);
    }
    const refused = await checkManageable(tx, actor, userId, ['input', 'userId']);
    if (refused.length) return { ok: false, errors: refused };
    if (await wouldLoseLastOwner(tx, userId, false)) {
      return identityFail('LAST_OWNER', 'A tenant keeps at least one owner', ['input', 'userId']);
    }
    await tx.membership.deleteMany({ where: { userId } });
    await bumpGrantsVersions(tx, db.tenantId, revocation.revocationTtlSeconds, [userId], 'SESSION_REVOKED');
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
