import type { InputObjectRef } from '@pothos/core';
import { inputMutation, localUuid, maxLength, ok, payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type PluginsErrorCode, type PluginsResult, pluginsFail } from '../data/errors.ts';
import {
  configureInstallation,
  installPlugin,
  rollbackInstallation,
  setEnabled,
  uninstallInstallation,
  upgradeInstallation,
} from '../data/installations.ts';
import { type InvocationReport, recordInvocations } from '../data/invocations.ts';
import { kvSet } from '../data/kv.ts';
import { uploadPlugin } from '../data/plugins.ts';
import type { InstallationRow } from '../data/rows.ts';
import type { TenantDb } from '../db.ts';
import { localUuidOrRaw } from './queries.ts';
import { dbOf, InstallationRef, PluginRef, PluginVersionRef, removedAs, runnerWrite, write } from './types.ts';

export const MAX_SOURCE = 200_000;
export const MAX_MANIFEST = 50_000;

const LanguageEnum = builder.enumType('PluginSourceLanguage', {
  values: { JS: { value: 'js' }, TS: { value: 'ts', description: 'Compiled to JavaScript on upload' } } as const,
});

const UploadInput = builder.inputType('PluginUploadInput', {
  fields: (t) => ({
    manifest: t.string({
      required: true,
      ...maxLength(MAX_MANIFEST, 'The manifest, as JSON: name, version, hooks, capabilities, configSchema'),
    }),
    source: t.string({
      required: true,
      ...maxLength(MAX_SOURCE, 'The bundle: an ES module whose default export maps hook points to functions'),
    }),
    language: t.field({ type: LanguageEnum, required: true }),
  }),
});

inputMutation(builder, 'pluginUpload', {
  input: UploadInput,
  payload: {
    codes: ['INVALID_MANIFEST', 'COMPILE_FAILED', 'VERSION_EXISTS'],
    fields: (t) => ({
      plugin: t.field({ type: PluginRef, nullable: true, resolve: (payload) => payload.plugin ?? null }),
      version: t.field({ type: PluginVersionRef, nullable: true, resolve: (payload) => payload.version ?? null }),
    }),
  },
  authScopes: write,
  description: 'A new version of the plugin its manifest names (the plugin is created on the first upload)',
  run: (context, input) => uploadPlugin(dbOf(context), context.auth.subject ?? null, input),
  fields: (uploaded) => uploaded,
});

/** The mutations that change one installation: they answer with it, changed. */
function installationMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly PluginsErrorCode[];
    description: string;
    run(db: TenantDb, input: Input): Promise<PluginsResult<InstallationRow>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'installation', type: InstallationRef },
    authScopes: write,
    description: spec.description,
    run: (context, input) => spec.run(dbOf(context), input),
    fields: (installation) => ({ installation }),
  });
}

const versionId = (id: string) => localUuid(id, 'PluginVersion', ['input', 'versionId']);
const installationId = (id: string) => localUuid(id, 'PluginInstallation', ['input', 'installationId']);

const InstallInput = builder.inputType('PluginInstallInput', {
  fields: (t) => ({ versionId: t.id({ required: true, description: 'The uploaded version to install' }) }),
});

installationMutation('pluginInstall', {
  input: InstallInput,
  codes: ['NOT_FOUND', 'ALREADY_INSTALLED', 'LAYOUT_EXISTS'],
  description:
    'Installs an uploaded version, disabled: configure it, then enable it. A version bringing a form layout (PRODUCT_FORM, …) for a form that has an enabled one is LAYOUT_EXISTS',
  run: (db, input) => installPlugin(db, versionId(input.versionId)),
});

const ConfigureInput = builder.inputType('PluginConfigureInput', {
  fields: (t) => ({
    installationId: t.id({ required: true }),
    config: t.string({ required: true, ...maxLength(50_000, "JSON that the version's configSchema accepts") }),
  }),
});

installationMutation('pluginConfigure', {
  input: ConfigureInput,
  codes: ['NOT_INSTALLED', 'INVALID_CONFIG'],
  description: "Replaces the configuration; every problem against the version's configSchema is returned",
  run: (db, input) => configureInstallation(db, installationId(input.installationId), input.config),
});

const InstallationIdInput = builder.inputType('PluginInstallationIdInput', {
  fields: (t) => ({ installationId: t.id({ required: true }) }),
});

for (const [name, enabled, codes, description] of [
  ['pluginEnable', true, ['NOT_INSTALLED', 'INVALID_CONFIG'], 'Runs it at its hook points; clears the failure count'],
  ['pluginDisable', false, ['NOT_INSTALLED'], 'Stops running it; its configuration and log stay'],
] as const) {
  installationMutation(name, {
    input: InstallationIdInput,
    codes,
    description,
    run: (db, input) => setEnabled(db, installationId(input.installationId), enabled),
  });
}

const UpgradeInput = builder.inputType('PluginUpgradeInput', {
  fields: (t) => ({
    installationId: t.id({ required: true }),
    versionId: t.id({ required: true, description: 'Another uploaded version of the same plugin' }),
  }),
});

installationMutation('pluginUpgrade', {
  input: UpgradeInput,
  codes: ['NOT_INSTALLED', 'NOT_FOUND', 'SAME_VERSION', 'INVALID_CONFIG', 'LAYOUT_EXISTS'],
  description: 'Runs another uploaded version (its configSchema must accept the current configuration)',
  run: (db, input) => upgradeInstallation(db, installationId(input.installationId), versionId(input.versionId)),
});

