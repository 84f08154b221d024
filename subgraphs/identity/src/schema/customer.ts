import { encodeGlobalId, payloadType, referenceUuid, toPayload } from '@ucos/kit';
import { builder, IdentityError } from '../builder.ts';
import {
  type CustomerSession,
  findCustomer,
  refreshCustomerSession,
  registerCustomer,
  revokeCustomerFamily,
  signInCustomer,
} from '../data/customers.ts';
import { revokePayload, SessionRevokePayload } from './session.ts';

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

const CustomerSessionPayload = payloadType(
  builder,
  'CustomerSessionPayload',
  'session',
  CustomerSessionRef,
  IdentityError,
);

const CustomerRegisterInput = builder.inputType('CustomerRegisterInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    name: t.string(),
  }),
});

const storefront = { $any: { kind: 'publishable_key', scope: 'identity:users' } } as const;

builder.mutationField('customerRegister', (t) =>
  t.field({
    type: CustomerSessionPayload,
    description: 'A shopper signs up at a storefront (send the storefront publishable key).',
    authScopes: storefront,
    args: { input: t.arg({ type: CustomerRegisterInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await registerCustomer(context.db, context.sessions, input);
      if (result.ok) context.auditTargets.set('customerRegister', { type: 'Customer', id: result.value.customerId });
      return toPayload(result, (session) => ({ session }));
    },
  }),
);

const CustomerSessionCreateInput = builder.inputType('CustomerSessionCreateInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

builder.mutationField('customerSessionCreate', (t) =>
  t.field({
    type: CustomerSessionPayload,
    description: 'A shopper signs in at a storefront (send the storefront publishable key).',
    authScopes: storefront,
    args: { input: t.arg({ type: CustomerSessionCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await signInCustomer(context.db, context.root, context.sessions, input, context.auth.clientAddress),
        (session) => ({ session }),
      ),
  }),
);

const CustomerSessionRefreshInput = builder.inputType('CustomerSessionRefreshInput', {
  fields: (t) => ({ refreshToken: t.string({ required: true }) }),
});

builder.mutationField('customerSessionRefresh', (t) =>
  t.field({
    type: CustomerSessionPayload,
    description:
      "Trades a shopper's refresh token for a new session at the same storefront (send its publishable key). Each refresh token works once.",
    authScopes: storefront,
    args: { input: t.arg({ type: CustomerSessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await refreshCustomerSession(context.db, context.sessions, input.refreshToken), (session) => ({
        session,
      })),
  }),
);

builder.mutationField('customerSessionRevoke', (t) =>
  t.field({
    type: SessionRevokePayload,
    description: 'A shopper signs out: revokes the refresh token and every token rotated from it.',
    authScopes: storefront,
    args: { input: t.arg({ type: CustomerSessionRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      return revokePayload(await revokeCustomerFamily(context.db, context.sessions, input.refreshToken));
    },
  }),
);
