import { maxLength, payloadType, toPayload } from '@ucos/kit';
import {
  ADAPTER_KIND_LABELS,
  ADAPTER_KINDS,
  type AdapterDefinition,
  type AdapterField,
  type AdapterKind,
  settingsJsonSchema,
} from '@ucos/kit/adapters/registry';
import { builder } from '../builder.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import {
  configureIntegration,
  type IntegrationKeyView,
  type IntegrationView,
  integrationKeyOf,
  listIntegrations,
  rotateIntegrationKey,
} from '../data/integrations.ts';
import { ordersAdapters } from '../ports/adapters.ts';
import { dbOf } from './loaders.ts';

/** Integrations hold the shop's credentials with outside services: the tenant settings permission (admins). */
const ADMIN = { scope: 'identity:tenant' } as const;

const KIND_VALUES = {
  PAYMENT: { value: 'payment' },
  TAX: { value: 'tax' },
  SHIPPING_RATES: { value: 'shippingRates' },
  CARRIER: { value: 'carrier' },
  ERP_EXPORT: { value: 'erpExport' },
} as const satisfies Record<string, { value: AdapterKind }>;

const IntegrationKind = builder.enumType('IntegrationKind', {
  description: 'The ports a tenant may plug an adapter into',
  values: KIND_VALUES,
});

const FieldRef = builder.objectRef<AdapterField>('IntegrationAdapterField').implement({
  description: 'A setting of an adapter; a secret one is write-only',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    secret: t.exposeBoolean('secret', { description: 'Stored encrypted, never answered (only whether it is set)' }),
    required: t.exposeBoolean('required'),
    description: t.string({ nullable: true, resolve: (field) => field.description ?? null }),
  }),
});

const AdapterRef = builder.objectRef<AdapterDefinition>('IntegrationAdapter').implement({
  description: 'An adapter a tenant may select for its kind',
  fields: (t) => ({
    kind: t.field({ type: IntegrationKind, resolve: (adapter) => adapter.kind }),
    id: t.exposeString('id', { description: 'What `integrationConfigure` and checkout’s payment provider name it by' }),
    label: t.exposeString('label'),
    description: t.exposeString('description'),
    builtIn: t.boolean({
      description: 'The kind’s default when the tenant selected nothing',
      resolve: (adapter) => adapter.builtIn === true,
    }),
    fields: t.field({ type: [FieldRef], resolve: (adapter) => [...adapter.fields] }),
    settingsSchema: t.string({
      description: 'The settings as JSON Schema (secrets `writeOnly`), for generated forms',
      resolve: (adapter) => JSON.stringify(settingsJsonSchema(adapter)),
    }),
  }),
});

const KindRef = builder.objectRef<AdapterKind>('IntegrationAdapterKind').implement({
  fields: (t) => ({
    kind: t.field({ type: IntegrationKind, resolve: (kind) => kind }),
    label: t.string({ resolve: (kind) => ADAPTER_KIND_LABELS[kind] }),
    adapters: t.field({ type: [AdapterRef], resolve: (kind) => ordersAdapters.list(kind) }),
    defaultAdapterId: t.string({ nullable: true, resolve: (kind) => ordersAdapters.defaultOf(kind)?.id ?? null }),
  }),
});

builder.queryField('integrationAdapters', (t) =>
  t.field({
    type: [KindRef],
    description: 'Every adapter kind with the adapters a tenant may select and their settings',
    authScopes: ADMIN,
    resolve: () => [...ADAPTER_KINDS],
  }),
);

