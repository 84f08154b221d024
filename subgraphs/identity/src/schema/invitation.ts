import {
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import {
  acceptInvitation,
  type InvitationRow,
  inviteMember,
  listInvitations,
  revokeInvitation,
} from '../data/invitations.ts';
import { SessionRef, sessionFields } from './session.ts';

export const InvitationRef = builder.objectRef<InvitationRow>('Invitation').implement({
  interfaces: [builder.nodeInterfaceRef()],
  description:
    'An invitation to join the tenant, mailed to an address. It shows only what the inviter typed: nothing about the person until they accept.',
  fields: (t) => ({
    id: t.id({ resolve: (invitation) => encodeGlobalId('Invitation', invitation.id) }),
    email: t.exposeString('email'),
    roleNames: t.exposeStringList('roleNames'),
    invitedAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set when the mail is sent; null while it is on its way',
    }),
  }),
});

const InvitationConnection = connectionType(builder, 'Invitation', InvitationRef);

builder.queryField('invitations', (t) =>
  t.connection(
    {
      type: InvitationRef,
      description: 'Pending invitations (not accepted, not revoked).',
      authScopes: { scope: 'identity:users' },
      resolve: (_root, args, context) => listInvitations(context.db, pageOf(args, CURSOR_KEYS.id)),
    },
    InvitationConnection,
  ),
);

const MemberInviteInput = builder.inputType('MemberInviteInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: rules.email }),
    roleNames: t.stringList({
      required: true,
      description: 'Roles the person gets on accepting; you can grant only roles whose scopes you hold',
    }),
  }),
});

inputMutation(builder, 'memberInvite', {
  input: MemberInviteInput,
  payload: {
    codes: [
      'ALREADY_MEMBER',
      'INVALID_EMAIL',
      'INVALID_INPUT',
      'OWNER_REQUIRED',
      'SCOPE_NOT_HELD',
      'UNKNOWN_ROLE',
      'WEAK_PASSWORD',
    ] satisfies IdentityErrorCode[],
    field: 'invitation',
    type: InvitationRef,
  },
  description:
    'Mails a single-use link to the address; the person joins by accepting it. The answer does not depend on whether the address has an account.',
  authScopes: { scope: 'identity:users' },
  run: (context, input) => inviteMember(context.db, context.auth, input),
  fields: (invitation) => ({ invitation }),
});

const InvitationRevokeInput = builder.inputType('InvitationRevokeInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

inputMutation(builder, 'invitationRevoke', {
  input: InvitationRevokeInput,
  payload: {
    codes: ['ALREADY_REVOKED', 'NOT_FOUND'] satisfies IdentityErrorCode[],
    field: 'invitation',
    type: InvitationRef,
  },
  description: 'Withdraws a pending invitation: its link stops working.',
  authScopes: { scope: 'identity:users' },
  run: (context, input) => revokeInvitation(context.db, localUuid(input.id, 'Invitation', ['input', 'id'])),
  fields: (invitation) => ({ invitation }),
});

const InvitationAcceptInput = builder.inputType('InvitationAcceptInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'From the invitation mail' }),
    password: t.string({
      description:
        'Omit when signed in with the invited address. Otherwise: the password for a new account, or the existing account’s own password',
    }),
    name: t.string({ description: 'Your name, for a new account' }),
  }),
});

const InvitationAcceptPayload = payloadType(builder, 'InvitationAccept', {
  codes: [
    'ALREADY_MEMBER',
    'EMAIL_MISMATCH',
    'INVALID_CREDENTIALS',
    'INVALID_INPUT',
    'INVALID_TOKEN',
    'WEAK_PASSWORD',
  ] satisfies IdentityErrorCode[],
  field: 'session',
  type: SessionRef,
});

builder.mutationField('invitationAccept', (t) =>
  t.field({
    type: InvitationAcceptPayload,
    description:
      'Joins the inviting tenant and signs in there. Open to anonymous callers (with a password) and to the signed-in owner of the invited address.',
    args: { input: t.arg({ type: InvitationAcceptInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await acceptInvitation(context.root, context.sessions, context.auth, input);
      if (result.ok) {
        context.auditTenantId = result.value.tenantId;
        context.auditTargets.set('invitationAccept', { type: 'User', id: encodeGlobalId('User', result.value.userId) });
      }
      return toPayload(result, sessionFields);
    },
  }),
);
