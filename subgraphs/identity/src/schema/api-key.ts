import type { InputObjectRef } from '@pothos/core';
import { CURSOR_KEYS, connectionType, encodeGlobalId, inputMutation, localUuid, pageOf } from '@ucos/kit';
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

type Types = typeof builder.$inferSchemaTypes;

/** What a new key is made of; a secret key names its scopes too, a storefront key's are fixed. */
const newKeyFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, withScopes: boolean) => ({
  name: t.string({ required: true }),
  ...(withScopes ? { scopes: t.stringList({ required: true, description: 'A subset of your own scopes' }) } : {}),
  expiresAt: t.field({ type: 'DateTime' }),
  rateLimitTier: t.field({
    type: RateLimitTierEnum,
    description: "The key's own tier; when not given it follows its app's tier (STANDARD without one)",
  }),
  appId: t.id({ description: 'The app the key belongs to' }),
});

/** The input with its app id decoded (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const withAppId = <T extends { appId?: string | null }>(input: T) => ({
  ...input,
  appId: input.appId ? localUuid(input.appId, 'App', ['input', 'appId']) : null,
});

type NewKeyInput = Parameters<typeof createApiKey>[3];

/** A new secret or storefront key: the payload carries the key and, this once, its secret. */
function keyCreateMutation<Input extends NewKeyInput>(
  field: 'apiKeyCreate' | 'storefrontKeyCreate',
  kind: 'api_key' | 'publishable_key',
  input: InputObjectRef<Types, Input>,
  description?: string,
) {
  inputMutation(builder, field, {
    input,
    payload: {
      codes: [
        'APP_ARCHIVED',
        'APP_BUILT_IN',
        'INVALID_INPUT',
        'NOT_FOUND',
        'SCOPE_NOT_HELD',
        'UNKNOWN_SCOPE',
      ] satisfies IdentityErrorCode[],
      fields: (t) => ({
        apiKey: t.field({ type: ApiKeyRef, nullable: true, resolve: (payload) => payload.apiKey ?? null }),
        secret: t.string({
          nullable: true,
          description: 'The key itself. Shown this once; store it now.',
          resolve: (payload) => payload.secret ?? null,
        }),
      }),
    },
    authScopes: { scope: 'identity:api_keys' },
    description,
    run: (context, value) => createApiKey(context.db, context.auth, kind, withAppId(value)),
    fields: (created) => created,
  });
}

const ApiKeyCreateInput = builder.inputType('ApiKeyCreateInput', { fields: (t) => newKeyFields(t, true) });

keyCreateMutation('apiKeyCreate', 'api_key', ApiKeyCreateInput);

const StorefrontKeyCreateInput = builder.inputType('StorefrontKeyCreateInput', {
  fields: (t) => newKeyFields(t, false),
});

keyCreateMutation(
  'storefrontKeyCreate',
  'publishable_key',
  StorefrontKeyCreateInput,
  'A publishable key for a storefront: public catalog, own cart and checkout only.',
);

const ApiKeyRevokeInput = builder.inputType('ApiKeyRevokeInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

inputMutation(builder, 'apiKeyRevoke', {
  input: ApiKeyRevokeInput,
  payload: { codes: ['ALREADY_REVOKED', 'NOT_FOUND'] satisfies IdentityErrorCode[], field: 'apiKey', type: ApiKeyRef },
  authScopes: { scope: 'identity:api_keys' },
  run: (context, input) => revokeApiKey(context.db, localUuid(input.id, 'ApiKey', ['input', 'id'])),
  fields: (apiKey) => ({ apiKey }),
});

const ApiKeyRateLimitTierSetInput = builder.inputType('ApiKeyRateLimitTierSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    tier: t.field({
      type: RateLimitTierEnum,
      description: "The key's own tier; null clears it, and the key follows its app's tier (STANDARD without one)",
    }),
  }),
});

inputMutation(builder, 'apiKeyRateLimitTierSet', {
  input: ApiKeyRateLimitTierSetInput,
  payload: { codes: ['NOT_FOUND'] satisfies IdentityErrorCode[], field: 'apiKey', type: ApiKeyRef },
  description:
    "Sets or clears a key's own rate-limit tier; the gateway applies it from the key's next resolution " +
    '(at once for a secret key, within the publishable-key cache for a storefront key).',
  authScopes: { scope: 'identity:api_keys' },
  run: (context, input) =>
    setApiKeyRateLimitTier(context.db, localUuid(input.id, 'ApiKey', ['input', 'id']), input.tier ?? null),
  fields: (apiKey) => ({ apiKey }),
});