installationMutation('pluginRollback', {
  input: InstallationIdInput,
  codes: ['NOT_INSTALLED', 'NO_PREVIOUS_VERSION', 'INVALID_CONFIG', 'LAYOUT_EXISTS'],
  description: 'Back to the version it ran before the last upgrade',
  run: (db, input) => rollbackInstallation(db, installationId(input.installationId)),
});

inputMutation(builder, 'pluginUninstall', {
  input: InstallationIdInput,
  payload: { codes: ['NOT_INSTALLED'], field: 'uninstalledInstallationId', type: 'ID' },
  authScopes: write,
  description: 'Removes the installation with its key-value store and log; the plugin and its versions stay',
  run: (context, input) =>
    removedAs(input.installationId, uninstallInstallation(dbOf(context), installationId(input.installationId))),
  fields: (uninstalledInstallationId) => ({ uninstalledInstallationId }),
});

// --- what the hook runners of other domains send (service tokens only) ---

const LogLineInput = builder.inputType('PluginLogLineInput', {
  fields: (t) => ({
    level: t.string({ required: true, ...maxLength(10) }),
    message: t.string({ required: true, ...maxLength(4_000) }),
    at: t.float({ required: true, description: 'Epoch milliseconds' }),
  }),
});

const InvocationInput = builder.inputType('PluginInvocationInput', {
  fields: (t) => ({
    installationId: t.id({ required: true, description: 'A local uuid' }),
    version: t.string({ required: true, ...maxLength(100) }),
    hook: t.string({ required: true, ...maxLength(100) }),
    outcome: t.string({ required: true, ...maxLength(10, 'allowed, refused or failed') }),
    failure: t.string({ ...maxLength(40) }),
    message: t.string({ ...maxLength(4_000) }),
    durationMs: t.float({ required: true }),
    logs: t.field({ type: [LogLineInput], required: true }),
    at: t.field({ type: 'DateTime', required: true }),
  }),
});

const RecordInput = builder.inputType('PluginInvocationsRecordInput', {
  fields: (t) => ({ invocations: t.field({ type: [InvocationInput], required: true }) }),
});

const OUTCOMES = new Set(['allowed', 'refused', 'failed']);

/** The runner's reports as the log stores them; an outcome it does not know is INVALID_INPUT on its path. */
function invocationReports(invocations: (typeof RecordInput.$inferInput)['invocations']) {
  if (invocations.length > 500) return pluginsFail('INVALID_INPUT', 'At most 500 per batch', ['input', 'invocations']);
  const reports: InvocationReport[] = [];
  for (const [index, entry] of invocations.entries()) {
    if (!OUTCOMES.has(entry.outcome)) {
      return pluginsFail('INVALID_INPUT', 'allowed, refused or failed', [
        'input',
        'invocations',
        String(index),
        'outcome',
      ]);
    }
    reports.push({
      installationId: localUuidOrRaw(entry.installationId),
      version: entry.version,
      hook: entry.hook,
      outcome: entry.outcome as InvocationReport['outcome'],
      failure: entry.failure ?? null,
      message: entry.message ?? null,
      durationMs: Math.max(0, entry.durationMs),
      logs: entry.logs.map((line) => ({ level: line.level, message: line.message, at: line.at })),
      at: entry.at,
    });
  }
  return ok(reports);
}

const RecordPayload = payloadType(builder, 'PluginInvocationsRecord', {
  codes: ['INVALID_INPUT'],
  fields: (t) => ({
    recorded: t.int({ resolve: (payload) => (payload.recorded as number | undefined) ?? 0 }),
    disabledInstallationIds: t.idList({ resolve: (payload) => (payload.disabled as string[] | undefined) ?? [] }),
  }),
});

// written out, not inputMutation: its scopes ($all: a service token) are more than inputMutation's type takes
builder.mutationField('pluginInvocationsRecord', (t) =>
  t.field({
    type: RecordPayload,
    description: 'A batch of calls a hook runner made: the log, counters and failure streaks (service tokens only)',
    authScopes: runnerWrite,
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const reports = invocationReports(input.invocations);
      const recorded = reports.ok ? await recordInvocations(context.deps, dbOf(context), reports.value) : reports;
      return toPayload(recorded, (value) => value);
    },
  }),
);

const KvSetInput = builder.inputType('PluginKvSetInput', {
  fields: (t) => ({
    installationId: t.id({ required: true }),
    key: t.string({ required: true, ...maxLength(200) }),
    value: t.string({ required: true, ...maxLength(65_536) }),
  }),
});

builder.mutationField('pluginKvSet', (t) =>
  t.field({
    type: payloadType(builder, 'PluginKvSet', {
      codes: ['NOT_INSTALLED', 'INVALID_INPUT'],
      field: 'stored',
      type: 'Boolean',
    }),
    description: "A plugin's `kv` capability: sets a key of its installation (service tokens only)",
    authScopes: runnerWrite,
    args: { input: t.arg({ type: KvSetInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await kvSet(dbOf(context), localUuidOrRaw(input.installationId), input.key, input.value), () => ({
        stored: true,
      })),
  }),
);
