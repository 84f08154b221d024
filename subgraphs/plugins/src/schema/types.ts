import { encodeGlobalId, ok, type Result, tenantRequired } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { PluginsContext } from '../context.ts';
import { installationOfPlugin } from '../data/installations.ts';
import { recentInvocations, statsOf } from '../data/invocations.ts';
import { pluginById, versionById, versionsOf } from '../data/plugins.ts';
import type { InstallationRow, InvocationRow, InvocationStatsRow, PluginRow, PluginVersionRow } from '../data/rows.ts';
import type { TenantDb } from '../db.ts';

export const read = { anyScope: ['plugins:read', 'plugins:write'] } as const;
export const write = { scope: 'plugins:write' } as const;
/** what only the hook runners of other domains call, with a service token */
export const runner = { $all: { kind: 'service', scope: 'plugins:read' } } as const;
export const runnerWrite = { $all: { kind: 'service', scope: 'plugins:write' } } as const;

/**
 * The tenant's unit of work, its reads in the request's one transaction: an installation and its
 * invocation log read in one request are one snapshot (a report committed between two separate reads
 * showed a failed call in the log with a streak of 0).
 */
export function dbOf(context: PluginsContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId).readingThrough(context.reads);
}

/** A removal answers with the id the caller sent, once the store has removed what it names. */
export async function removedAs<Code extends string>(
  id: string,
  removal: Promise<Result<unknown, Code>>,
): Promise<Result<string, Code>> {
  const result = await removal;
  return result.ok ? ok(id) : result;
}

const HookRef = builder.objectRef<PluginVersionRow['manifest']['hooks'][number]>('PluginHook').implement({
  description: 'A hook point a plugin version implements, with what happens when it fails',
  fields: (t) => ({
    point: t.exposeString('point', { description: 'checkout.validate, cart.line.validate, …' }),
    failurePolicy: t.exposeString('failurePolicy', {
      description: 'refuse (the operation fails) or allow (it proceeds) when the plugin errors or times out',
    }),
    timeoutMs: t.exposeInt('timeoutMs'),
    actions: t.stringList({
      description: 'admin.action: the names of the actions its buttons may run (empty for other hooks)',
      resolve: (hook) => (hook.actions ?? []).map((action) => action.name),
    }),
  }),
});

export const PluginVersionRef = builder.objectRef<PluginVersionRow>('PluginVersion').implement({
  description: 'One uploaded, immutable version of a plugin',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('PluginVersion', row.id) }),
    version: t.exposeString('version'),
    description: t.string({ resolve: (row) => row.manifest.description ?? '' }),
    hooks: t.field({ type: [HookRef], resolve: (row) => row.manifest.hooks }),
    capabilities: t.stringList({ resolve: (row) => [...row.manifest.capabilities] }),
    allowedHosts: t.stringList({ resolve: (row) => [...(row.manifest.allowedHosts ?? [])] }),
    configSchema: t.string({
      description: "The configuration's JSON Schema, as JSON (the admin generates its form from it)",
      resolve: (row) => JSON.stringify(row.manifest.configSchema ?? {}),
    }),
    manifest: t.string({
      description: 'The manifest as uploaded, as JSON',
      resolve: (row) => JSON.stringify(row.manifest),
    }),
    sourceLanguage: t.exposeString('sourceLanguage', { description: 'js or ts (compiled on upload)' }),
    source: t.exposeString('source'),
    checksum: t.exposeString('checksum', { description: 'SHA-256 of the compiled code the sandbox runs' }),
    uploadedBy: t.exposeString('uploadedBy', { nullable: true }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
  }),
});

const LogLineRef = builder.objectRef<InvocationRow['logs'][number]>('PluginLogLine').implement({
  fields: (t) => ({
    level: t.exposeString('level'),
    message: t.exposeString('message'),
    at: t.field({ type: 'DateTime', resolve: (line) => new Date(line.at) }),
  }),
});