interface SettingView {
  key: string;
  value: string;
}
const SettingRef = builder.objectRef<SettingView>('IntegrationSetting').implement({
  description: 'A non-secret setting and its value',
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

interface SecretView {
  key: string;
  set: boolean;
  hint: string | null;
}
const SecretRef = builder.objectRef<SecretView>('IntegrationSecret').implement({
  description: 'A secret setting: whether it is set and, when long enough, its last four characters. Never its value.',
  fields: (t) => ({
    key: t.exposeString('key'),
    set: t.exposeBoolean('set'),
    hint: t.string({ nullable: true, description: 'The last 4 characters', resolve: (secret) => secret.hint }),
  }),
});

const IntegrationRef = builder.objectRef<IntegrationView>('Integration').implement({
  description: 'An adapter the tenant configured; its secrets are never answered',
  fields: (t) => ({
    kind: t.field({ type: IntegrationKind, resolve: (row) => row.kind }),
    adapterId: t.exposeString('adapterId'),
    label: t.string({ resolve: (row) => ordersAdapters.get(row.kind, row.adapterId)?.label ?? row.adapterId }),
    enabled: t.exposeBoolean('enabled', { description: 'Selected for its kind (at most one per kind)' }),
    settings: t.field({
      type: [SettingRef],
      resolve: (row) => Object.entries(row.publicSettings).map(([key, value]) => ({ key, value })),
    }),
    secrets: t.field({
      type: [SecretRef],
      description: 'Every secret field of the adapter, set or not',
      resolve: (row) =>
        (ordersAdapters.get(row.kind, row.adapterId)?.fields ?? [])
          .filter((field) => field.secret)
          .map((field) => {
            const hint = row.secretHints[field.key];
            return { key: field.key, set: hint !== undefined, hint: hint || null };
          }),
    }),
    updatedBy: t.string({ nullable: true, resolve: (row) => row.updatedBy }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updatedAt }),
  }),
});

builder.queryField('integrations', (t) =>
  t.field({
    type: [IntegrationRef],
    description: 'The tenant’s configured adapters (without secrets)',
    authScopes: ADMIN,
    resolve: (_root, _args, context) => listIntegrations(dbOf(context)),
  }),
);

const KeyRef = builder
  .objectRef<Omit<IntegrationKeyView, 'reencrypted'> & { reencrypted?: number }>('IntegrationKey')
  .implement({
    description: 'The tenant’s data key for integration credentials (never its value)',
    fields: (t) => ({
      version: t.exposeInt('version', { description: 'Rotations so far, plus one' }),
      rotatedAt: t.field({ type: 'DateTime', resolve: (key) => key.rotatedAt }),
      currentMasterKey: t.boolean({
        description: 'False: wrapped under a previous master key; rotate to re-wrap it',
        resolve: (key, _args, context) => key.masterKeyId === context.deps.integrationsKeyring.current.id,
      }),
      reencrypted: t.int({
        nullable: true,
        description: 'Integrations re-encrypted by the rotation that answered this',
        resolve: (key) => key.reencrypted ?? null,
      }),
    }),
  });

builder.queryField('integrationKey', (t) =>
  t.field({
    type: KeyRef,
    nullable: true,
    description: 'The tenant’s integration data key; null before the first integration is configured',
    authScopes: ADMIN,
    resolve: (_root, _args, context) => integrationKeyOf(dbOf(context)),
  }),
);

const SettingInput = builder.inputType('IntegrationSettingInput', {
  fields: (t) => ({
    key: t.string({ required: true, ...maxLength(64) }),
    value: t.string({
      required: true,
      ...maxLength(2000, 'An empty secret keeps the stored one'),
    }),
  }),
});

const IntegrationConfigureInput = builder.inputType('IntegrationConfigureInput', {
  fields: (t) => ({
    kind: t.field({ type: IntegrationKind, required: true }),
    adapterId: t.string({ required: true, ...maxLength(40) }),
    enabled: t.boolean({
      description: 'True selects the adapter for its kind (the kind’s others are disabled); omitted keeps it',
    }),
    settings: t.field({ type: [SettingInput], description: 'The settings to set; omitted ones keep their value' }),
  }),
});

builder.mutationField('integrationConfigure', (t) =>
  t.field({
    type: payloadType(builder, 'IntegrationConfigure', {
      codes: ['UNKNOWN_ADAPTER', 'INVALID_SETTINGS', 'INTEGRATION_KEY_UNAVAILABLE'] satisfies OrdersErrorCode[],
      field: 'integration',
      type: IntegrationRef,
    }),
    description: 'Sets an adapter’s settings (secrets encrypted at rest) and/or enables it; never answers a secret',
    authScopes: ADMIN,
    args: { input: t.arg({ type: IntegrationConfigureInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await configureIntegration(
          dbOf(context),
          context.deps.integrationsKeyring,
          context.auth.subject ?? null,
          input,
        ),
        (integration) => ({ integration }),
      ),
  }),
);

builder.mutationField('integrationKeyRotate', (t) =>
  t.field({
    type: payloadType(builder, 'IntegrationKeyRotate', {
      codes: ['NOT_FOUND', 'INTEGRATION_KEY_UNAVAILABLE'] satisfies OrdersErrorCode[],
      field: 'key',
      type: KeyRef,
    }),
    description:
      'Replaces the tenant’s data key and re-encrypts every stored credential with it (wrapped by the current master key)',
    authScopes: ADMIN,
    resolve: async (_root, _args, context) =>
      toPayload(await rotateIntegrationKey(dbOf(context), context.deps.integrationsKeyring), (key) => ({ key })),
  }),
);
