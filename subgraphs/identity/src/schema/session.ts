import { encodeGlobalId, payloadType, toPayload } from '@ucos/kit';
import { builder, IdentityError } from '../builder.ts';
import { createSession, refreshSession, revokeFamily, type Session } from '../data/sessions.ts';

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

const SessionPayload = payloadType(builder, 'SessionPayload', 'session', SessionRef, IdentityError);

const SessionCreateInput = builder.inputType('SessionCreateInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    tenantSlug: t.string({ description: 'Which tenant to sign in to; defaults to the first one joined' }),
  }),
});

builder.mutationField('sessionCreate', (t) =>
  t.field({
    type: SessionPayload,
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

builder.mutationField('sessionRefresh', (t) =>
  t.field({
    type: SessionPayload,
    description: 'Trades a refresh token for a new session. Each refresh token works once.',
    args: { input: t.arg({ type: SessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await refreshSession(context.root, context.sessions, input.refreshToken);
      if (result.ok) context.auditTenantId = result.value.tenantId;
      return toPayload(result, sessionFields);
    },
  }),
);

export const SessionRevokePayload = builder
  .objectRef<{ revoked: boolean; errors: (typeof IdentityError.$inferType)[] }>('SessionRevokePayload')
  .implement({
    fields: (t) => ({
      revoked: t.exposeBoolean('revoked'),
      errors: t.field({ type: [IdentityError], resolve: (payload) => payload.errors }),
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

builder.mutationField('sessionRevoke', (t) =>
  t.field({
    type: SessionRevokePayload,
    description: 'Sign-out: revokes the refresh token and every token rotated from it.',
    args: { input: t.arg({ type: SessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      return revokePayload(await revokeFamily(context.root, input.refreshToken));
    },
  }),
);
