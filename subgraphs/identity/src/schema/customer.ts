import type { InputObjectRef } from '@pothos/core';
import { encodeGlobalId, payloadType, referenceUuid, rules, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import { pluginsOnRegistration } from '../data/customer-hooks.ts';
import {
  type CustomerSession,
  completeCustomerPasswordReset,
  completeCustomerRegistration,
  findCustomer,
  refreshCustomerSession,
  registerCustomer,
  requestCustomerPasswordReset,
  revokeCustomerFamily,
  signInCustomer,
} from '../data/customers.ts';
import type { IdentityErrorCode, IdentityResult } from '../data/errors.ts';
import { newPassword } from '../data/validation.ts';
import { doneMutation, passwordResetCompleteFields } from './account.ts';
import { revokePayload, sessionRevokePayload } from './session.ts';

/**
 * A shopper's token names the app of the storefront key it was issued through, so the gateway lets
 * it run that app's published documents (a storefront built outside the repository).
 */
const sessionsVia = (context: IdentityContext) => ({
  ...context.sessions,
  viaKeyId: context.auth.kind === 'publishable_key' ? context.auth.subject : null,
});

export const CustomerAccountRef = builder
  .objectRef<{ id: string; email: string; name: string | null }>('CustomerAccount')
  .implement({
    description: "A storefront shopper's sign-in account. Orders owns the customer's profile, addresses and orders.",
    fields: (t) => ({
      id: t.id({ resolve: (account) => encodeGlobalId('Customer', account.id) }),
      email: t.exposeString('email'),
      name: t.exposeString('name', { nullable: true }),
    }),
  });

// Other domains (orders: a company's buyers) ask whether an id is one of the tenant's shoppers.
// Only services get an answer: a shopper's email is nobody else's business.
builder.asEntity(CustomerAccountRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => {
    const id = referenceUuid(reference.id, 'Customer');
    return context.auth.kind === 'service' && id ? findCustomer(context.db, id) : null;
  },
});

const CustomerSessionRef = builder.objectRef<CustomerSession>('CustomerSession').implement({
  description: 'A signed-in shopper: send the access token as a Bearer token from the storefront.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken', {
      description: 'Trade it for a new session with customerSessionRefresh before it expires; it works once.',
    }),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
    customer: t.field({
      type: CustomerAccountRef,
      resolve: (session) => ({ id: session.customerId, email: session.email, name: session.name }),
    }),
  }),
});

const storefront = { $any: { kind: 'publishable_key', scope: 'identity:users' } } as const;

/** A shopper's sign-in at a storefront (registration completed, password, refresh): it answers with the session. */
function customerSessionMutation<Input>(
  field: string,
  options: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly IdentityErrorCode[];
    description: string;
    run(context: IdentityContext, input: Input): Promise<IdentityResult<CustomerSession>>;
  },
) {
  const payload = payloadType(builder, `${field.charAt(0).toUpperCase()}${field.slice(1)}`, {
    codes: options.codes,
    field: 'session',
    type: CustomerSessionRef,
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: payload,
      description: options.description,
      authScopes: storefront,
      args: { input: t.arg({ type: options.input, required: true }) },
      resolve: async (_root, args, context) =>
        toPayload(await options.run(context, (args as { input: Input }).input), (session) => ({ session })),
    }),
  );
}

const CustomerRegisterInput = builder.inputType('CustomerRegisterInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: rules.email }),
    password: t.string({ required: true, validate: newPassword }),
    name: t.string({ validate: rules.text() }),
  }),
});

