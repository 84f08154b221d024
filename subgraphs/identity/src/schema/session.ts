import { encodeGlobalId, localUuid, payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type IdentityErrorCode, identityError } from '../data/errors.ts';
import {
  changePassword,
  listSessions,
  revokeOwnSession,
  SESSION_LIST_LIMIT,
  type SessionRow,
} from '../data/session-management.ts';
import { createSession, refreshSession, revokeFamily, type Session } from '../data/sessions.ts';
import { newPassword } from '../data/validation.ts';

interface SessionShape {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  tenantId: string;
  userId: string;
  roles: string[];
  scopes: string[];
}

export const SessionRef = builder.objectRef<SessionShape>('Session').implement({
  description: 'A signed-in session: a short-lived access token (Bearer) and a one-time refresh token.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken', { description: 'Use once with sessionRefresh; it rotates' }),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
    tenantId: t.id({ resolve: (session) => encodeGlobalId('Tenant', session.tenantId) }),
    userId: t.id({ resolve: (session) => encodeGlobalId('User', session.userId) }),
    roles: t.exposeStringList('roles'),
    scopes: t.exposeStringList('scopes'),
  }),
});

export const sessionFields = (session: Session) => ({ session: session as SessionShape });

const sessionPayload = (mutation: string, codes: readonly IdentityErrorCode[]) =>
  payloadType(builder, mutation, { codes, field: 'session', type: SessionRef });

const SessionCreateInput = builder.inputType('SessionCreateInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    tenantSlug: t.string({ description: 'Which tenant to sign in to; defaults to the first one joined' }),
  }),
});

const SessionCreatePayload = sessionPayload('SessionCreate', ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);

builder.mutationField('sessionCreate', (t) =>
  t.field({
    type: SessionCreatePayload,
    description: 'Sign-in with email and password. Open to anonymous callers.',
    args: { input: t.arg({ type: SessionCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await createSession(context.root, context.sessions, input, context.auth.clientAddress);
      if (result.ok) {
        context.auditTenantId = result.value.tenantId;
        context.auditTargets.set('sessionCreate', { type: 'User', id: encodeGlobalId('User', result.value.userId) });
      }
      return toPayload(result, sessionFields);
    },
  }),
);

const SessionRefreshInput = builder.inputType('SessionRefreshInput', {
  fields: (t) => ({ refreshToken: t.string({ required: true }) }),
});

const SessionRefreshPayload = sessionPayload('SessionRefresh', [
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_EXPIRED',
  'REFRESH_TOKEN_REUSED',
]);

builder.mutationField('sessionRefresh', (t) =>
  t.field({
    type: SessionRefreshPayload,
    description: 'Trades a refresh token for a new session. Each refresh token works once.',
    args: { input: t.arg({ type: SessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await refreshSession(context.root, context.sessions, input.refreshToken);
      if (result.ok) context.auditTenantId = result.value.tenantId;
      return toPayload(result, sessionFields);
    },
  }),
);

export const sessionRevokePayload = (mutation: string, codes: readonly IdentityErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    failed: { revoked: false },
    fields: (t) => ({
      revoked: t.exposeBoolean('revoked'),
    }),
  });

/** What a sign-out answers: revoked, or the typed error for a token that is not known. */
export const revokePayload = (revoked: boolean) =>
  revoked
    ? { revoked, errors: [] }
    : {
        revoked,
        errors: [
          {
            code: 'INVALID_REFRESH_TOKEN' as const,
            message: 'Refresh token is not valid',
            field: ['input', 'refreshToken'],
          },
        ],
      };

const SessionRevokeInput = builder.inputType('SessionRevokeInput', {
  description: 'Exactly one of: the refresh token (sign-out, no other credential needed), or a session id.',
  fields: (t) => ({
    refreshToken: t.string({ description: 'Signs this session out' }),
    id: t.id({ description: 'Signs out one of your own sessions (see `sessions`); needs you signed in' }),
  }),
});

export const SessionRevokePayload = sessionRevokePayload('SessionRevoke', [
  'INVALID_INPUT',
  'INVALID_REFRESH_TOKEN',
  'NOT_FOUND',
]);

builder.mutationField('sessionRevoke', (t) =>
  t.field({
    type: SessionRevokePayload,
    description:
      'Sign-out: revokes the refresh token and every token rotated from it; its access tokens are refused ' +
      'at the gateway within seconds. With `id`, signs out one of your own sessions (another device).',
    args: { input: t.arg({ type: SessionRevokeInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { refreshToken, id } = input;
      if ((refreshToken == null) === (id == null)) {
        return {
          revoked: false,
          errors: [identityError('INVALID_INPUT', 'Give either refreshToken or id', ['input'])],
        };
      }
      if (refreshToken != null) return revokePayload(await revokeFamily(context.root, context.sessions, refreshToken));
      const { auth } = context;
      const sessionId = localUuid(id ?? '', 'UserSession', ['input', 'id']);
      if (auth.kind !== 'user' || !auth.subject || !auth.tenantId) {
        return { revoked: false, errors: [identityError('NOT_FOUND', 'No such session', ['input', 'id'])] };
      }
      const result = await revokeOwnSession(context.db, context.sessions, auth.subject, sessionId);
      return result.ok ? { revoked: true, errors: [] } : { revoked: false, errors: result.errors };
    },
  }),
);

const UserSessionRef = builder.objectRef<SessionRow>('UserSession').implement({
  description: 'One of your signed-in sessions (a device or browser), alive until signed out or expired.',
  fields: (t) => ({
    id: t.id({ resolve: (session) => encodeGlobalId('UserSession', session.id) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it signed in' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', description: 'When it last signed in or refreshed' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it ends unless refreshed' }),
    current: t.exposeBoolean('current', { description: 'The session this request is made with' }),
  }),
});

builder.queryField('sessions', (t) =>
  t.field({
    type: [UserSessionRef],
    authScopes: { user: true },
    description: `Your live sessions in this tenant, most recently used first (at most ${SESSION_LIST_LIMIT}).`,
    resolve: (_root, _args, context) =>
      listSessions(context.db, context.auth.subject ?? '', context.auth.sessionId ?? null),
  }),
);

const PasswordChangeInput = builder.inputType('PasswordChangeInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true, validate: newPassword }),
  }),
});

const PasswordChangePayload = payloadType(builder, 'PasswordChange', {
  codes: ['INVALID_CREDENTIALS', 'WEAK_PASSWORD'] satisfies IdentityErrorCode[],
  failed: { changed: false, endedSessions: 0 },
  fields: (t) => ({
    changed: t.exposeBoolean('changed'),
    endedSessions: t.exposeInt('endedSessions', {
      description: 'Your other sessions, in every tenant, signed out by the change',
    }),
  }),
});

builder.mutationField('passwordChange', (t) =>
  t.field({
    type: PasswordChangePayload,
    authScopes: { user: true },
    description: 'Changes your password and signs out every other session you have; this one stays.',
    args: { input: t.arg({ type: PasswordChangeInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { auth } = context;
      const result = await changePassword(
        context.root,
        context.sessions,
        auth.subject ?? '',
        auth.sessionId ?? null,
        input,
      );
      return result.ok
        ? { changed: true, endedSessions: result.value.endedSessions, errors: [] }
        : { changed: false, endedSessions: 0, errors: result.errors };
    },
  }),
);
