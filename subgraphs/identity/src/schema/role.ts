import { encodeGlobalId, localUuid, PERMISSION_SCOPES, payloadType, toPayload } from '@ucos/kit';
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

const rolePayload = (mutation: string, codes: readonly IdentityErrorCode[]) =>
  payloadType(builder, mutation, { codes, field: 'role', type: RoleRef });

const RoleCreateInput = builder.inputType('RoleCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    scopes: t.stringList({ required: true }),
  }),
});

const RoleCreatePayload = rolePayload('RoleCreate', [
  'INVALID_INPUT',
  'ROLE_NAME_TAKEN',
  'SCOPE_NOT_HELD',
  'UNKNOWN_SCOPE',
]);

builder.mutationField('roleCreate', (t) =>
  t.field({
    type: RoleCreatePayload,
    authScopes: { scope: 'identity:roles' },
    args: { input: t.arg({ type: RoleCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createRole(context.db, context.auth, input), (role) => ({ role })),
  }),
);

const RoleUpdateInput = builder.inputType('RoleUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'A new name (members keep the role); omitted: unchanged' }),
    description: t.string(),
    scopes: t.stringList({ required: true }),
    version: t.int({ required: true }),
  }),
});

const RoleUpdatePayload = rolePayload('RoleUpdate', [
  'CONFLICT',
  'INVALID_INPUT',
  'NOT_FOUND',
  'ROLE_BUILTIN',
  'ROLE_NAME_TAKEN',
  'SCOPE_NOT_HELD',
  'UNKNOWN_SCOPE',
]);

builder.mutationField('roleUpdate', (t) =>
  t.field({
    type: RoleUpdatePayload,
    authScopes: { scope: 'identity:roles' },
    args: { input: t.arg({ type: RoleUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Role', ['input', 'id']);
      return toPayload(await updateRole(context.db, context.sessions, context.auth, { ...input, id }), (role) => ({
        role,
      }));
    },
  }),
);

const RoleDeleteInput = builder.inputType('RoleDeleteInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const RoleDeletePayload = payloadType(builder, 'RoleDelete', {
  codes: ['NOT_FOUND', 'ROLE_BUILTIN'] satisfies IdentityErrorCode[],
  field: 'deletedRoleId',
  type: 'ID',
});

builder.mutationField('roleDelete', (t) =>
  t.field({
    type: RoleDeletePayload,
    authScopes: { scope: 'identity:roles' },
    args: { input: t.arg({ type: RoleDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Role', ['input', 'id']);
      return toPayload(await deleteRole(context.db, context.sessions, id), () => ({ deletedRoleId: input.id }));
    },
  }),
);
