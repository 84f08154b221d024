import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  localUuid,
  maxLength,
  pageOf,
  payloadType,
  toPayload,
} from '@ucos/kit';
import { builder } from '../builder.ts';
import { type AppDocumentVersionRow, isLive, listDocumentVersions, publishDocuments } from '../data/app-documents.ts';
import {
  type AppKind,
  type AppRow,
  archiveApp,
  findApp,
  listApps,
  registerApp,
  setAppRateLimitTier,
  updateApp,
} from '../data/apps.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import { RateLimitTierEnum } from './rate-limit-tier.ts';

const AppKindEnum = builder.enumType('AppKind', {
  values: {
    STOREFRONT: {
      value: 'storefront',
      description: 'A shop front: publishable keys, and only its published documents run for them',
    },
    PARTNER: { value: 'partner', description: 'A partner integration: secret keys, any document within the limits' },
    ADMIN: { value: 'admin', description: 'The in-repo admin (built-in only): staff sign in, it takes no keys' },
  } as const,
});

const AppDocumentVersionRef = builder.objectRef<AppDocumentVersionRow>('AppDocumentVersion').implement({
  description:
    "One immutable version of an app's persisted documents. The newest is current; an older one stays live " +
    "for the app's grace period after the next was published, so pages of the previous deploy keep working.",
  fields: (t) => ({
    version: t.exposeInt('version'),
    documentCount: t.exposeInt('documentCount'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    liveUntil: t.expose('liveUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'When its grace period ends; null for the current version',
    }),
    current: t.boolean({ resolve: (version) => version.liveUntil === null }),
    live: t.boolean({ description: 'Whether keys of the app may run its documents now', resolve: (v) => isLive(v) }),
  }),
});

export const AppRef = builder.objectRef<AppRow>('App').implement({
  description:
    'Something built on the API — a storefront or a partner integration — that owns its keys and, for a ' +
    'storefront, the persisted documents its build publishes. Built-in apps are the in-repo storefront and admin.',
  fields: (t) => ({
    id: t.id({ resolve: (app) => encodeGlobalId('App', app.id) }),
    kind: t.field({ type: AppKindEnum, resolve: (app) => app.kind }),
    name: t.exposeString('name'),
    builtIn: t.boolean({
      description: "An in-repo app: its documents ship with the platform's gateway",
      resolve: (app) => app.builtIn !== null,
    }),
    graceSeconds: t.exposeInt('graceSeconds', {
      description: 'How long a superseded version of the documents stays live',
    }),
    rateLimitTier: t.field({
      type: RateLimitTierEnum,
      nullable: true,
      description:
        "The tier of every key of the app without its own (the key's own tier > the app's > STANDARD); " +
        'null: the keys without their own get STANDARD',
      resolve: (app) => app.rateLimitTier,
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    documentVersions: t.field({
      type: [AppDocumentVersionRef],
      description: 'Published versions, newest first (at most the last 50)',
      resolve: async (app, _args, context) => (await listDocumentVersions(context.db, app.id)).slice(0, 50),
    }),
  }),
});

const AppConnection = connectionType(builder, 'App', AppRef);

builder.queryField('apps', (t) =>
  t.connection(
    {
      type: AppRef,
      authScopes: { scope: 'identity:api_keys' },
      resolve: (_root, args, context) => listApps(context.db, pageOf(args, CURSOR_KEYS.id)),
    },
    AppConnection,
  ),
);

byIdQuery(builder, 'app', {
  type: AppRef,
  typeName: 'App',
  authScopes: { scope: 'identity:api_keys' },
  load: (context, id) => findApp(context.db, id),
});

const AppRegisterInput = builder.inputType('AppRegisterInput', {
  fields: (t) => ({
    kind: t.field({ type: AppKindEnum, required: true, description: 'STOREFRONT or PARTNER' }),
    name: t.string({ required: true }),
    graceSeconds: t.int({ description: 'How long a superseded version stays live; 86400 (a day) when not given' }),
    rateLimitTier: t.field({
      type: RateLimitTierEnum,
      description: 'The tier of its keys that set none of their own; none given: STANDARD',
    }),
  }),
});

const AppRegisterPayload = payloadType(builder, 'AppRegister', {
  codes: ['INVALID_INPUT'] satisfies IdentityErrorCode[],
  field: 'app',
  type: AppRef,
});

builder.mutationField('appRegister', (t) =>
  t.field({
    type: AppRegisterPayload,
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: AppRegisterInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const kind = input.kind as AppKind;
      if (kind === 'admin') {
        return toPayload(
          {
            ok: false,
            errors: [
              { code: 'INVALID_INPUT', message: 'Register a STOREFRONT or a PARTNER app', field: ['input', 'kind'] },
            ],
          },
          (app) => ({ app }),
        );
      }
      const result = await registerApp(context.db, { ...input, kind });
      if (result.ok)
        context.auditTargets.set('appRegister', { type: 'App', id: encodeGlobalId('App', result.value.id) });
      return toPayload(result, (app) => ({ app }));
    },
  }),
);

const AppUpdateInput = builder.inputType('AppUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    graceSeconds: t.int({ description: '0 to 2592000 (30 days)' }),
  }),
});

