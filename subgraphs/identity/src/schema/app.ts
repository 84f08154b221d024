import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  maxLength,
  pageOf,
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
import { type IdentityErrorCode, identityFail } from '../data/errors.ts';
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

/** The app an input's `id` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const appUuid = (id: string) => localUuid(id, 'App', ['input', 'id']);

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

inputMutation(builder, 'appRegister', {
  input: AppRegisterInput,
  payload: { codes: ['INVALID_INPUT'] satisfies IdentityErrorCode[], field: 'app', type: AppRef },
  authScopes: { scope: 'identity:api_keys' },
  run: async (context, input) => {
    const kind = input.kind as AppKind;
    if (kind === 'admin')
      return identityFail('INVALID_INPUT', 'Register a STOREFRONT or a PARTNER app', ['input', 'kind']);
    const result = await registerApp(context.db, { ...input, kind });
    if (result.ok) context.auditTargets.set('appRegister', { type: 'App', id: encodeGlobalId('App', result.value.id) });
    return result;
  },
  fields: (app) => ({ app }),
});

const AppUpdateInput = builder.inputType('AppUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    graceSeconds: t.int({ description: '0 to 2592000 (30 days)' }),
  }),
});

inputMutation(builder, 'appUpdate', {
  input: AppUpdateInput,
  payload: {
    codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'INVALID_INPUT', 'NOT_FOUND'] satisfies IdentityErrorCode[],
    field: 'app',
    type: AppRef,
  },
  description: "Renames an app or changes its documents' grace period (applies to versions already superseded too).",
  authScopes: { scope: 'identity:api_keys' },
  run: (context, input) => updateApp(context.db, appUuid(input.id), input),
  fields: (app) => ({ app }),
});

const AppRateLimitTierSetInput = builder.inputType('AppRateLimitTierSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    tier: t.field({
      type: RateLimitTierEnum,
      description: 'The tier of every key of the app without its own; null clears it (those keys get STANDARD)',
    }),
  }),
});

inputMutation(builder, 'appRateLimitTierSet', {
  input: AppRateLimitTierSetInput,
  payload: {
    codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'NOT_FOUND'] satisfies IdentityErrorCode[],
    field: 'app',
    type: AppRef,
  },
  description:
    "Sets or clears an app's rate-limit tier: every key of the app without a tier of its own gets it from its " +
    'next resolution at the gateway (at once for secret keys, within the publishable-key cache for storefront ' +
    "keys). A key's own tier wins over the app's. The built-in storefront may have one; the admin takes no keys.",
  authScopes: { scope: 'identity:api_keys' },
  run: async (context, input) => {
    const id = appUuid(input.id);
    const result = await setAppRateLimitTier(context.db, id, input.tier ?? null);
    if (result.ok) context.auditTargets.set('appRateLimitTierSet', { type: 'App', id: encodeGlobalId('App', id) });
    return result;
  },
  fields: (app) => ({ app }),
});

const AppArchiveInput = builder.inputType('AppArchiveInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

inputMutation(builder, 'appArchive', {
  input: AppArchiveInput,
  payload: {
    codes: ['APP_ARCHIVED', 'APP_BUILT_IN', 'NOT_FOUND'] satisfies IdentityErrorCode[],
    fields: (t) => ({
      app: t.field({ type: AppRef, nullable: true, resolve: (payload) => payload.app ?? null }),
      revokedKeys: t.int({ nullable: true, resolve: (payload) => payload.revokedKeys ?? null }),
    }),
  },
  description: 'Archives an app and revokes every key it owns, at once.',
  authScopes: { scope: 'identity:api_keys' },
  run: (context, input) => archiveApp(context.db, appUuid(input.id)),
  fields: (archived) => archived,
});

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

inputMutation(builder, 'appDocumentsPublish', {
  input: AppDocumentsPublishInput,
  payload: {
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
  },
  description:
    "Publishes a new version of an app's persisted documents. Every document is checked against the current " +
    "supergraph and the gateway's limits first; each problem is an INVALID_DOCUMENT error on " +
    '["input", "manifest", <hash>]. The new version is current at every gateway within seconds.',
  authScopes: { scope: 'identity:api_keys' },
  run: async (context, input) => {
    const appId = localUuid(input.appId, 'App', ['input', 'appId']);
    const manifest: Record<string, string> = {};
    for (const { hash, document } of input.manifest) manifest[hash] = document;
    if (Object.keys(manifest).length !== input.manifest.length) {
      return identityFail('INVALID_MANIFEST', 'A hash appears twice', ['input', 'manifest']);
    }
    const result = await publishDocuments(context.db, context.auth, appId, manifest, context.documents);
    if (result.ok) context.auditTargets.set('appDocumentsPublish', { type: 'App', id: encodeGlobalId('App', appId) });
    return result;
  },
  fields: (version) => ({ version }),
});
