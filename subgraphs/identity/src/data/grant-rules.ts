import { type AuthContext, hasScope } from '@ucos/kit';
import type { Tx } from '../db.ts';
import { scopesOfRole } from './builtin-roles.ts';
import { type IdentityError, identityError } from './errors.ts';

interface GrantedRole {
  name: string;
  scopes: string[];
  builtin?: boolean;
}

const isOwner = (actor: AuthContext) => actor.kind === 'user' && actor.roles.includes('owner');

/**
 * Nobody hands out more than they hold: every scope of every role granted must be the actor's own,
 * and `owner` is granted only by an owner (never by a key, whatever its scopes).
 */
export function checkGrantable(actor: AuthContext, roles: GrantedRole[], field: string[]): IdentityError[] {
  if (roles.some((role) => role.name === 'owner') && !isOwner(actor)) {
    return [identityError('OWNER_REQUIRED', 'Only an owner can make someone an owner', field)];
  }
  const notHeld = [...new Set(roles.flatMap(scopesOfRole))].filter((scope) => !hasScope(actor, scope));
  if (notHeld.length) {
    return [identityError('SCOPE_NOT_HELD', `You cannot grant scopes you lack: ${notHeld.join(', ')}`, field)];
  }
  return [];
}

/**
 * Changing or removing a member is granting in reverse: an actor may only touch members whose roles
 * they could grant themselves, so an admin cannot demote or remove an owner.
 */
export async function checkManageable(tx: Tx, actor: AuthContext, userId: string, field: string[]) {
  const held = await tx.membershipRole.findMany({
    where: { userId },
    select: { role: { select: { name: true, scopes: true, builtin: true } } },
  });
  const errors = checkGrantable(
    actor,
    held.map(({ role }) => role),
    field,
  );
  return errors.length
    ? [{ ...errors[0]!, message: `You cannot change a member who holds more than you: ${errors[0]!.message}` }]
    : [];
}
