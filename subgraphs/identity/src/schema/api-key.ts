import { CURSOR_KEYS, connectionType, encodeGlobalId, localUuid, pageOf, payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import {
  type ApiKeyRow,
  createApiKey,
  listApiKeys,
  type RateLimitTier,
  revokeApiKey,
  setApiKeyRateLimitTier,
  tierInForce,
} from '../data/api-keys.ts';
import { asAppRow } from '../data/apps.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import { AppRef } from './app.ts';
import { RateLimitTierEnum, RateLimitTierSourceEnum } from './rate-limit-tier.ts';

const ApiKeyKind = builder.enumType('ApiKeyKind', {
  values: {
    API_KEY: { value: 'api_key', description: 'A partner secret key (ucos_sk_…): server-side only' },
    PUBLISHABLE_KEY: { value: 'publishable_key', description: 'A storefront key (ucos_pk_…): safe in a browser' },
  } as const,
});

export const ApiKeyRef = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'A key for partners or a storefront. The secret itself is shown once, at creation.',
  fields: (t) => ({
    id: t.id({ resolve: (key) => encodeGlobalId('ApiKey', key.id) }),
    kind: t.field({ type: ApiKeyKind, resolve: (key) => key.kind as 'api_key' | 'publishable_key' }),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters, to recognise a key' }),
    scopes: t.exposeStringList('scopes'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    rateLimitTier: t.field({
      type: RateLimitTierEnum,
      description: "The tier in force: the key's own, else its app's, else STANDARD (see rateLimitTierSource)",
      resolve: (key) => tierInForce(key).tier,
    }),
    ownRateLimitTier: t.field({
      type: RateLimitTierEnum,
      nullable: true,
      description: "The key's own tier; null when it follows its app's",
      resolve: (key) => key.rateLimitTier as RateLimitTier | null,
    }),
    rateLimitTierSource: t.field({
      type: RateLimitTierSourceEnum,
      description: 'Where the tier in force was set: on the key, on its app, or nowhere (the default)',
      resolve: (key) => tierInForce(key).source,
    }),
    app: t.field({
      type: AppRef,
      nullable: true,
      description: "The app the key belongs to; null for a key from before apps (it runs the in-repo apps' documents)",
      // read with the key (apiKeys costs the same statements for a page of 2 or of 100)
      resolve: (key) => (key.app ? asAppRow(key.app) : null),
    }),
  }),
});

const ApiKeyConnection = connectionType(builder, 'ApiKey', ApiKeyRef);

builder.queryField('apiKeys', (t) =>
  t.connection(
    {
      type: ApiKeyRef,
      authScopes: { scope: 'identity:api_keys' },
      resolve: (_root, args, context) => listApiKeys(context.db, pageOf(args, CURSOR_KEYS.id)),
    },
    ApiKeyConnection,
  ),
);

const apiKeyCreatePayload = (mutation: string, codes: readonly IdentityErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      apiKey: t.field({ type: ApiKeyRef, nullable: true, resolve: (payload) => payload.apiKey ?? null }),
      secret: t.string({
        nullable: true,
        description: 'The key itself. Shown this once; store it now.',
        resolve: (payload) => payload.secret ?? null,
      }),
    }),
  });

const ApiKeyCreateInput = builder.inputType('ApiKeyCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    scopes: t.stringList({ required: true, description: 'A subset of your own scopes' }),
    expiresAt: t.field({ type: 'DateTime' }),
    rateLimitTier: t.field({
      type: RateLimitTierEnum,
      description: "The key's own tier; when not given it follows its app's tier (STANDARD without one)",
    }),
    appId: t.id({ description: 'The app the key belongs to' }),
  }),
});

const ApiKeyCreatePayload = apiKeyCreatePayload('ApiKeyCreate', [
  'APP_ARCHIVED',
  'APP_BUILT_IN',
  'INVALID_INPUT',
  'NOT_FOUND',
  'SCOPE_NOT_HELD',
  'UNKNOWN_SCOPE',
]);

/** The input with its app id decoded (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const withAppId = <T extends { appId?: string | null }>(input: T) => ({
  ...input,
  appId: input.appId ? localUuid(input.appId, 'App', ['input', 'appId']) : null,
});

builder.mutationField('apiKeyCreate', (t) =>
  t.field({
    type: ApiKeyCreatePayload,
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: ApiKeyCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createApiKey(context.db, context.auth, 'api_key', withAppId(input)), (value) => value),
  }),
);

const StorefrontKeyCreateInput = builder.inputType('StorefrontKeyCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    expiresAt: t.field({ type: 'DateTime' }),
    rateLimitTier: t.field({
      type: RateLimitTierEnum,
      description: "The key's own tier; when not given it follows its app's tier (STANDARD without one)",
    }),
    appId: t.id({ description: 'The app the key belongs to' }),
  }),
});

const StorefrontKeyCreatePayload = apiKeyCreatePayload('StorefrontKeyCreate', [
  'APP_ARCHIVED',
  'APP_BUILT_IN',
  'INVALID_INPUT',
  'NOT_FOUND',
  'SCOPE_NOT_HELD',
  'UNKNOWN_SCOPE',
]);

builder.mutationField('storefrontKeyCreate', (t) =>
  t.field({
    type: StorefrontKeyCreatePayload,
    description: 'A publishable key for a storefront: public catalog, own cart and checkout only.',
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: StorefrontKeyCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createApiKey(context.db, context.auth, 'publishable_key', withAppId(input)), (value) => value),
  }),
);

const ApiKeyRevokeInput = builder.inputType('ApiKeyRevokeInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const ApiKeyRevokePayload = payloadType(builder, 'ApiKeyRevoke', {
  codes: ['ALREADY_REVOKED', 'NOT_FOUND'] satisfies IdentityErrorCode[],
  field: 'apiKey',
  type: ApiKeyRef,
});

builder.mutationField('apiKeyRevoke', (t) =>
  t.field({
    type: ApiKeyRevokePayload,
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: ApiKeyRevokeInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'ApiKey', ['input', 'id']);
      return toPayload(await revokeApiKey(context.db, id), (apiKey) => ({ apiKey }));
    },
  }),
);

const ApiKeyRateLimitTierSetInput = builder.inputType('ApiKeyRateLimitTierSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    tier: t.field({
      type: RateLimitTierEnum,
      description: "The key's own tier; null clears it, and the key follows its app's tier (STANDARD without one)",
    }),
  }),
});

const ApiKeyRateLimitTierSetPayload = payloadType(builder, 'ApiKeyRateLimitTierSet', {
  codes: ['NOT_FOUND'] satisfies IdentityErrorCode[],
  field: 'apiKey',
  type: ApiKeyRef,
});

builder.mutationField('apiKeyRateLimitTierSet', (t) =>
  t.field({
    type: ApiKeyRateLimitTierSetPayload,
    description:
      "Sets or clears a key's own rate-limit tier; the gateway applies it from the key's next resolution " +
      '(at once for a secret key, within the publishable-key cache for a storefront key).',
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: ApiKeyRateLimitTierSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'ApiKey', ['input', 'id']);
      return toPayload(await setApiKeyRateLimitTier(context.db, id, input.tier ?? null), (apiKey) => ({ apiKey }));
    },
  }),
);
