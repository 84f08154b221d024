import { encodeGlobalId, inputMutation, localUuid, ok, PERMISSION_SCOPES } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import { createRole, deleteRole, listRoles, type RoleRow, updateRole } from '../data/roles.ts';

export const RoleRef = builder.objectRef<RoleRow>('Role').implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'A named bundle of permission scopes.',
  fields: (t) => ({
    id: t.id({ resolve: (role) => encodeGlobalId('Role', role.id) }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    scopes: t.exposeStringList('scopes'),
    builtin: t.exposeBoolean('builtin'),
    version: t.exposeInt('version'),
  }),
});

const ScopeRef = builder.objectRef<{ name: string; description: string }>('PermissionScope').implement({
  fields: (t) => ({ name: t.exposeString('name'), description: t.exposeString('description') }),
});

builder.queryField('permissionScopes', (t) =>
  t.field({
    type: [ScopeRef],
    description: 'Every permission scope a role or API key can hold.',
    authScopes: { tenant: true },
    resolve: () => Object.entries(PERMISSION_SCOPES).map(([name, description]) => ({ name, description })),
  }),
);

builder.queryField('roles', (t) =>
  t.field({
    type: [RoleRef],
    authScopes: { $any: { scope: 'identity:roles', user: true } },
    resolve: (_root, _args, context) => listRoles(context.db),
  }),
);

const RoleCreateInput = builder.inputType('RoleCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    scopes: t.stringList({ required: true }),
  }),
});

inputMutation(builder, 'roleCreate', {
  input: RoleCreateInput,
  payload: {
    codes: ['INVALID_INPUT', 'ROLE_NAME_TAKEN', 'SCOPE_NOT_HELD', 'UNKNOWN_SCOPE'] satisfies IdentityErrorCode[],
    field: 'role',
    type: RoleRef,
  },
  authScopes: { scope: 'identity:roles' },
  run: (context, input) => createRole(context.db, context.auth, input),
  fields: (role) => ({ role }),
});

const RoleUpdateInput = builder.inputType('RoleUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'A new name (members keep the role); omitted: unchanged' }),
    description: t.string(),
    scopes: t.stringList({ required: true }),
    version: t.int({ required: true }),
  }),
});

inputMutation(builder, 'roleUpdate', {
  input: RoleUpdateInput,
  payload: {
    codes: [
      'CONFLICT',
      'INVALID_INPUT',
      'NOT_FOUND',
      'ROLE_BUILTIN',
      'ROLE_NAME_TAKEN',
      'SCOPE_NOT_HELD',
      'UNKNOWN_SCOPE',
    ] satisfies IdentityErrorCode[],
    field: 'role',
    type: RoleRef,
  },
  authScopes: { scope: 'identity:roles' },
  run: (context, input) =>
    updateRole(context.db, context.sessions, context.auth, {
      ...input,
      id: localUuid(input.id, 'Role', ['input', 'id']),
    }),
  fields: (role) => ({ role }),
});

const RoleDeleteInput = builder.inputType('RoleDeleteInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

inputMutation(builder, 'roleDelete', {
  input: RoleDeleteInput,
  payload: { codes: ['NOT_FOUND', 'ROLE_BUILTIN'] satisfies IdentityErrorCode[], field: 'deletedRoleId', type: 'ID' },
  authScopes: { scope: 'identity:roles' },
  run: async (context, input) => {
    const deleted = await deleteRole(context.db, context.sessions, localUuid(input.id, 'Role', ['input', 'id']));
    // the payload names the role as it was asked for: by its global id
    return deleted.ok ? ok(input.id) : deleted;
  },
  fields: (deletedRoleId) => ({ deletedRoleId }),
});
