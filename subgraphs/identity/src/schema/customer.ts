import { encodeGlobalId, payloadType, toPayload } from '@ucos/kit';
import { builder, IdentityError } from '../builder.ts';
import { type CustomerSession, registerCustomer, signInCustomer } from '../data/customers.ts';

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

const CustomerSessionRef = builder.objectRef<CustomerSession>('CustomerSession').implement({
  description: 'A signed-in shopper: send the access token as a Bearer token from the storefront.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
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
      toPayload(await signInCustomer(context.db, context.sessions, input), (session) => ({ session })),
  }),
);
