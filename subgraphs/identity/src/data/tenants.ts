import type { IdentityDatabase, Tx } from '../db.ts';
import { BUILTIN_ROLES } from './builtin-roles.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { grantsOf } from './grants.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { issueSession, type Session, type SessionSettings } from './sessions.ts';
import { checkPerson, checkTenantFields } from './validation.ts';

export interface TenantCreateInput {
  name: string;
  slug: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName?: string | null;
}

/**
 * Sign-up: a tenant, its built-in roles and its owner, all or nothing, and a first session.
 * An existing person (same email) can own another tenant if they prove it with their password.
 */
export async function createTenant(
  root: IdentityDatabase,
  settings: SessionSettings,
  input: TenantCreateInput,
): Promise<IdentityResult<Session>> {
  const errors = [
    ...checkTenantFields(input),
    ...checkPerson({ email: input.ownerEmail, password: input.ownerPassword, name: input.ownerName }, ['input']).map(
      (error) => ({ ...error, field: error.field && ['input', `owner${capitalise(error.field.at(-1) ?? '')}`] }),
    ),
  ];
  if (errors.length) return { ok: false, errors };
  const taken = await root.run((tx) => slugTaken(tx, input.slug));
  if (taken) return identityFail('SLUG_TAKEN', `The slug "${input.slug}" is taken`, ['input', 'slug']);

  const passwordHash = await hashPassword(input.ownerPassword, settings.scryptLogN);
  const tenantId = crypto.randomUUID();
  try {
    return await root.as(tenantId).run(async (tx): Promise<IdentityResult<Session>> => {
      const userId = await registerOrProve(tx, input.ownerEmail, passwordHash, input.ownerPassword, input.ownerName);
      if (!userId) {
        return identityFail(
          'EMAIL_TAKEN',
          'This email already has an account: use its password to create another tenant',
          ['input', 'ownerEmail'],
        );
      }
      await tx.tenant.create({ data: { id: tenantId, slug: input.slug, name: input.name.trim() } });
      await tx.role.createMany({ data: BUILTIN_ROLES.map((role) => ({ ...role, tenantId, builtin: true })) });
      const owner = await tx.role.findFirstOrThrow({ where: { name: 'owner' } });
      await tx.membership.create({ data: { tenantId, userId } });
      await tx.membershipRole.create({ data: { tenantId, userId, roleId: owner.id } });
      const grants = await grantsOf(tx, userId);
      if (!grants) throw new Error('owner membership missing right after creation');
      return { ok: true, value: await issueSession(tx, settings, tenantId, userId, grants) };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return identityFail('SLUG_TAKEN', `The slug "${input.slug}" is taken`, ['input', 'slug']);
    throw error;
  }
}

async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ taken: boolean }[]>`select identity.tenant_slug_taken(${slug}) as taken`;
  return row?.taken ?? false;
}

/**
 * The person's id: newly registered, or existing when the password matches theirs; null otherwise.
 * Runs inside the caller's transaction, so a failed sign-up leaves no person behind.
 */
export async function registerOrProve(
  tx: Tx,
  email: string,
  passwordHash: string,
  password: string,
  name?: string | null,
): Promise<string | null> {
  const [created] = await tx.$queryRaw<{ id: string | null }[]>`
    select identity.user_register(${email}, ${passwordHash}, ${name ?? null}) as id`;
  if (created?.id) return created.id;
  const [existing] = await tx.$queryRaw<{ user_id: string; password_hash: string }[]>`
    select user_id, password_hash from identity.login_lookup(${email}, null)`;
  if (!existing) return null;
  return (await verifyPassword(password, existing.password_hash)) ? existing.user_id : null;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
