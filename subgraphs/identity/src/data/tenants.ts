import type { IdentityDatabase, Tx } from '../db.ts';
import { enqueueAccountMail } from '../mail/mail-events.ts';
import { BUILTIN_ROLES } from './builtin-roles.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { grantsOf } from './grants.ts';
import { inviteOwner } from './invitations.ts';
import { hashPassword } from './passwords.ts';
import { issueSession, type Session, type SessionSettings } from './sessions.ts';

export interface TenantCreateInput {
  name: string;
  slug: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName?: string | null;
}

export interface TenantCreated {
  tenantId: string;
  /** null when the address already had an account: its owner confirms by mail (see below) */
  session: Session | null;
}

/**
 * Sign-up: a tenant and its built-in roles, all or nothing. For a new address, its owner is created
 * (unverified; a verification mail goes out) and signed in. For an address that already has an
 * account, the password given here is never checked — so sign-up is no password oracle — and nobody
 * is signed in: the tenant is created without members and its ownership is mailed to the address as
 * an invitation, which the address's owner accepts signed in or with their own password.
 */
export async function createTenant(
  root: IdentityDatabase,
  settings: SessionSettings,
  input: TenantCreateInput,
): Promise<IdentityResult<TenantCreated>> {
  const taken = await root.run((tx) => slugTaken(tx, input.slug));
  if (taken) return identityFail('SLUG_TAKEN', `The slug "${input.slug}" is taken`, ['input', 'slug']);

  // hashed either way, so both paths cost the same
  const passwordHash = await hashPassword(input.ownerPassword, settings.scryptLogN);
  const tenantId = crypto.randomUUID();
  const email = input.ownerEmail.trim();
  const name = input.name.trim();
  try {
    return await root.as(tenantId).run(async (tx): Promise<IdentityResult<TenantCreated>> => {
      await tx.tenant.create({ data: { id: tenantId, slug: input.slug, name } });
      await tx.role.createMany({ data: BUILTIN_ROLES.map((role) => ({ ...role, tenantId, builtin: true })) });
      const [created] = await tx.$queryRaw<{ id: string | null }[]>`
        select identity.user_register(${email}, ${passwordHash}, ${input.ownerName?.trim() || null}) as id`;
      const userId = created?.id;
      if (!userId) {
        await inviteOwner(tx, tenantId, email, name);
        return { ok: true, value: { tenantId, session: null } };
      }
      const owner = await tx.role.findFirstOrThrow({ where: { name: 'owner' } });
      await tx.membership.create({ data: { tenantId, userId } });
      await tx.membershipRole.create({ data: { tenantId, userId, roleId: owner.id } });
      await enqueueAccountMail(tx, tenantId, 'verification', { email });
      const grants = await grantsOf(tx, userId);
      if (!grants) throw new Error('owner membership missing right after creation');
      return { ok: true, value: { tenantId, session: await issueSession(tx, settings, tenantId, userId, grants) } };
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
