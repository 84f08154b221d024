import type { IdentityDatabase, Tx } from '../db.ts';
import { createBuiltInApps } from './apps.ts';
import { BUILTIN_ROLES } from './builtin-roles.ts';
import { type IdentityResult, identityFail, isUniqueViolation } from './errors.ts';
import { inviteOwner } from './invitations.ts';
import { hashPassword } from './passwords.ts';
import type { SessionSettings } from './sessions.ts';
import { releaseExpiredSlug } from './sign-ups.ts';

export interface TenantCreateInput {
  name: string;
  slug: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName?: string | null;
}

export interface TenantCreated {
  tenantId: string;
}

/**
 * Sign-up: a tenant and its built-in roles, all or nothing, PENDING until the address's owner
 * confirms by mail. The answer and the work done here are the same for every address (the
 * password is hashed and kept with the pending sign-up, one outbox event is written): whether the
 * address already has an account is decided later by the mail consumer, off the request. A new
 * address gets a link that, with the password chosen here, creates the account and signs it in; an
 * address with an account gets an ownership invitation, accepted signed in or with that account's
 * own password. Nobody is signed in here. An unconfirmed tenant is deleted after `signUpTtlSeconds`
 * (sign-ups.ts), and its slug is free again.
 */
export async function createTenant(
  root: IdentityDatabase,
  settings: SessionSettings,
  input: TenantCreateInput,
): Promise<IdentityResult<TenantCreated>> {
  const slugTakenError = identityFail('SLUG_TAKEN', `The slug "${input.slug}" is taken`, ['input', 'slug']);
  const taken = await root.run(async (tx) => {
    await releaseExpiredSlug(tx, input.slug);
    return slugTaken(tx, input.slug);
  });
  if (taken) return slugTakenError;

  const passwordHash = await hashPassword(input.ownerPassword, settings.scryptLogN);
  const tenantId = crypto.randomUUID();
  const email = input.ownerEmail.trim();
  const name = input.name.trim();
  try {
    return await root.as(tenantId).tx(async (tx, uow): Promise<IdentityResult<TenantCreated>> => {
      await tx.tenant.create({ data: { id: tenantId, slug: input.slug, name } });
      await tx.role.createMany({ data: BUILTIN_ROLES.map((role) => ({ ...role, tenantId, builtin: true })) });
      await createBuiltInApps(tx, tenantId);
      const invitationId = await inviteOwner(tx, uow, email, name);
      await tx.$executeRaw`
        insert into identity.tenant_sign_ups (tenant_id, invitation_id, email, password_hash, owner_name, expires_at)
        values (${tenantId}::uuid, ${invitationId}::uuid, ${email}, ${passwordHash}, ${input.ownerName?.trim() || null},
                now() + make_interval(secs => ${settings.signUpTtlSeconds}))`;
      return { ok: true, value: { tenantId } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return slugTakenError;
    throw error;
  }
}

async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ taken: boolean }[]>`select identity.tenant_slug_taken(${slug}) as taken`;
  return row?.taken ?? false;
}

export interface UserTenant {
  id: string;
  slug: string;
  name: string;
}

/**
 * Every tenant this person belongs to, across tenants: `identity.user_tenants` is the narrow
 * SECURITY DEFINER look-up for it (Prisma cannot call a set-returning function, so hand SQL here).
 */
export async function tenantsOfUser(db: IdentityDatabase, userId: string): Promise<UserTenant[]> {
  const rows = await db.run(
    (tx) =>
      tx.$queryRaw<{ tenant_id: string; slug: string; name: string }[]>`
        select tenant_id, slug, name from identity.user_tenants(${userId}::uuid)`,
  );
  return rows.map((row) => ({ id: row.tenant_id, slug: row.slug, name: row.name }));
}

/** The unit of work's own tenant (row security shows no other), or null. */
export const ownTenant = (db: IdentityDatabase) => db.run((tx) => tx.tenant.findFirst());

/** The tenant with this id, if it is the unit of work's own (row security shows no other). */
export const tenantWithId = (db: IdentityDatabase, tenantId: string) =>
  db.run((tx) => tx.tenant.findFirst({ where: { id: tenantId } }));

/** The merchant's registered address, as its invoices print it. */
export interface TenantAddress {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  /** a state or province where the country uses them, else null */
  region: string | null;
  /** ISO 3166 alpha-2 */
  country: string;
  phone: string | null;
}

export interface TenantSettingsChange {
  name: string;
  version: number;
  /** unchanged when null */
  locale: string | null;
  /** unchanged when null */
  timeZone: string | null;
  /** unchanged when null: ISO 4217 codes, the default first */
  currencies?: string[] | null;
  /** unchanged when null; '' clears it */
  legalName?: string | null;
  /** unchanged when null; '' clears it */
  taxId?: string | null;
  /** unchanged when null */
  address?: TenantAddress | null;
}

/** The address as stored and announced: a tenant saved before it had one has none. */
export const tenantAddressOf = (value: unknown): TenantAddress | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as TenantAddress) : null;

/**
 * Renames the unit of work's tenant and sets its locale and time zone, telling other domains what they
 * now are; a stale version is a CONFLICT naming the current one.
 */
export async function updateTenantSettings(db: IdentityDatabase, change: TenantSettingsChange) {
  return db.tx(async (tx, uow) => {
    const { name, version, locale, timeZone, currencies, legalName, taxId, address } = change;
    const updated = await tx.tenant.updateMany({
      where: { version },
      data: {
        name,
        ...(locale ? { locale } : {}),
        ...(timeZone ? { timeZone } : {}),
        ...(currencies ? { currencies } : {}),
        ...(legalName != null ? { legalName } : {}),
        ...(taxId != null ? { taxId } : {}),
        ...(address ? { address: { ...address } } : {}),
        version: { increment: 1 },
      },
    });
    const tenant = await tx.tenant.findFirstOrThrow();
    if (updated.count !== 1) {
      return identityFail('CONFLICT', `The tenant changed meanwhile (now version ${tenant.version})`, [
        'input',
        'version',
      ]);
    }
    await uow.emit('identity.tenant.settings_changed', tenant.id, {
      name: tenant.name,
      locale: tenant.locale,
      timeZone: tenant.timeZone,
      currencies: tenant.currencies,
      legalName: tenant.legalName,
      taxId: tenant.taxId,
      address: tenantAddressOf(tenant.address),
    });
    return { ok: true as const, value: tenant };
  });
}
