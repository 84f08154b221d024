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