const AppUpdatePayload = payloadType(builder, 'AppUpdate', {
  codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'INVALID_INPUT', 'NOT_FOUND'] satisfies IdentityErrorCode[],
  field: 'app',
  type: AppRef,
});

builder.mutationField('appUpdate', (t) =>
  t.field({
    type: AppUpdatePayload,
    description: "Renames an app or changes its documents' grace period (applies to versions already superseded too).",
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: AppUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'App', ['input', 'id']);
      return toPayload(await updateApp(context.db, id, input), (app) => ({ app }));
    },
  }),
);

const AppRateLimitTierSetInput = builder.inputType('AppRateLimitTierSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    tier: t.field({
      type: RateLimitTierEnum,
      description: 'The tier of every key of the app without its own; null clears it (those keys get STANDARD)',
    }),
  }),
});

const AppRateLimitTierSetPayload = payloadType(builder, 'AppRateLimitTierSet', {
  codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'NOT_FOUND'] satisfies IdentityErrorCode[],
  field: 'app',
  type: AppRef,
});

builder.mutationField('appRateLimitTierSet', (t) =>
  t.field({
    type: AppRateLimitTierSetPayload,
    description:
      "Sets or clears an app's rate-limit tier: every key of the app without a tier of its own gets it from its " +
      'next resolution at the gateway (at once for secret keys, within the publishable-key cache for storefront ' +
      "keys). A key's own tier wins over the app's. The built-in storefront may have one; the admin takes no keys.",
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: AppRateLimitTierSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'App', ['input', 'id']);
      const result = await setAppRateLimitTier(context.db, id, input.tier ?? null);
      if (result.ok) context.auditTargets.set('appRateLimitTierSet', { type: 'App', id: encodeGlobalId('App', id) });
      return toPayload(result, (app) => ({ app }));
    },
  }),
);

const AppArchiveInput = builder.inputType('AppArchiveInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const AppArchivePayload = payloadType(builder, 'AppArchive', {
  codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'NOT_FOUND'] satisfies IdentityErrorCode[],
  fields: (t) => ({
    app: t.field({ type: AppRef, nullable: true, resolve: (payload) => payload.app ?? null }),
    revokedKeys: t.int({ nullable: true, resolve: (payload) => payload.revokedKeys ?? null }),
  }),
});

builder.mutationField('appArchive', (t) =>
  t.field({
    type: AppArchivePayload,
    description: 'Archives an app and revokes every key it owns, at once.',
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: AppArchiveInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'App', ['input', 'id']);
      return toPayload(await archiveApp(context.db, id), (value) => value);
    },
  }),
);

const AppDocumentInput = builder.inputType('AppDocumentInput', {
  description: 'One entry of a persisted-documents manifest, as the codegen client preset writes it',
  fields: (t) => ({
    hash: t.string({ required: true, ...maxLength(80, 'The sha256 of the document, hex, with or without sha256:') }),
    document: t.string({ required: true, ...maxLength(50_000) }),
  }),
});

const AppDocumentsPublishInput = builder.inputType('AppDocumentsPublishInput', {
  fields: (t) => ({
    appId: t.id({ required: true }),
    manifest: t.field({ type: [AppDocumentInput], required: true }),
  }),
});

const AppDocumentsPublishPayload = payloadType(builder, 'AppDocumentsPublish', {
  codes: [
    'APP_ARCHIVED',
    'APP_BUILT_IN',
    'CONFLICT',
    'INVALID_DOCUMENT',
    'INVALID_MANIFEST',
    'NOT_FOUND',
  ] satisfies IdentityErrorCode[],
  field: 'version',
  type: AppDocumentVersionRef,
});

builder.mutationField('appDocumentsPublish', (t) =>
  t.field({
    type: AppDocumentsPublishPayload,
    description:
      "Publishes a new version of an app's persisted documents. Every document is checked against the current " +
      "supergraph and the gateway's limits first; each problem is an INVALID_DOCUMENT error on " +
      '["input", "manifest", <hash>]. The new version is current at every gateway within seconds.',
    authScopes: { scope: 'identity:api_keys' },
    args: { input: t.arg({ type: AppDocumentsPublishInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const appId = localUuid(input.appId, 'App', ['input', 'appId']);
      const manifest: Record<string, string> = {};
      for (const { hash, document } of input.manifest) manifest[hash] = document;
      if (Object.keys(manifest).length !== input.manifest.length) {
        return toPayload(
          {
            ok: false,
            errors: [{ code: 'INVALID_MANIFEST', message: 'A hash appears twice', field: ['input', 'manifest'] }],
          },
          (version) => ({ version }),
        );
      }
      const result = await publishDocuments(context.db, context.auth, appId, manifest, context.documents);
      if (result.ok) {
        context.auditTargets.set('appDocumentsPublish', { type: 'App', id: encodeGlobalId('App', appId) });
      }
      return toPayload(result, (version) => ({ version }));
    },
  }),
);