doneMutation('customerRegister', {
  input: CustomerRegisterInput,
  codes: ['INVALID_EMAIL', 'INVALID_INPUT', 'WEAK_PASSWORD', 'PLUGIN_REFUSED'],
  description:
    "A shopper registers at a storefront (send its publishable key). The answer is the same for every address (done: true): the address gets a mail — a link that, with this password, creates the account (`customerRegisterComplete`), or, when it already has an account here, a note to sign in or reset the password. The shop's registration plugins may refuse it first (PLUGIN_REFUSED, judged on what was entered only).",
  authScopes: storefront,
  run: async (context, input) => {
    const tenantId = context.auth.tenantId;
    if (tenantId) {
      const judged = await pluginsOnRegistration(context.plugins, tenantId, input);
      if (!judged.ok) return judged;
    }
    return registerCustomer(context.db, context.sessions, input);
  },
});

const CustomerRegisterCompleteInput = builder.inputType('CustomerRegisterCompleteInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'From the registration mail; it works once' }),
    password: t.string({ required: true, description: 'The password chosen when registering' }),
  }),
});

customerSessionMutation('customerRegisterComplete', {
  input: CustomerRegisterCompleteInput,
  codes: ['INVALID_CREDENTIALS', 'INVALID_TOKEN'],
  description:
    'Creates the shopper’s account (its address verified) from the registration mail’s link and the password chosen when registering, and signs it in.',
  run: async (context, input) => {
    const result = await completeCustomerRegistration(context.db, sessionsVia(context), input);
    if (result.ok)
      context.auditTargets.set('customerRegisterComplete', { type: 'Customer', id: result.value.customerId });
    return result;
  },
});

const CustomerPasswordResetRequestInput = builder.inputType('CustomerPasswordResetRequestInput', {
  fields: (t) => ({ email: t.string({ required: true, validate: rules.email }) }),
});

doneMutation('customerPasswordResetRequest', {
  input: CustomerPasswordResetRequestInput,
  codes: ['INVALID_EMAIL'],
  description:
    'Mails a reset link if the address has a shopper account at this storefront. The answer is the same either way (done: true for any well-formed address).',
  authScopes: storefront,
  run: (context, input) => requestCustomerPasswordReset(context.db, input),
});

const CustomerPasswordResetCompleteInput = builder.inputType('CustomerPasswordResetCompleteInput', {
  fields: (t) => passwordResetCompleteFields(t),
});

doneMutation('customerPasswordResetComplete', {
  input: CustomerPasswordResetCompleteInput,
  codes: ['INVALID_TOKEN', 'WEAK_PASSWORD'],
  description: 'Sets a shopper’s new password with a reset token and signs them out of every session.',
  authScopes: storefront,
  run: (context, input) => completeCustomerPasswordReset(context.db, context.sessions, input),
});

const CustomerSessionCreateInput = builder.inputType('CustomerSessionCreateInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

customerSessionMutation('customerSessionCreate', {
  input: CustomerSessionCreateInput,
  codes: ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
  description: 'A shopper signs in at a storefront (send the storefront publishable key).',
  run: (context, input) =>
    signInCustomer(context.db, context.root, sessionsVia(context), input, context.auth.clientAddress),
});

const CustomerSessionRefreshInput = builder.inputType('CustomerSessionRefreshInput', {
  fields: (t) => ({ refreshToken: t.string({ required: true }) }),
});

customerSessionMutation('customerSessionRefresh', {
  input: CustomerSessionRefreshInput,
  codes: ['INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_EXPIRED', 'REFRESH_TOKEN_REUSED'],
  description:
    "Trades a shopper's refresh token for a new session at the same storefront (send its publishable key). Each refresh token works once.",
  run: (context, input) => refreshCustomerSession(context.db, sessionsVia(context), input.refreshToken),
});

const CustomerSessionRevokePayload = sessionRevokePayload('CustomerSessionRevoke', ['INVALID_REFRESH_TOKEN']);

builder.mutationField('customerSessionRevoke', (t) =>
  t.field({
    type: CustomerSessionRevokePayload,
    description: 'A shopper signs out: revokes the refresh token and every token rotated from it.',
    authScopes: storefront,
    args: { input: t.arg({ type: CustomerSessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      return revokePayload(await revokeCustomerFamily(context.db, context.sessions, input.refreshToken));
    },
  }),
);
