import { PERMISSION_SCOPES, type PermissionScope } from '@ucos/kit';

const staffScopes: PermissionScope[] = [
  'catalog:read',
  'catalog:write',
  'inventory:read',
  'inventory:adjust',
  'orders:read',
  'orders:manage',
  'fulfillment:manage',
  'procurement:manage',
];

const allStaffScopes = Object.keys(PERMISSION_SCOPES).filter(
  (scope) => !['cart:own', 'checkout', 'catalog:browse', 'orders:own'].includes(scope),
) as PermissionScope[];

/** Roles every tenant starts with; they cannot be changed or deleted (tenants add their own). */
export const BUILTIN_ROLES: { name: string; description: string; scopes: string[] }[] = [
  { name: 'owner', description: 'Everything, including members, roles and keys', scopes: ['*'] },
  {
    name: 'admin',
    description: 'Everything except ownership',
    scopes: allStaffScopes,
  },
  { name: 'staff', description: 'Day-to-day commerce operations', scopes: staffScopes },
  {
    name: 'viewer',
    description: 'Read-only access',
    scopes: ['catalog:read', 'inventory:read', 'orders:read', 'finance:read'],
  },
];

const BUILTIN_SCOPES = new Map(BUILTIN_ROLES.map((role) => [role.name, role.scopes]));

/**
 * A role's scopes as they are in force: a built-in role's come from the code above, whatever its
 * tenant's stored copy says (a copy written before a scope existed would otherwise lack it, and every
 * new scope would need a migration of every tenant's rows); a tenant's own role has what it stored.
 */
export function scopesOfRole(role: { name: string; scopes: string[]; builtin?: boolean }): string[] {
  return (role.builtin && BUILTIN_SCOPES.get(role.name)) || role.scopes;
}

/** The role as it is in force (`scopesOfRole`). */
export const inForce = <Role extends { name: string; scopes: string[]; builtin?: boolean }>(role: Role): Role => ({
  ...role,
  scopes: scopesOfRole(role),
});
