import { type AuthContext, hasScope, isPermissionScope } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { inForce } from './builtin-roles.ts';
import { type IdentityError, type IdentityResult, identityError, identityFail, isUniqueViolation } from './errors.ts';
import { bumpGrantsVersions, type RevocationSettings } from './revocations.ts';

export interface RoleRow {
  id: string;
  name: string;
  description: string | null;
  scopes: string[];
  builtin: boolean;
  version: number;
}

const NAME = /^[a-z][a-z0-9_-]{1,39}$/;
const badName = () =>
  identityError('INVALID_INPUT', 'Role names are 2-40 lower-case letters, digits, - or _', ['input', 'name']);

/** Scopes must exist, and nobody hands out a permission they do not hold themselves. */
export function checkScopes(actor: AuthContext, scopes: string[], field: string[]): IdentityError[] {
  const unknown = scopes.filter((scope) => scope !== '*' && !isPermissionScope(scope));
  if (unknown.length) return [identityError('UNKNOWN_SCOPE', `Unknown scopes: ${unknown.join(', ')}`, field)];
  const notHeld = scopes.filter((scope) => !hasScope(actor, scope));
  if (notHeld.length)
    return [identityError('SCOPE_NOT_HELD', `You cannot grant scopes you lack: ${notHeld.join(', ')}`, field)];
  return [];
}

export async function listRoles(db: IdentityDatabase): Promise<RoleRow[]> {
  const roles = await db.run((tx) => tx.role.findMany({ orderBy: [{ builtin: 'desc' }, { name: 'asc' }] }));
  return roles.map(inForce);
}

export async function findRole(db: IdentityDatabase, id: string): Promise<RoleRow | null> {
  const role = await db.run((tx) => tx.role.findFirst({ where: { id } }));
  return role && inForce(role);
}

export async function createRole(
  db: IdentityDatabase,
  actor: AuthContext,
  input: { name: string; description?: string | null; scopes: string[] },
): Promise<IdentityResult<RoleRow>> {
  const errors = [
    ...(NAME.test(input.name) ? [] : [badName()]),
    ...checkScopes(actor, input.scopes, ['input', 'scopes']),
  ];
  if (errors.length) return { ok: false, errors };
  try {
    return await db.tx(async (tx) => ({
      ok: true as const,
      value: await tx.role.create({
        data: {
          tenantId: db.tenantId!,
          name: input.name,
          description: input.description ?? null,
          scopes: [...new Set(input.scopes)],
        },
      }),
    }));
  } catch (error) {
    if (isUniqueViolation(error))
      return identityFail('ROLE_NAME_TAKEN', 'A role with this name exists', ['input', 'name']);
    throw error;
  }
}

export async function updateRole(
  db: IdentityDatabase,
  revocation: RevocationSettings,
  actor: AuthContext,
  input: { id: string; name?: string | null; description?: string | null; scopes: string[]; version: number },
): Promise<IdentityResult<RoleRow>> {
  const errors = [
    ...(input.name == null || NAME.test(input.name) ? [] : [badName()]),
    ...checkScopes(actor, input.scopes, ['input', 'scopes']),
  ];
  if (errors.length) return { ok: false, errors };
  try {
    return await db.tx((tx) => applyRoleUpdate(tx, db.tenantId, revocation, input));
  } catch (error) {
    // members keep a renamed role (they hold it by id); its name stays unique in the tenant
    if (isUniqueViolation(error))
      return identityFail('ROLE_NAME_TAKEN', 'A role with this name exists', ['input', 'name']);
    throw error;
  }
}

async function applyRoleUpdate(
  tx: Tx,
  tenantId: string | null,
  revocation: RevocationSettings,
  input: { id: string; name?: string | null; description?: string | null; scopes: string[]; version: number },
): Promise<IdentityResult<RoleRow>> {
  const role = await tx.role.findFirst({ where: { id: input.id } });
  if (!role) return identityFail('NOT_FOUND', 'No such role', ['input', 'id']);
  if (role.builtin) return identityFail('ROLE_BUILTIN', 'Built-in roles cannot be changed', ['input', 'id']);
  const updated = await tx.role.updateMany({
    where: { id: input.id, version: input.version },
    data: {
      name: input.name ?? role.name,
      scopes: [...new Set(input.scopes)],
      description: input.description === undefined ? role.description : input.description,
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) {
    return identityFail('CONFLICT', `The role changed meanwhile (now version ${role.version})`, ['input', 'version']);
  }
  const scopes = [...new Set(input.scopes)];
  const sameScopes = scopes.length === role.scopes.length && scopes.every((scope) => role.scopes.includes(scope));
  if (!sameScopes || (input.name != null && input.name !== role.name)) {
    // holders' access tokens carry the role's old name and scopes: refused until refreshed
    await bumpGrantsVersions(
      tx,
      tenantId,
      revocation.revocationTtlSeconds,
      await holdersOf(tx, role.id),
      'TOKEN_OUTDATED',
    );
  }
  return { ok: true, value: await tx.role.findFirstOrThrow({ where: { id: input.id } }) };
}

async function holdersOf(tx: Tx, roleId: string): Promise<string[]> {
  const holders = await tx.membershipRole.findMany({ where: { roleId }, select: { userId: true } });
  return holders.map(({ userId }) => userId);
}

export async function deleteRole(
  db: IdentityDatabase,
  revocation: RevocationSettings,
  id: string,
): Promise<IdentityResult<{ id: string }>> {
  return db.tx(async (tx): Promise<IdentityResult<{ id: string }>> => {
    const role = await tx.role.findFirst({ where: { id } });
    if (!role) return identityFail('NOT_FOUND', 'No such role', ['input', 'id']);
    if (role.builtin) return identityFail('ROLE_BUILTIN', 'Built-in roles cannot be deleted', ['input', 'id']);
    await bumpGrantsVersions(
      tx,
      db.tenantId,
      revocation.revocationTtlSeconds,
      await holdersOf(tx, id),
      'TOKEN_OUTDATED',
    );
    await tx.role.deleteMany({ where: { id } });
    return { ok: true, value: { id } };
  });
}