export const InvocationRef = builder.objectRef<InvocationRow>('PluginInvocation').implement({
  description: 'One call of a plugin at a hook point, as the runner reported it',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('PluginInvocation', row.id) }),
    hook: t.exposeString('hook'),
    version: t.exposeString('version'),
    outcome: t.exposeString('outcome', { description: 'allowed, refused or failed' }),
    failure: t.exposeString('failure', {
      nullable: true,
      description: 'timeout, memory, output-too-large, error, invalid-output, capability-denied, missing-hook',
    }),
    message: t.exposeString('message', { nullable: true, description: "The refusal's or the failure's message" }),
    durationMs: t.exposeFloat('durationMs'),
    logs: t.field({ type: [LogLineRef], resolve: (row) => row.logs }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const StatsRef = builder.objectRef<InvocationStatsRow>('PluginHookStats').implement({
  description: 'Calls of one hook since the plugin was installed',
  fields: (t) => ({
    hook: t.exposeString('hook'),
    calls: t.exposeInt('calls'),
    failures: t.exposeInt('failures'),
    refusals: t.exposeInt('refusals'),
    errorRate: t.float({
      description: 'failures / calls (0 without calls)',
      resolve: (row) => (row.calls ? row.failures / row.calls : 0),
    }),
    averageLatencyMs: t.float({ resolve: (row) => (row.calls ? row.totalMs / row.calls : 0) }),
    maxLatencyMs: t.exposeFloat('maxMs'),
  }),
});

export const InstallationRef = builder.objectRef<InstallationRow>('PluginInstallation').implement({
  description: "A plugin installed in the tenant's shop: the version it runs, its configuration and health",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('PluginInstallation', row.id) }),
    plugin: t.field({
      type: PluginRef,
      resolve: async (row, _args, context) => (await pluginById(dbOf(context), row.pluginId)) as PluginRow,
    }),
    version: t.field({
      type: PluginVersionRef,
      resolve: async (row, _args, context) => (await versionById(dbOf(context), row.versionId)) as PluginVersionRow,
    }),
    previousVersion: t.field({
      type: PluginVersionRef,
      nullable: true,
      description: 'What pluginRollback returns to',
      resolve: (row, _args, context) =>
        row.previousVersionId ? versionById(dbOf(context), row.previousVersionId) : null,
    }),
    config: t.string({ description: 'The configuration, as JSON', resolve: (row) => JSON.stringify(row.config) }),
    enabled: t.exposeBoolean('enabled'),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed calls in a row; the platform disables the plugin at the configured threshold',
    }),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    installedAt: t.expose('installedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    stats: t.field({
      type: [StatsRef],
      description: 'Per hook: calls, failures, refusals, latency since installation',
      resolve: (row, _args, context) => statsOf(dbOf(context), row.id),
    }),
    invocations: t.field({
      type: [InvocationRef],
      description: 'The most recent calls, newest first (the platform keeps the last few hundred)',
      args: {
        first: t.arg.int({ defaultValue: 20, description: 'At most 100' }),
        failuresOnly: t.arg.boolean({ defaultValue: false }),
      },
      resolve: (row, args, context) =>
        recentInvocations(
          dbOf(context),
          row.id,
          Math.min(Math.max(args.first ?? 20, 1), 100),
          args.failuresOnly ?? false,
        ),
    }),
  }),
});

export const PluginRef = builder.objectRef<PluginRow>('Plugin');

PluginRef.implement({
  description: "A tenant's plugin: sandboxed code run at hook points (validators today)",
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Plugin', row.id) }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    versions: t.field({
      type: [PluginVersionRef],
      description: 'Uploaded versions, newest first',
      resolve: (row, _args, context) => versionsOf(dbOf(context), row.id),
    }),
    installation: t.field({
      type: InstallationRef,
      nullable: true,
      resolve: (row, _args, context) => installationOfPlugin(dbOf(context), row.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
