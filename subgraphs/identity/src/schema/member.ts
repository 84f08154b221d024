import {
  byKeys,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  nodeEntity,
  ok,
  pageOf,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import { listMembers, type MemberRow, membersByIds, removeMember, setMemberRoles } from '../data/members.ts';
import { ApiKeyRef } from './api-key.ts';

export const UserRef = builder.objectRef<MemberRow>('User').implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'A person, as a member of the current tenant.',
  fields: (t) => ({
    id: t.id({ resolve: (member) => encodeGlobalId('User', member.userId) }),
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true }),
    emailVerified: t.exposeBoolean('emailVerified', {
      description: 'Whether the person proved the address is theirs (a mailed link used)',
    }),
    roles: t.exposeStringList('roles'),
    memberSince: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** Members of the caller's tenant by user id, batched per request. */
export function memberLoader(context: IdentityContext) {
  return context.loaders.get<string, MemberRow | null>('members', async (ids) =>
    byKeys(ids, await membersByIds(context.db, ids), (member) => member.userId),
  );
}

/** Only members of the caller's tenant resolve; RLS hides everyone else. */
export const memberById = (userId: string, context: IdentityContext) =>
  context.auth.tenantId ? memberLoader(context).load(userId) : null;

nodeEntity(builder, UserRef, 'User', memberById);

const MemberConnection = connectionType(builder, 'User', UserRef);

builder.queryField('members', (t) =>
  t.connection(
    {
      type: UserRef,
      authScopes: { scope: 'identity:users' },
      resolve: (_root, args, context) => listMembers(context.db, pageOf(args, CURSOR_KEYS.id)),
    },
    MemberConnection,
  ),
);

/** The member an input's `userId` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const userUuid = (id: string) => localUuid(id, 'User', ['input', 'userId']);

const MemberRolesSetInput = builder.inputType('MemberRolesSetInput', {
  fields: (t) => ({ userId: t.id({ required: true }), roleNames: t.stringList({ required: true }) }),
});

inputMutation(builder, 'memberRolesSet', {
  input: MemberRolesSetInput,
  payload: {
    codes: [
      'LAST_OWNER',
      'NOT_FOUND',
      'OWNER_REQUIRED',
      'SCOPE_NOT_HELD',
      'UNKNOWN_ROLE',
    ] satisfies IdentityErrorCode[],
    field: 'member',
    type: UserRef,
  },
  authScopes: { scope: 'identity:users' },
  run: (context, input) =>
    setMemberRoles(context.db, context.sessions, context.auth, userUuid(input.userId), input.roleNames),
  fields: (member) => ({ member }),
});

const MemberRemoveInput = builder.inputType('MemberRemoveInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    keepApiKeys: t.boolean({
      defaultValue: false,
      description:
        'Keep the secret API keys this member created (default: they are revoked with the membership). ' +
        'Storefront keys are public and always stay.',
    }),
  }),
});

inputMutation(builder, 'memberRemove', {
  input: MemberRemoveInput,
  payload: {
    codes: ['LAST_OWNER', 'NOT_FOUND', 'OWNER_REQUIRED', 'SCOPE_NOT_HELD'] satisfies IdentityErrorCode[],
    description: "The member's sessions end at once; their access tokens are refused at the gateway.",
    fields: (t) => ({
      removedUserId: t.id({ nullable: true, resolve: (payload) => payload.removedUserId ?? null }),
      revokedApiKeys: t.field({
        type: [ApiKeyRef],
        description: 'The secret keys the member (or keys they made) created, revoked with the membership',
        resolve: (payload) => payload.revokedApiKeys ?? [],
      }),
    }),
  },
  authScopes: { scope: 'identity:users' },
  run: async (context, input) => {
    const removed = await removeMember(context.db, context.sessions, context.auth, userUuid(input.userId), {
      keepApiKeys: input.keepApiKeys ?? false,
    });
    // the payload names the member as it was asked for: by its global id
    return removed.ok ? ok({ removedUserId: input.userId, revokedApiKeys: removed.value.revokedApiKeys }) : removed;
  },
  fields: (removed) => removed,
});
