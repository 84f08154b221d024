import type { Tx } from '../db.ts';
import { scopesOfRole } from './builtin-roles.ts';
import { grantsVersionOf } from './revocations.ts';

export interface Grants {
  roles: string[];
  scopes: string[];
  /** the grants version an access token carrying these grants is stamped with */
  version: number;
}

/** The roles a member holds in the current tenant and the union of their scopes; null if not a member. */
export async function grantsOf(tx: Tx, userId: string): Promise<Grants | null> {
  // the version first: grants changed after this read come with a higher version, so a token can
  // carry stale grants only under a version the gateway already refuses
  const version = await grantsVersionOf(tx, userId);
  const membership = await tx.membership.findFirst({
    where: { userId },
    select: { roles: { select: { role: { select: { name: true, scopes: true, builtin: true } } } } },
  });
  if (!membership) return null;
  const roles = membership.roles.map(({ role }) => role.name).sort();
  const scopes = [...new Set(membership.roles.flatMap(({ role }) => scopesOfRole(role)))].sort();
  return { roles, scopes, version };
}
