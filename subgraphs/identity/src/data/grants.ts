import type { Tx } from '../db.ts';

export interface Grants {
  roles: string[];
  scopes: string[];
}

/** The roles a member holds in the current tenant and the union of their scopes; null if not a member. */
export async function grantsOf(tx: Tx, userId: string): Promise<Grants | null> {
  const membership = await tx.membership.findFirst({
    where: { userId },
    select: { roles: { select: { role: { select: { name: true, scopes: true } } } } },
  });
  if (!membership) return null;
  const roles = membership.roles.map(({ role }) => role.name).sort();
  const scopes = [...new Set(membership.roles.flatMap(({ role }) => role.scopes))].sort();
  return { roles, scopes };
}
