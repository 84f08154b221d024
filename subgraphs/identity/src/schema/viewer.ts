import type { AuthContext } from '@ucos/kit';
import { builder } from '../builder.ts';
import { findApiKey } from '../data/api-keys.ts';
import { findCustomer } from '../data/customers.ts';
import { tenantsOfUser, tenantWithId } from '../data/tenants.ts';
import { ApiKeyRef } from './api-key.ts';
import { CustomerAccountRef } from './customer.ts';
import { memberLoader, UserRef } from './member.ts';
import { TenantRef } from './tenant.ts';

const PrincipalKind = builder.enumType('PrincipalKind', {
  values: {
    USER: { value: 'user' },
    CUSTOMER: { value: 'customer' },
    API_KEY: { value: 'api_key' },
    PUBLISHABLE_KEY: { value: 'publishable_key' },
    SERVICE: { value: 'service' },
    ANONYMOUS: { value: 'anonymous' },
  } as const,
});

const TenantSummary = builder.objectRef<{ id: string; slug: string; name: string }>('TenantMembership').implement({
  description: 'A tenant the signed-in person belongs to (for switching tenants).',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
  }),
});

const ViewerRef = builder.objectRef<AuthContext>('Viewer').implement({
  description: 'Who is calling: a user, a key or nobody, with the tenant and scopes in force.',
  fields: (t) => ({
    kind: t.field({ type: PrincipalKind, resolve: (auth) => auth.kind }),
    roles: t.exposeStringList('roles'),
    scopes: t.exposeStringList('scopes'),
    tenant: t.field({
      type: TenantRef,
      nullable: true,
      resolve: (auth, _args, context) => (auth.tenantId ? tenantWithId(context.db, auth.tenantId) : null),
    }),
    user: t.field({
      type: UserRef,
      nullable: true,
      resolve: (auth, _args, context) =>
        auth.kind === 'user' && auth.subject ? memberLoader(context).load(auth.subject) : null,
    }),
    customer: t.field({
      type: CustomerAccountRef,
      nullable: true,
      description: 'The signed-in shopper (storefront customer tokens).',
      resolve: (auth, _args, context) =>
        auth.kind === 'customer' && auth.subject ? findCustomer(context.db, auth.subject) : null,
    }),
    apiKey: t.field({
      type: ApiKeyRef,
      nullable: true,
      resolve: (auth, _args, context) =>
        (auth.kind === 'api_key' || auth.kind === 'publishable_key') && auth.subject
          ? findApiKey(context.db, auth.subject)
          : null,
    }),
    tenants: t.field({
      type: [TenantSummary],
      description: 'Every tenant this person belongs to (empty for keys).',
      resolve: (auth, _args, context) =>
        auth.kind === 'user' && auth.subject ? tenantsOfUser(context.db, auth.subject) : [],
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'The caller. Anonymous callers get kind ANONYMOUS and no tenant.',
    resolve: (_root, _args, context) => context.auth,
  }),
);
