export { main as cli, testPluginDirectory } from './cli.ts';
export { compileBundle } from './compile.ts';
export {
  type EventFieldCondition,
  type EventFilter,
  eventMatches,
  MAX_FILTER_CONDITIONS,
  MAX_FILTER_EVENTS,
} from './event-filter.ts';
export { type LocalRun, memoryKv, PluginSetupError, runPluginLocally } from './harness.ts';
export * from './hooks.ts';
export {
  adminActionsOf,
  CAPABILITIES,
  type Capability,
  type FailurePolicy,
  hookDeclaration,
  MANIFEST_JSON_SCHEMA,
  MAX_ADMIN_ACTIONS,
  MAX_HOOK_TIMEOUT_MS,
  MAX_PLUGIN_UI_EXTENSIONS,
  type ManifestResult,
  type PluginAdminAction,
  type PluginHookDeclaration,
  type PluginManifest,
  type PluginUiExtension,
  parseManifest,
  validateConfig,
} from './manifest.ts';
export { checkOutput } from './outputs.ts';
export type { HookFunction, Plugin, PluginContext } from './plugin.ts';
export type { Problem } from './problems.ts';
export { SAMPLE_INPUTS } from './samples.ts';
export { HOST_CALL_LIMITS } from './sandbox/host.ts';
export { defaultHttpFetch, hostAllowed } from './sandbox/http.ts';
export { closeSandboxWorkers, runPlugin, WATCHDOG_GRACE_MS } from './sandbox/pool.ts';
export { runPluginInProcess } from './sandbox/run.ts';
export {
  DEFAULT_LIMITS,
  type PluginFailure,
  type PluginHost,
  type PluginLimits,
  type PluginLogLine,
  type PluginOutcome,
  type PluginRun,
} from './types.ts';
